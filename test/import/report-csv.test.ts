import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportIssue } from '../../src/import/issue';
import { csvFieldOfHeader } from '../../src/import/report-csv/columns';
import { reportFromCsvRows } from '../../src/import/report-csv/read-rows';
import { reportToCsvRows } from '../../src/import/report-csv/write-rows';
import { ReportFormatError, parseReportJsonText } from '../../src/import/report-json';
import { detectDelimiter, formatIndicatorsCsv, parseIndicatorsCsv } from '../../src/import/csv';
import { inItalian, italian } from '../support/italian';

const examples = path.resolve(__dirname, '../../examples');
const jsonExample = parseReportJsonText(readFileSync(path.join(examples, 'relazione-2022.json'), 'utf8')).report;
const csvExampleText = readFileSync(path.join(examples, 'relazione-2022.csv'), 'utf8');

function issueMatching(issues: readonly ImportIssue[], pattern: RegExp): ImportIssue | undefined {
  return issues.find((issue) => pattern.test(italian(issue.message)));
}

describe('examples/relazione-2022.csv', () => {
  const { report, incomplete } = parseIndicatorsCsv(csvExampleText);

  it('is the same report as examples/relazione-2022.json, one row per indicator', () => {
    expect(report.objectives).toEqual(jsonExample.objectives);
    expect(report.title).toBe(jsonExample.title);
    expect(report.year).toBe(2022);
    const indicatorCount = jsonExample.objectives.reduce((sum, o) => sum + o.indicators.length, 0);
    expect(csvExampleText.trim().split(/\r\n(?=\d+;)/)).toHaveLength(indicatorCount + 1);
  });

  it('is written for Italian Excel: byte order mark, semicolons, Italian headers', () => {
    expect(csvExampleText.startsWith('\uFEFFN.;Obiettivo;Riferimento Piano;Tipo;Descrizione;Benefici;Peso obiettivo;Importo stanziato;Indicatore;Target;Target rivisto;Motivo revisione;Baseline;Soglia;Risultato;Peso;Note;Valutazione OIV;Testo OIV')).toBe(true);
  });

  it('lists only the unreadable ratio of objective 7, with its row', () => {
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({ objective: 7, field: 'indicators[0].actual' });
    expect(italian(incomplete[0].message)).toMatch(/^Riga 10: Risultato "3\.1296\/3\.196" non interpretabile/);
  });

  it('round-trips through the writer with either delimiter', () => {
    for (const delimiter of [';', ','] as const) {
      const again = parseIndicatorsCsv(formatIndicatorsCsv(jsonExample, delimiter));
      expect(again.report.objectives).toEqual(jsonExample.objectives);
    }
  });
});

describe('CSV headers', () => {
  it.each([
    ['N.', 'number'], ['N°', 'number'], ['no.', 'number'], ['Numero obiettivo', 'number'],
    ['OBIETTIVO', 'title'], ['Objective', 'title'],
    ['Riferimento  piano', 'planReferences'], ['Plan reference', 'planReferences'],
    ['tipo', 'kind'], ['Kind', 'kind'],
    ['Peso obiettivo', 'objectiveWeight'], ['objective WEIGHT', 'objectiveWeight'],
    ['Importo stanziato (€)', 'allocatedAmount'], ['Allocated amount', 'allocatedAmount'],
    ['Indicatore', 'indicator'], ['Target rivisto', 'revisedTarget'], ['Revised target', 'revisedTarget'],
    ['Motivo revisione', 'revisionReason'], ['Soglia', 'threshold'], ['Risultato', 'actual'], ['Actual', 'actual'],
    ['Peso', 'weight'], ['Weight', 'weight'], ['Note', 'notes'],
    ['Valutazione O.I.V.', 'oivScore'], ['OIV score', 'oivScore'], ['Testo OIV', 'oivText'],
    ['Benefìci', 'benefits'], [' Descrizione ', 'description'],
  ])('"%s" is %s', (header, field) => {
    expect(csvFieldOfHeader(header)).toBe(field);
  });

  it('an unknown column is listed and ignored', () => {
    const { report, incomplete } = reportFromCsvRows([{ 'N.': '1', Obiettivo: 'A', Indicatore: 'I', Target: '>= 1', Colore: 'rosso' }], { year: 2022, title: 'R' });
    expect(report.objectives).toHaveLength(1);
    expect(inItalian(incomplete)).toEqual([{ objective: null, field: 'Colore', message: 'Colonna sconosciuta "Colore" ignorata' }]);
  });

  it('a file with no known column is not a CSV of indicators', () => {
    expect(() => reportFromCsvRows([{ Nome: 'Mario', Cognome: 'Rossi' }])).toThrow(ReportFormatError);
    expect(() => parseIndicatorsCsv('Nome;Cognome\nMario;Rossi\n')).toThrow(/nessuna colonna riconosciuta tra "Nome", "Cognome"/);
  });
});

describe('parseIndicatorsCsv reads CSV as Excel writes it', () => {
  const english = [
    'No.,Objective,Plan reference,Kind,Indicator,Target,Actual,Weight,OIV score',
    '9,NUOVO SERVIZIO SPORTELLO PUNTO IMPRESA DIGITALE,"A01.01 - AUMENTARE LE IMPRESE INFORMATE",maintenance,n. eventi,>= 8,23,1,100',
    '9,NUOVO SERVIZIO SPORTELLO PUNTO IMPRESA DIGITALE,"A01.01 - AUMENTARE LE IMPRESE INFORMATE",maintenance,partecipanti,>= 700,"1.134",1,100',
  ].join('\r\n');

  it('English headers, commas, CRLF', () => {
    const { report, incomplete } = parseIndicatorsCsv(english, { title: 'Relazione 2022', year: 2022 });
    expect(inItalian(incomplete)).toEqual([]);
    expect(report.objectives).toEqual([
      {
        number: 9,
        title: 'NUOVO SERVIZIO SPORTELLO PUNTO IMPRESA DIGITALE',
        planReferences: [{ code: 'A01.01', text: 'AUMENTARE LE IMPRESE INFORMATE' }],
        kind: 'mantenimento',
        oiv: { score: 100, text: '' },
        indicators: [
          { name: 'n. eventi', target: '>= 8', actual: '23', weight: 1 },
          { name: 'partecipanti', target: '>= 700', actual: '1.134', weight: 1 },
        ],
      },
    ]);
  });

  it('semicolons with quoted cells holding semicolons, commas and line breaks; BOM; "sep=;" line', () => {
    const text = [
      '\uFEFFsep=;',
      'N.;Obiettivo;Riferimento Piano;Indicatore;Target;Risultato;Importo stanziato;Valutazione OIV;Testo OIV',
      '4;"INFORMATIZZAZIONE; CONCORSI";"Obiettivo di Ente E02 SPERIMENTARE L\'INFORMATIZZAZIONE',
      'Obiettivo operativo E02.01 DEFINIRE MODELLO OPERATIVO";"creazione del modello, versione ""1""";entro il 31/7/2022;31/07/2022;12.500,00 €;99/100;Valutazione OIV 99/100.',
      '',
    ].join('\n');
    const { report, incomplete } = parseIndicatorsCsv(text, { title: 'R', year: 2022 });
    expect(inItalian(incomplete)).toEqual([]);
    const [objective] = report.objectives;
    expect(objective.title).toBe('INFORMATIZZAZIONE; CONCORSI');
    expect(objective.planReferences).toEqual([
      { code: 'E02', text: "SPERIMENTARE L'INFORMATIZZAZIONE" },
      { code: 'E02.01', text: 'DEFINIRE MODELLO OPERATIVO' },
    ]);
    expect(objective.indicators[0]).toEqual({ name: 'creazione del modello, versione "1"', target: 'entro il 31/7/2022', actual: '31/07/2022' });
    expect(objective.allocatedAmount).toBe(12500);
    expect(objective.oiv).toEqual({ score: 99, text: 'Valutazione OIV 99/100.' });
  });

  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('N.;Obiettivo;Indicatore')).toBe(';');
    expect(detectDelimiter('N.,Obiettivo,Indicatore')).toBe(',');
    expect(detectDelimiter('"N., numero";Obiettivo;"Indicatore, nome"')).toBe(';');
    expect(detectDelimiter('N.\tObiettivo\tIndicatore')).toBe('\t');
  });

  it('an unclosed quote is listed with its row, not thrown', () => {
    const { incomplete } = parseIndicatorsCsv('N.;Obiettivo;Indicatore;Target\n1;A;"eventi;>= 8\n', { title: 'R', year: 2022 });
    expect(issueMatching(incomplete, /virgolette non chiuse/)).toMatchObject({ objective: null, field: 'csv' });
  });
});

describe('reportFromCsvRows groups rows into objectives', () => {
  const base = { 'N.': '5', Obiettivo: 'ATTIVAZIONE SISTEMA', Anno: '2022', Relazione: 'Relazione 2022' };

  it('repeated objective columns make one objective; a continuation row may leave them blank', () => {
    const { report, incomplete } = reportFromCsvRows([
      { ...base, Indicatore: 'operatività', Target: 'entro 30/09/2022', 'Target rivisto': 'entro 31/12/2022', 'Motivo revisione': 'monitoraggio intermedio', Risultato: '31/12/2022' },
      { 'N.': '', Obiettivo: '', Indicatore: 'progetti gestiti', Target: '>= 8', 'Target rivisto': '>= 4', 'Motivo revisione': 'monitoraggio intermedio', Risultato: '4' },
    ]);
    expect(inItalian(incomplete)).toEqual([]);
    expect(report.objectives).toHaveLength(1);
    expect(report.objectives[0].indicators.map((i) => i.revision)).toEqual([
      { original: 'entro 30/09/2022', revised: 'entro 31/12/2022', reason: 'monitoraggio intermedio' },
      { original: '>= 8', revised: '>= 4', reason: 'monitoraggio intermedio' },
    ]);
  });

  it('a repeated column that disagrees is listed; the first value is kept', () => {
    const { report, incomplete } = reportFromCsvRows([
      { ...base, Indicatore: 'a', Target: '>= 1' },
      { ...base, Obiettivo: 'ALTRO TITOLO', Indicatore: 'b', Target: '>= 1' },
    ]);
    expect(report.objectives[0].title).toBe('ATTIVAZIONE SISTEMA');
    expect(inItalian(incomplete)).toEqual([
      { objective: 5, field: 'title', message: 'Riga 3: Obiettivo "ALTRO TITOLO" diverso da "ATTIVAZIONE SISTEMA" della riga 2; si usa quello della riga 2' },
    ]);
  });

  it.each<[string, Record<string, string>, string, RegExp]>([
    ['unparseable target', { Indicatore: 'a', Target: 'tanti' }, 'indicators[0].target', /^Riga 2: Target "tanti" non interpretabile/],
    ['missing target', { Indicatore: 'a', Risultato: '3' }, 'indicators[0].target', /^Riga 2: Target mancante/],
    ['missing indicator name', { Target: '>= 1' }, 'indicators[0].name', /^Riga 2: Nome dell'indicatore mancante/],
    ['revised target without reason', { Indicatore: 'a', Target: '>= 8', 'Target rivisto': '>= 4' }, 'indicators[0].revision.reason', /senza motivo/],
    ['weight not a number', { Indicatore: 'a', Target: '>= 8', Peso: 'alto' }, 'indicators[0].weight', /^Riga 2: Peso: valore "alto" non valido/],
    ['threshold as bare 50', { Indicatore: 'a', Target: '>= 8', Soglia: '50' }, 'indicators[0].threshold', /o una percentuale \(50%\)/],
    ['unknown kind', { Tipo: 'annuale', Indicatore: 'a', Target: '>= 8' }, 'kind', /^Riga 2: Tipo "annuale" non valido/],
    ['OIV text without score', { 'Testo OIV': 'ottimo', Indicatore: 'a', Target: '>= 8' }, 'oiv.score', /senza Valutazione OIV/],
    ['OIV above 100', { 'Valutazione OIV': '120', Indicatore: 'a', Target: '>= 8' }, 'oiv.score', /al massimo 100/],
    ['plan reference without a code', { 'Riferimento Piano': 'promuovere il digitale', Indicatore: 'a', Target: '>= 8' }, 'planReferences[0].code', /senza codice riconoscibile/],
    ['objective without indicators', {}, 'indicators', /Obiettivo 5 senza indicatori/],
  ])('%s is listed with row and field', (_label, cells, field, message) => {
    const { incomplete } = reportFromCsvRows([{ ...base, ...cells }]);
    const issue = incomplete.find((i) => i.field === field);
    expect(issue).toBeDefined();
    expect(issue && italian(issue.message)).toMatch(message);
  });

  it('a row without number gets the next free number, and says so', () => {
    const { report, incomplete } = reportFromCsvRows([
      { ...base, Indicatore: 'a', Target: '>= 1' },
      { ...base, 'N.': '', Obiettivo: 'NUOVO', Indicatore: 'b', Target: '>= 1' },
    ]);
    expect(report.objectives.map((o) => o.number)).toEqual([5, 6]);
    expect(inItalian(incomplete)).toEqual([{ objective: 6, field: 'number', message: 'Riga 3: N. mancante per l\'obiettivo "NUOVO": assegnato provvisoriamente 6, da verificare' }]);
  });

  it('a bad number skips the row and says why', () => {
    const { report, incomplete } = reportFromCsvRows([{ ...base, 'N.': 'primo', Indicatore: 'a', Target: '>= 1' }]);
    expect(report.objectives).toEqual([]);
    expect(issueMatching(incomplete, /Riga 2: N\. "primo" non valido/)).toBeDefined();
  });

  it('accepts "N. 3" and "Obiettivo 3" as number 3', () => {
    const { report } = reportFromCsvRows([
      { ...base, 'N.': 'N. 3', Indicatore: 'a', Target: '>= 1' },
      { ...base, 'N.': 'Obiettivo 3', Indicatore: 'b', Target: '>= 1' },
    ]);
    expect(report.objectives.map((o) => [o.number, o.indicators.length])).toEqual([[3, 2]]);
  });

  it('without an "Anno" column the year comes from the options, or is listed', () => {
    const rows = [{ 'N.': '1', Obiettivo: 'A', Indicatore: 'a', Target: '>= 1' }];
    expect(reportFromCsvRows(rows, { year: 2023, title: 'R' })).toMatchObject({ report: { year: 2023 }, incomplete: [] });
    expect(inItalian(reportFromCsvRows(rows, { title: 'R' }).incomplete)).toEqual([
      { objective: null, field: 'year', message: 'Anno della Relazione mancante (colonna "Anno"): da completare' },
    ]);
  });

  it('the writer puts one row per indicator and keeps objectives without indicators', () => {
    const rows = reportToCsvRows({ title: 'R', year: 2022, objectives: [{ number: 1, title: 'Vuoto', planReferences: [], indicators: [] }] });
    expect(rows).toHaveLength(1);
    expect(rows[0]['N.']).toBe('1');
    expect(rows[0].Indicatore).toBe('');
  });
});
