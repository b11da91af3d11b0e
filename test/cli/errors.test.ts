// Unusable input: one line naming the file and the reason, exit code 2, and no output file left behind.
import { Workbook } from 'exceljs';
import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { EXAMPLE, temporaryFolder, traguardo, traguardoProcess } from './run-cli';

function expectOneLine(stderr: string, ...patterns: RegExp[]): void {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  for (const pattern of patterns) expect(lines[0]).toMatch(pattern);
}

describe('traguardo with input it cannot use', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());
  const at = (name: string) => path.join(temp.folder, name);

  it('build of a missing report: exit 2, one line, no file written', async () => {
    const run = await traguardo('build', at('manca.json'), '-o', at('out.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLine(run.stderr, /manca\.json: file non trovato$/);
    expect(temp.files()).toEqual([]);
  });

  it('build of a file that is not a report: exit 2, one line saying why', async () => {
    writeFileSync(at('rotto.json'), '{ "title": "Relazione", "objectives": [');
    const run = await traguardo('build', at('rotto.json'), '-o', at('out.xlsx'));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /rotto\.json: il file non è JSON valido/);
    writeFileSync(at('vuota.txt'), 'Relazione sulla Performance 2022\n\nNessun obiettivo qui.\n');
    const empty = await traguardo('build', at('vuota.txt'), '-o', at('out.xlsx'));
    expect(empty.code).toBe(2);
    expectOneLine(empty.stderr, /vuota\.txt: nessun obiettivo trovato/);
    const unknown = await traguardo('build', at('relazione.pdf'), '-o', at('out.xlsx'));
    expectOneLine(unknown.stderr, /relazione\.pdf: formato non riconosciuto "\.pdf"/);
    expect(temp.files()).toEqual(['rotto.json', 'vuota.txt']);
  });

  it('build into a folder that does not exist, or onto a folder: exit 2, nothing left behind', async () => {
    const missing = await traguardo('build', EXAMPLE, '-o', at('non-esiste/out.xlsx'));
    expect(missing.code).toBe(2);
    expectOneLine(missing.stderr, /non-esiste\/out\.xlsx: la cartella .* non esiste/);
    mkdirSync(at('cartella.xlsx'));
    const onFolder = await traguardo('build', EXAMPLE, '-o', at('cartella.xlsx'), '--quiet');
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr.trim().split('\n').pop()).toMatch(/cartella\.xlsx: scrittura non riuscita/);
    // The temporary file was removed: only what the test itself made is there.
    expect(temp.files()).toEqual(['cartella.xlsx', 'rotto.json', 'vuota.txt']);
  }, 120_000);

  it('summary of a missing file, of bytes that are not .xlsx, of an .xls: exit 2, one line', async () => {
    const missing = await traguardo('summary', at('manca.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expectOneLine(missing.stderr, /manca\.xlsx: file non trovato$/);
    writeFileSync(at('finto.xlsx'), 'non sono uno zip');
    const fake = await traguardo('summary', at('finto.xlsx'));
    expect(fake.code).toBe(2);
    expectOneLine(fake.stderr, /finto\.xlsx: non è un file \.xlsx leggibile/);
    const legacy = await traguardo('summary', at('vecchio.xls'));
    expectOneLine(legacy.stderr, /vecchio\.xls: serve una cartella di lavoro \.xlsx/);
  });

  it('summary of a workbook with no tagged objective sheets: exit 2, one line', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Obiettivo 1');
    sheet.getCell('A1').value = 'Un foglio fatto a mano, senza i nomi di Traguardo';
    await workbook.xlsx.writeFile(at('a-mano.xlsx'));
    const run = await traguardo('summary', at('a-mano.xlsx'), '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLine(run.stderr, /a-mano\.xlsx: nessun foglio obiettivo di Traguardo/);
  });

  it('wrong arguments: exit 2 and a hint to --help', async () => {
    for (const args of [[], ['crea'], ['build', EXAMPLE], ['summary'], ['summary', 'a.xlsx', '--output', 'b.xlsx'], ['build', EXAMPLE, '-o', 'x.csv'], ['summary', 'a.xlsx', '--boh']]) {
      const run = await traguardo(...args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expectOneLine(run.stderr, /traguardo --help/);
    }
    const help = await traguardo('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/traguardo build <relazione\.json\|relazione\.txt\|relazione\.docx> -o <uscita\.xlsx>/);
  });

  it('as a real process (bin/traguardo.js): a missing file is one line on stderr and exit code 2', () => {
    const run = traguardoProcess(['summary', 'manca.xlsx'], temp.folder);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expectOneLine(run.stderr, /^traguardo: manca\.xlsx: file non trovato$/);
    const build = traguardoProcess(['build', 'manca.json', '-o', 'out.xlsx'], temp.folder);
    expect(build.code).toBe(2);
    expectOneLine(build.stderr, /^traguardo: manca\.json: file non trovato$/);
    expect(temp.files()).not.toContain('out.xlsx');
  }, 120_000);
});
