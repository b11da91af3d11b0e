// Every message a PERF.* function puts in an error cell, in Italian and English.
import type { Bilingual } from './language';

/** How a value is shown inside a message: text quoted, numbers as typed. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number') return String(value).replace('.', ',');
  return String(value);
}

const quoteEn = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

/** One parameter as the user sees it in the function's tooltip. */
export interface ArgumentName {
  it: string;
  en: string;
}

export const messages = {
  notMeasured: (): Bilingual => ({ it: 'Risultato non ancora rilevato', en: 'No result yet' }),
  emptyTarget: (): Bilingual => ({ it: 'Target vuoto: scrivere il target, ad es. "< 75 gg"', en: 'Empty target: write the target, e.g. "< 75 days"' }),
  missing: (arg: ArgumentName): Bilingual => ({ it: `Manca ${arg.it}`, en: `Missing ${arg.en}` }),
  notANumber: (arg: ArgumentName, value: unknown, reason?: Bilingual): Bilingual => ({
    it: `${capitalize(arg.it)} ${quote(value)} non è un numero${reason ? `: ${reason.it}` : ''}`,
    en: `${capitalize(arg.en)} ${quoteEn(value)} is not a number${reason ? `: ${reason.en}` : ''}`,
  }),
  notADate: (arg: ArgumentName, value: unknown, reason?: Bilingual): Bilingual => ({
    it: `${capitalize(arg.it)} ${quote(value)} non è una data${reason ? `: ${reason.it}` : ''}`,
    en: `${capitalize(arg.en)} ${quoteEn(value)} is not a date${reason ? `: ${reason.en}` : ''}`,
  }),
  degreeOutOfRange: (arg: ArgumentName, value: number): Bilingual => ({
    it: `${capitalize(arg.it)} vale ${quote(value)}, fuori dall'intervallo 0–1: scrivere una percentuale (80%) o una frazione (0,8)`,
    en: `${capitalize(arg.en)} is ${value}, outside 0–1: write a percentage (80%) or a fraction (0.8)`,
  }),
  negative: (arg: ArgumentName, value: number): Bilingual => ({
    it: `${capitalize(arg.it)} vale ${quote(value)}: non può essere negativo`,
    en: `${capitalize(arg.en)} is ${value}: it cannot be negative`,
  }),
  shapeMismatch: (a: ArgumentName, aRows: number, aColumns: number, b: ArgumentName, bRows: number, bColumns: number): Bilingual => ({
    it: `Gli intervalli ${a.it} (${aRows}×${aColumns}) e ${b.it} (${bRows}×${bColumns}) devono avere le stesse dimensioni`,
    en: `The ranges ${a.en} (${aRows}×${aColumns}) and ${b.en} (${bRows}×${bColumns}) must have the same size`,
  }),
  noDegrees: (): Bilingual => ({ it: 'Nessun grado valutabile nell\'intervallo', en: 'No evaluable degree in the range' }),
  noPaidInvoices: (): Bilingual => ({ it: 'Nessuna fattura pagata nell\'intervallo', en: 'No paid invoice in the range' }),
  noClosedPairs: (): Bilingual => ({ it: 'Nessuna coppia di date completa nell\'intervallo', en: 'No complete pair of dates in the range' }),
  weightsAllZero: (): Bilingual => ({ it: 'Tutti i pesi dei gradi valutabili sono zero', en: 'All the weights of the evaluable degrees are zero' }),
} as const;

/** Names of the parameters, as the function tooltips show them (Italian as in functions-it-names.json). */
export const argumentNames = {
  actual: { it: 'il risultato', en: 'the result' },
  target: { it: 'il target', en: 'the target' },
  baseline: { it: 'il valore di partenza', en: 'the baseline' },
  threshold: { it: 'la soglia', en: 'the threshold' },
  degree: { it: 'il grado', en: 'the degree' },
  weight: { it: 'il peso', en: 'the weight' },
  degrees: { it: 'gradi', en: 'degrees' },
  weights: { it: 'pesi', en: 'weights' },
  achievedFrom: { it: 'la soglia di raggiungimento', en: 'the achieved threshold' },
  partialFrom: { it: 'la soglia di parziale raggiungimento', en: 'the partial threshold' },
  amount: { it: "l'importo", en: 'the amount' },
  paymentDate: { it: 'la data di pagamento', en: 'the payment date' },
  dueDate: { it: 'la data di scadenza', en: 'the due date' },
  paymentDates: { it: 'date pagamento', en: 'payment dates' },
  dueDates: { it: 'date scadenza', en: 'due dates' },
  amounts: { it: 'importi', en: 'amounts' },
  fromDate: { it: 'la data iniziale', en: 'the start date' },
  toDate: { it: 'la data finale', en: 'the end date' },
  fromDates: { it: 'date iniziali', en: 'start dates' },
  toDates: { it: 'date finali', en: 'end dates' },
} satisfies Record<string, ArgumentName>;

/** The same parameter at one cell of its range: "la data di pagamento (riga 3)". */
export function atCell(arg: ArgumentName, row: number, column: number, singleColumn: boolean): ArgumentName {
  return singleColumn
    ? { it: `${arg.it} (riga ${row})`, en: `${arg.en} (row ${row})` }
    : { it: `${arg.it} (riga ${row}, colonna ${column})`, en: `${arg.en} (row ${row}, column ${column})` };
}

function capitalize(text: string): string {
  // "l'importo" -> "L'importo"; "il grado" -> "Il grado"
  return text.charAt(0).toUpperCase() + text.slice(1);
}
