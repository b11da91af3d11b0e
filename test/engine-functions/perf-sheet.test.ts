// PERF.* typed in a spreadsheet as an analyst would, computed by HyperFormula from the generated functions.json.
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { toExcelSerial } from '../../src/core/parse';
import { loadFunctionsMetadata } from '../../src/engine/functions-metadata-node';
import { createPerfHyperFormula, type FormulaLanguage } from '../../src/engine/hyperformula';

interface Sheet {
  hf: HyperFormula;
  value(address: string): unknown;
  set(address: string, content: RawCellContent): void;
}

function sheet(rows: RawCellContent[][], language: FormulaLanguage = 'en'): Sheet {
  const hf = createPerfHyperFormula({ language });
  const id = hf.getSheetId(hf.addSheet('Obiettivo'))!;
  hf.setSheetContent(id, rows);
  const at = (address: string) => hf.simpleCellAddressFromString(address, id)!;
  return {
    hf,
    value: (address) => hf.getCellValue(at(address)),
    set: (address, content) => void hf.setCellContents(at(address), content),
  };
}

function errorIn(s: Sheet, address: string): { type: string; message: string } {
  const value = s.value(address);
  expect(value).toBeInstanceOf(DetailedCellError);
  const error = value as DetailedCellError;
  return { type: error.value, message: error.message };
}

describe('the functions come from the generated metadata', () => {
  it('registers every function of functions.ts', () => {
    const ids = loadFunctionsMetadata().functions.map((fn) => fn.id);
    expect(ids).toEqual(['ACHIEVED', 'ACHIEVEMENT', 'OBJECTIVESCORE', 'STATUS', 'FUNDSHARE', 'PAYMENTDELAY', 'AVERAGEDAYS', 'TARGET', 'YEARTREND', 'MONITORSTATUS']);
    // Called with no argument each one is a known function with a wrong argument count (#N/A), not an unknown name.
    const s = sheet([ids.map((id) => `=PERF.${id}()`)]);
    ids.forEach((id, column) => expect(errorIn(s, `${String.fromCharCode(65 + column)}1`).type).toBe('#N/A'));
    expect(errorIn(sheet([['=PERF.NOSUCHFUNCTION(1)']]), 'A1').type).toBe('#NAME?');
  });
});

describe('seed objective 2: days to regularise the carte contabili', () => {
  const rows: RawCellContent[][] = [
    ['Indicatore', 'Risultato', 'Target', 'Raggiunto', 'Grado', 'Peso'],
    ['Giorni medi regolarizzazione entrate', '49,96', '< 75 gg', '=PERF.ACHIEVED(B2,"< 75 gg")', '=PERF.ACHIEVEMENT(B2,C2)', 1],
    ['Giorni medi regolarizzazione uscite', 53.1, '< 60 gg', '=PERF.ACHIEVED(B3,C3)', '=PERF.ACHIEVEMENT(B3,C3)', 1],
    ['Obiettivo', null, null, null, '=PERF.OBJECTIVESCORE(E2:E3,F2:F3)', '=PERF.STATUS(E4)'],
  ];

  it('computes achieved, degrees, score and status', () => {
    const s = sheet(rows);
    expect(s.value('D2')).toBe(true);
    expect(s.value('D3')).toBe(true);
    expect(s.value('E2')).toBe(1);
    expect(s.value('E3')).toBe(1);
    expect(s.value('E4')).toBe(1);
    expect(s.value('F4')).toBe('Raggiunto');
  });

  it('recalculates when a result changes: 80 days against < 60 gg', () => {
    const s = sheet(rows);
    s.set('B3', 80);
    expect(s.value('D3')).toBe(false);
    expect(s.value('E3')).toBeCloseTo(0.75, 12); // lower is better: 60 / 80
    expect(s.value('E4')).toBeCloseTo(0.875, 12);
    expect(s.value('F4')).toBe('Parzialmente raggiunto');
  });

  it('shows #N/A "Risultato non ancora rilevato" while a result is blank, and the score waits for it', () => {
    const s = sheet(rows);
    s.set('B2', null);
    expect(errorIn(s, 'D2')).toEqual({ type: '#N/A', message: 'Risultato non ancora rilevato' });
    expect(errorIn(s, 'E2')).toEqual({ type: '#N/A', message: 'Risultato non ancora rilevato' });
    expect(errorIn(s, 'E4').type).toBe('#N/A');
  });

  it('shows #VALUE! quoting a target it cannot read', () => {
    const s = sheet(rows);
    s.set('C3', 'meno di due mesi');
    const error = errorIn(s, 'D3');
    expect(error.type).toBe('#VALUE!');
    expect(error.message).toContain('"meno di due mesi"');
  });

  it('propagates an error of the result cell', () => {
    const s = sheet(rows);
    s.set('B3', '=1/0');
    expect(errorIn(s, 'D3').type).toBe('#DIV/0!');
    expect(errorIn(s, 'E4').type).toBe('#DIV/0!');
  });
});

describe('seed objective 9: Punto Impresa Digitale, in Italian Excel', () => {
  const rows: RawCellContent[][] = [
    ['Indicatore', 'Risultato', 'Target', 'Grado', 'Peso'],
    ['Assessment della maturità digitale', 194, '> 100', '=PERF.GRADO.RAGGIUNGIMENTO(B2;C2)', 1],
    ['Eventi di informazione', 23, '>= 8', '=PERF.GRADO.RAGGIUNGIMENTO(B3;C3)', 1],
    ['Partecipanti agli eventi', '1.134', '>= 700', '=PERF.GRADO.RAGGIUNGIMENTO(B4;C4)', 1],
    ['Obiettivo', null, null, '=PERF.PUNTEGGIO.OBIETTIVO(D2:D4;E2:E4)', '=PERF.ESITO(D5)'],
    ['Quota del fondo', 10000, null, '=PERF.QUOTA.FONDO(B6;D5;60%)', '=PERF.RAGGIUNTO(B4;"> 1000")'],
  ];

  it('reads 1.134 the Italian way and computes the objective', () => {
    const s = sheet(rows, 'it');
    expect(s.value('B4')).toBe(1134);
    expect([s.value('D2'), s.value('D3'), s.value('D4')]).toEqual([1, 1, 1]);
    expect(s.value('D5')).toBe(1);
    expect(s.value('E5')).toBe('Raggiunto');
    expect(s.value('D6')).toBe(10000);
    expect(s.value('E6')).toBe(true);
  });

  it('pays a share when 600 participants come instead of 1.134', () => {
    const s = sheet(rows, 'it');
    s.set('B4', 600);
    const score = (1 + 1 + 600 / 700) / 3;
    expect(s.value('D4')).toBeCloseTo(600 / 700, 12);
    expect(s.value('D5')).toBeCloseTo(score, 12);
    expect(s.value('E5')).toBe('Parzialmente raggiunto');
    expect(s.value('D6')).toBeCloseTo(10000 * score, 6);
    expect(typeof s.value('D6')).toBe('number');
  });

  it('keeps the English ids working in English Excel: =PERF.OBJECTIVESCORE(D2:D4,E2:E4)', () => {
    const s = sheet([
      ['Indicatore', 'Risultato', 'Target', 'Grado', 'Peso'],
      ['Assessment', 194, '> 100', '=PERF.ACHIEVEMENT(B2,C2)', 1],
      ['Eventi', 23, '>= 8', '=PERF.ACHIEVEMENT(B3,C3)', 1],
      ['Partecipanti', 1134, '>= 700', '=PERF.ACHIEVEMENT(B4,C4)', 1],
      ['Obiettivo', null, null, '=PERF.OBJECTIVESCORE(D2:D4,E2:E4)', '=PERF.STATUS(D5)'],
    ]);
    expect(s.value('D5')).toBe(1);
    expect(s.value('E5')).toBe('Raggiunto');
  });

  it('gives #VALUE! with a message for degrees and weights of different sizes', () => {
    const s = sheet(rows, 'it');
    s.set('D5', '=PERF.PUNTEGGIO.OBIETTIVO(D2:D4;E2:E3)');
    expect(errorIn(s, 'D5')).toEqual({ type: '#VALORE!', message: 'Gli intervalli gradi (3×1) e pesi (2×1) devono avere le stesse dimensioni' });
  });
});

describe('seed objective 1: the ITP from ten invoices', () => {
  // Days of delay and amounts chosen so that the ITP is the report's -8,75.
  const delays = [-10, -5, 3, -15, -30, 0, 12, -8, -4, 2];
  const amounts = [5000, 3000, 2000, 8000, 4000, 6000, 1000, 7000, 2500, 1500];
  const dueDates = [
    [2022, 1, 31], [2022, 2, 15], [2022, 3, 10], [2022, 4, 30], [2022, 5, 20],
    [2022, 6, 30], [2022, 7, 15], [2022, 9, 1], [2022, 10, 31], [2022, 12, 15],
  ].map(([y, m, d]) => toExcelSerial(y, m, d));
  const invoices: RawCellContent[][] = dueDates.map((due, i) => [`Fattura ${i + 1}`, due, due + delays[i], amounts[i]]);
  const rows: RawCellContent[][] = [
    ['Fattura', 'Scadenza', 'Pagamento', 'Importo', 'ITP', 'Target', 'Raggiunto', 'Giorni medi'],
    ...invoices.map((row, i) =>
      i === 0 ? [...row, '=PERF.PAYMENTDELAY(C2:C11,B2:B11,D2:D11)', '≤ 0', '=PERF.ACHIEVED(E2,F2)', '=PERF.AVERAGEDAYS(B2:B11,C2:C11)'] : row,
    ),
  ];

  it('computes the ITP -8,75, achieved against ≤ 0, and the mean delay', () => {
    const s = sheet(rows);
    expect(s.value('E2')).toBeCloseTo(-8.75, 12);
    expect(s.value('G2')).toBe(true);
    expect(s.value('H2')).toBeCloseTo(-5.5, 12);
  });

  it('leaves an unpaid invoice out and names a paid one with no amount', () => {
    const s = sheet(rows);
    s.set('C11', null);
    const expected = (-8.75 * 40000 - 2 * 1500) / (40000 - 1500);
    expect(s.value('E2')).toBeCloseTo(expected, 12);
    s.set('D5', null);
    expect(errorIn(s, 'E2')).toEqual({ type: '#VALUE!', message: "Manca l'importo (riga 4)" });
  });

  it('reads due dates typed as text in a cell', () => {
    const s = sheet(rows);
    s.set('B2', '31/01/2022');
    expect(s.value('B2')).toBe(dueDates[0]);
    expect(s.value('E2')).toBeCloseTo(-8.75, 12);
  });
});

describe('PERF.TARGET shows how a typed target is read', () => {
  it('reads a number in the target cell as "at least" that number, decimals included', () => {
    const s = sheet([[1.2, 1.125, '=PERF.ACHIEVED(A1,B1)', '=PERF.TARGET(B1)']]);
    expect(s.value('C1')).toBe(true);
    expect(s.value('D1')).toBe('≥ 1,125');
  });

  it('canonicalises targets in cells', () => {
    const s = sheet([['<= 0 gg', '=PERF.TARGET(A1)'], ['entro il 31/7/2022', '=PERF.TARGET(A2)'], ['=PERF.TARGET.NORMALIZZATO(">=8")']], 'en');
    expect(s.value('B1')).toBe('≤ 0 gg');
    expect(s.value('B2')).toBe('entro 31/07/2022');
    // The Italian name is not a function in English Excel.
    expect(errorIn(s, 'A3').type).toBe('#NAME?');
  });
});
