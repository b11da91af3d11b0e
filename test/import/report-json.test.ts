import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { ImportIssue } from '../../src/import/issue';
import { renderMessage } from '../../src/core/messages';
import type { Report } from '../../src/core/model';
import { ReportFormatError, parseReportJson, parseReportJsonText } from '../../src/import/report-json';
import { inItalian, italian } from '../support/italian';
import { thrownBy } from '../support/thrown';

const examplePath = path.resolve(__dirname, '../../examples/relazione-2022.json');
const exampleText = readFileSync(examplePath, 'utf8');

/** A one-objective report in the example's schema, with the given objective fields merged in. */
function reportWith(objective: Record<string, unknown> = {}, report: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Relazione di prova',
    year: 2022,
    objectives: [
      {
        number: 1,
        title: 'Obiettivo di prova',
        planReferences: [{ code: 'A01', text: 'Testo' }],
        indicators: [{ name: 'Eventi', target: '>= 8', actual: '23' }],
        ...objective,
      },
    ],
    ...report,
  };
}

function issueAt(issues: readonly ImportIssue[], field: string): { objective: number | null; message: string } | undefined {
  return inItalian(issues).find((issue) => issue.field === field);
}

describe('parseReportJson on the bundled 2022 example', () => {
  const { report, incomplete } = parseReportJsonText(exampleText);

  it('reads all 11 objectives with their plan references', () => {
    expect(report.year).toBe(2022);
    expect(report.objectives.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.objectives[3].planReferences.map((r) => r.code)).toEqual(['E02', 'E02.01']);
  });

  it('lists only the unreadable ratio of objective 7 as incomplete', () => {
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({ objective: 7, field: 'indicators[0].actual' });
    expect(italian(incomplete[0].message)).toContain('3.1296/3.196');
    // The value is kept as written, so the analyst sees it and Verifica can point at it.
    expect(report.objectives[6].indicators[0].actual).toBe('3.1296/3.196');
  });

  it('is idempotent: the report it returns parses back to itself', () => {
    const again = parseReportJson(JSON.parse(JSON.stringify(report)) as unknown);
    expect(again.report).toEqual(report);
  });

  it('keeps absent optional fields absent', () => {
    expect(report.objectives[7]).not.toHaveProperty('oiv');
    expect(report.objectives.some((o) => 'allocatedAmount' in o)).toBe(false);
    expect(report).not.toHaveProperty('fund');
  });
});

describe('parseReportJson refuses what is not a report at all', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'not-an-object'],
    ['a number', 42, 'not-an-object'],
    ['a text', 'relazione', 'not-an-object'],
    ['a list', [{ number: 1 }], 'not-an-object'],
    ['an object without objectives', { title: 'x', year: 2022 }, 'no-objectives'],
    ['objectives that are not a list', { title: 'x', year: 2022, objectives: 'tutti' }, 'no-objectives'],
  ])('%s', (_label, value, code) => {
    const thrown = thrownBy(() => parseReportJson(value));
    expect(thrown).toBeInstanceOf(ReportFormatError);
    expect((thrown as ReportFormatError).code).toBe(code);
    expect((thrown as ReportFormatError).message).toMatch(/Il file non contiene una Relazione/);
    expect(renderMessage((thrown as ReportFormatError).reason, 'en')).toMatch(/does not contain a report/);
  });

  it('text that is not JSON is a ReportFormatError with the parser reason', () => {
    expect(() => parseReportJsonText('{ "title": ')).toThrow(ReportFormatError);
    expect(() => parseReportJsonText('{ "title": ')).toThrow(/non è JSON valido/);
  });

  it('accepts a byte order mark before the JSON text', () => {
    expect(parseReportJsonText(`\uFEFF${JSON.stringify(reportWith())}`).report.objectives).toHaveLength(1);
  });
});

describe('parseReportJson lists what is wrong, naming the field and the reason', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, number | null, string, RegExp]>([
    ['missing report title', {}, { title: undefined }, null, 'title', /Titolo della Relazione mancante/],
    ['missing year', {}, { year: undefined }, null, 'year', /Anno della Relazione mancante/],
    ['year not a number', {}, { year: 'duemila' }, null, 'year', /Anno della Relazione: valore "duemila" non valido/],
    ['missing objective title', { title: '' }, {}, 1, 'title', /Titolo dell'obiettivo 1 mancante/],
    ['objective title of the wrong type', { title: true }, {}, 1, 'title', /Titolo dell'obiettivo 1: valore true non valido: atteso un testo/],
    ['unknown kind', { kind: 'annuale' }, {}, 1, 'kind', /Tipo "annuale" non valido/],
    ['negative weight', { weight: -1 }, {}, 1, 'weight', /Peso obiettivo: valore -1 non valido: deve essere almeno 0/],
    ['amount that is not a number', { allocatedAmount: 'tanti' }, {}, 1, 'allocatedAmount', /Importo stanziato: valore "tanti" non valido/],
    ['no indicators', { indicators: [] }, {}, 1, 'indicators', /senza indicatori/],
    ['indicators not a list', { indicators: 'eventi' }, {}, 1, 'indicators', /atteso un elenco, trovato un testo/],
    ['unparseable target', { indicators: [{ name: 'Eventi', target: 'circa dieci' }] }, {}, 1, 'indicators[0].target', /Target "circa dieci" non interpretabile/],
    ['missing target', { indicators: [{ name: 'Eventi' }] }, {}, 1, 'indicators[0].target', /Target mancante/],
    ['missing indicator name', { indicators: [{ target: '>= 8' }] }, {}, 1, 'indicators[0].name', /Nome dell'indicatore mancante/],
    ['actual of the wrong type', { indicators: [{ name: 'E', target: '>= 8', actual: { v: 1 } }] }, {}, 1, 'indicators[0].actual', /Risultato: valore \{"v":1\} non valido/],
    ['unreadable actual', { indicators: [{ name: 'E', target: '>= 8', actual: '1.234,5.6' }] }, {}, 1, 'indicators[0].actual', /Risultato "1.234,5.6" non interpretabile/],
    ['threshold above 1', { indicators: [{ name: 'E', target: '>= 8', threshold: 50 }] }, {}, 1, 'indicators[0].threshold', /frazione tra 0 e 1 \(0,5\) o una percentuale \(50%\)/],
    ['revision without reason', { indicators: [{ name: 'E', target: '>= 8', revision: { original: '>= 8', revised: '>= 4' } }] }, {}, 1, 'indicators[0].revision.reason', /senza motivo/],
    ['unparseable revised target', { indicators: [{ name: 'E', target: '>= 8', revision: { original: '>= 8', revised: 'meno', reason: 'r' } }] }, {}, 1, 'indicators[0].revision.revised', /Target rivisto "meno" non interpretabile/],
    ['OIV score above 100', { oiv: { score: 120, text: '' } }, {}, 1, 'oiv.score', /Valutazione OIV: valore 120 non valido: deve essere al massimo 100/],
    ['OIV without score', { oiv: { text: 'ottimo' } }, {}, 1, 'oiv.score', /senza punteggio/],
    ['neutralisation without reason', { neutralisation: {} }, {}, 1, 'neutralisation.reason', /neutralizzato senza motivo/],
    ['misspelt field', { titolo: 'x' }, {}, 1, 'titolo', /Campo sconosciuto "titolo" ignorato/],
    ['misspelt field of the OIV evaluation', { oiv: { score: 90, testo: 'x' } }, {}, 1, 'oiv.testo', /Campo sconosciuto "testo" ignorato/],
    ['revision that is not an object', { indicators: [{ name: 'E', target: '>= 8', revision: '>= 4' }] }, {}, 1, 'indicators[0].revision', /Revisione del target ">= 4" ignorata: atteso un oggetto \{ original, revised, reason \}/],
    ['OIV evaluation that is not an object', { oiv: 99 }, {}, 1, 'oiv', /Valutazione OIV 99 ignorata: atteso un oggetto \{ score, text \}/],
    ['neutralisation that is not an object', { neutralisation: 'sì' }, {}, 1, 'neutralisation', /Neutralizzazione "sì" ignorata: atteso un oggetto \{ reason \}/],
    ['fund that is not an object', {}, { fund: 1000 }, null, 'fund', /Impostazioni del fondo 1000 ignorate: atteso un oggetto \{ total, threshold \}/],
    ['cut-offs that are not an object', {}, { cutoffs: '60%' }, null, 'cutoffs', /Soglie di esito "60%" ignorate: atteso un oggetto \{ achievedFrom, partialFrom \}/],
    ['inverted cut-offs', {}, { cutoffs: { achievedFrom: 0.4, partialFrom: 0.6 } }, null, 'cutoffs', /incoerenti/],
  ])('%s', (_label, objective, report, number, field, message) => {
    const { incomplete } = parseReportJson(reportWith(objective, report));
    const issue = issueAt(incomplete, field);
    expect(issue).toBeDefined();
    expect(issue?.objective).toBe(number);
    expect(issue?.message).toMatch(message);
  });

  it('keeps an unparseable target as written, for the analyst to correct', () => {
    const { report } = parseReportJson(reportWith({ indicators: [{ name: 'Eventi', target: 'circa dieci' }] }));
    expect(report.objectives[0].indicators[0].target).toBe('circa dieci');
  });

  it('numbers a numberless objective by its position and says so', () => {
    const value = reportWith();
    (value.objectives as Record<string, unknown>[])[0].number = undefined;
    const { report, incomplete } = parseReportJson(value);
    expect(report.objectives[0].number).toBe(1);
    expect(issueAt(incomplete, 'objectives[0].number')?.message).toMatch(/assegnato provvisoriamente 1/);
  });

  it('lists a repeated objective number', () => {
    const value = reportWith();
    const objectives = value.objectives as Record<string, unknown>[];
    objectives.push({ ...objectives[0], title: 'Altro' });
    const { report, incomplete } = parseReportJson(value);
    expect(report.objectives).toHaveLength(2);
    expect(issueAt(incomplete, 'number')?.message).toMatch(/Numero di obiettivo 1 ripetuto \(posizioni 1 e 2\)/);
  });

  it('skips an objective that is not an object, saying where it was', () => {
    const value = reportWith();
    (value.objectives as unknown[]).push('obiettivo 2');
    const { report, incomplete } = parseReportJson(value);
    expect(report.objectives).toHaveLength(1);
    expect(issueAt(incomplete, 'objectives[1]')?.message).toMatch(/posizione 2 ignorato: atteso un oggetto, trovato un testo/);
  });
});

describe('parseReportJson reads values as analysts write them', () => {
  it('takes Italian numbers, percentages and scores out of 100', () => {
    const { report, incomplete } = parseReportJson(
      reportWith({
        weight: '0,5',
        allocatedAmount: '12.500,00 €',
        oiv: { score: '99/100', text: 'Valutazione OIV 99/100' },
        indicators: [{ name: 'E', target: 700, actual: 1134, threshold: '50%', baseline: '-2', revision: { original: '>= 8', revised: '>= 4', reason: 'monitoraggio', date: '30/06/2022' } }],
      }),
    );
    expect(incomplete).toEqual([]);
    const objective = report.objectives[0];
    expect(objective.weight).toBe(0.5);
    expect(objective.allocatedAmount).toBe(12500);
    expect(objective.oiv).toEqual({ score: 99, text: 'Valutazione OIV 99/100' });
    expect(objective.indicators[0]).toEqual({
      name: 'E',
      target: '700',
      actual: 1134,
      threshold: 0.5,
      baseline: -2,
      revision: { original: '>= 8', revised: '>= 4', reason: 'monitoraggio', date: '2022-06-30' },
    });
  });

  it('never throws on any value inside a report-shaped object', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything(), { maxLength: 4 }), (title, objectives) => {
        const result = parseReportJson({ title, year: 2022, objectives });
        expect(Array.isArray(result.incomplete)).toBe(true);
        expect(result.report.objectives.length).toBeLessThanOrEqual(objectives.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary objective and indicator fields', () => {
    const field = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.object());
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('number', 'title', 'kind', 'weight', 'oiv', 'neutralisation', 'planReferences'), field), fc.dictionary(fc.constantFrom('name', 'target', 'actual', 'threshold', 'weight', 'revision', 'baseline'), field), (objective, indicator) => {
        const result = parseReportJson({ title: 't', year: 2022, objectives: [{ ...objective, indicators: [indicator] }] });
        const report: Report = result.report;
        expect(report.objectives).toHaveLength(1);
        for (const issue of result.incomplete) expect(italian(issue.message).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
