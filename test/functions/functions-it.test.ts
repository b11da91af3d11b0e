// Italian Excel: functions-it.json has the ids and parameters of functions.json, Italian names that Excel does not already use.
import fs from 'fs';
import os from 'os';
import path from 'path';
import enGB from 'hyperformula/i18n/languages/enGB';
import itIT from 'hyperformula/i18n/languages/itIT';
import webpack from 'webpack';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import { buildItalianMetadata, FunctionsItalianMetadataPlugin, type CustomFunctionsMetadataJson } from '../../scripts/functions-it';
import italianNames from '../../src/functions/functions-it-names.json';
import { FUNCTIONS_SOURCE, loadFunctionsMetadata } from '../../src/engine/functions-metadata-node';
import { EXCEL_BUILTIN_NAMES_EN, EXCEL_BUILTIN_NAMES_IT } from './excel-builtin-names';

const english = loadFunctionsMetadata() as unknown as CustomFunctionsMetadataJson;
const italian = buildItalianMetadata(english, italianNames);

describe('functions-it.json', () => {
  it('has the same ids, in the same order, as functions.json', () => {
    expect(italian.functions.map((fn) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
  });

  it('has the same parameters (count, kind, optional) and result for every function', () => {
    english.functions.forEach((fn, i) => {
      const it = italian.functions[i];
      expect(it.parameters).toHaveLength(fn.parameters.length);
      expect(it.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional }))).toEqual(
        fn.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
      );
      expect(it.result).toEqual(fn.result);
    });
  });

  it('uses the Italian names of the issue', () => {
    expect(Object.fromEntries(italian.functions.map((fn) => [fn.id, fn.name]))).toEqual({
      ACHIEVED: 'RAGGIUNTO',
      ACHIEVEMENT: 'GRADO.RAGGIUNGIMENTO',
      OBJECTIVESCORE: 'PUNTEGGIO.OBIETTIVO',
      STATUS: 'ESITO',
      FUNDSHARE: 'QUOTA.FONDO',
      PAYMENTDELAY: 'RITARDO.PAGAMENTI',
      AVERAGEDAYS: 'GIORNI.MEDI',
      TARGET: 'TARGET.NORMALIZZATO',
      YEARTREND: 'ANDAMENTO',
      MONITORSTATUS: 'STATO.MONITORAGGIO',
    });
  });

  it('describes every function and parameter in Italian, with an example', () => {
    for (const fn of italian.functions) {
      expect(fn.description).toMatch(/\S/);
      for (const parameter of fn.parameters) {
        expect(parameter.name).toMatch(/^[a-z_]+$/);
        expect(parameter.description).toMatch(/ad es\.|predefinito/);
      }
    }
  });

  it('refuses a table that misses a function or a parameter, naming it', () => {
    const { ACHIEVED: _dropped, ...withoutAchieved } = italianNames;
    expect(() => buildItalianMetadata(english, withoutAchieved)).toThrow(/ACHIEVED: no Italian name/);
    const withoutParameter = { ...italianNames, STATUS: { ...italianNames.STATUS, parameters: { degree: italianNames.STATUS.parameters.degree } } };
    expect(() => buildItalianMetadata(english, withoutParameter)).toThrow(/STATUS: parameter "achievedFrom"/);
  });
});

describe('no PERF.* name collides with an Excel built-in', () => {
  // The shipped lists, plus every function HyperFormula knows in English and Italian.
  const builtins = new Set(
    [...EXCEL_BUILTIN_NAMES_EN, ...EXCEL_BUILTIN_NAMES_IT, ...Object.keys(enGB.functions), ...Object.values(itIT.functions)].map((name) =>
      name.toUpperCase(),
    ),
  );

  it('the lists hold the built-ins nearest to our words', () => {
    for (const near of ['DAYS', 'GIORNI', 'DEGREES', 'GRADI', 'STANDARDIZE', 'NORMALIZZA', 'RANK', 'RANGO', 'TYPE', 'TIPO', 'INFO']) {
      expect(builtins.has(near)).toBe(true);
    }
  });

  const names = [...new Set([...english.functions.flatMap((fn) => [fn.id, fn.name]), ...italian.functions.map((fn) => fn.name)])];
  it.each(names)('%s (bare and with the PERF. prefix)', (name) => {
    expect(builtins.has(name.toUpperCase())).toBe(false);
    expect(builtins.has(`PERF.${name}`.toUpperCase())).toBe(false);
  });
});

describe('the webpack plugin', () => {
  it('emits functions-it.json beside functions.json in a build', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'traguardo-functions-it-'));
    const entry = path.join(dir, 'entry.js');
    fs.writeFileSync(entry, 'module.exports = 1;\n');
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry,
      output: { path: path.join(dir, 'dist') },
      plugins: [
        new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_SOURCE }),
        new FunctionsItalianMetadataPlugin({ input: 'functions.json', output: 'functions-it.json' }),
      ],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
    const built = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, 'dist', file), 'utf8')) as CustomFunctionsMetadataJson;
    const [en, it] = [built('functions.json'), built('functions-it.json')];
    expect(it.functions.map((fn) => [fn.id, fn.parameters.length])).toEqual(en.functions.map((fn) => [fn.id, fn.parameters.length]));
    expect(it.functions.find((fn) => fn.id === 'STATUS')?.name).toBe('ESITO');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
