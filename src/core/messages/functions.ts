// What a PERF.* function puts in an error cell, and the names of its parameters as the messages quote them.
import { entry, type Message, type MessageParam, type Words } from './message';

const ARGUMENTS = {
  actual: ['il risultato', 'the result'],
  target: ['il target', 'the target'],
  baseline: ['il valore di partenza', 'the baseline'],
  threshold: ['la soglia', 'the threshold'],
  degree: ['il grado', 'the degree'],
  weight: ['il peso', 'the weight'],
  degrees: ['gradi', 'degrees'],
  weights: ['pesi', 'weights'],
  achievedFrom: ['la soglia di raggiungimento', 'the achieved threshold'],
  partialFrom: ['la soglia di parziale raggiungimento', 'the partial threshold'],
  amount: ["l'importo", 'the amount'],
  paymentDate: ['la data di pagamento', 'the payment date'],
  dueDate: ['la data di scadenza', 'the due date'],
  paymentDates: ['date pagamento', 'payment dates'],
  dueDates: ['date scadenza', 'due dates'],
  amounts: ['importi', 'amounts'],
  fromDate: ['la data iniziale', 'the start date'],
  toDate: ['la data finale', 'the end date'],
  fromDates: ['date iniziali', 'start dates'],
  toDates: ['date finali', 'end dates'],
  deadlineTolerance: ['la tolleranza sulle scadenze', 'the deadline tolerance'],
  monitoringDate: ['la data del monitoraggio', 'the monitoring date'],
  bandFrom: ['il grado della fascia', "the band's degree"],
  bandShare: ['la quota della fascia', "the band's share"],
} as const satisfies Record<string, readonly [string, string]>;

export type ArgumentKey = keyof typeof ARGUMENTS;

type Argument = { argument: Message };
type Refused = Argument & { value: MessageParam; reason: Message | null };

/** "l'importo" -> "L'importo": the parameter opens the sentence. */
function subject(argument: Message, w: Words): string {
  const text = w.text(argument);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const because = (reason: Message | null, w: Words): string => (reason === null ? '' : `: ${w.text(reason)}`);

export const functionMessages = {
  'functions.argument': entry<{ name: ArgumentKey }>({
    it: (p) => ARGUMENTS[p.name][0],
    en: (p) => ARGUMENTS[p.name][1],
  }),
  /** The same parameter at one cell of its range; `column` is null for a single-column range. */
  'functions.argumentAt': entry<Argument & { row: number; column: number | null }>({
    it: (p, w) => `${w.text(p.argument)} (riga ${p.row}${p.column === null ? '' : `, colonna ${p.column}`})`,
    en: (p, w) => `${w.text(p.argument)} (row ${p.row}${p.column === null ? '' : `, column ${p.column}`})`,
  }),
  'functions.notMeasured': entry({
    it: () => 'Risultato non ancora rilevato',
    en: () => 'No result yet',
  }),
  'functions.emptyTarget': entry({
    it: () => 'Target vuoto: scrivere il target, ad es. "< 75 gg"',
    en: () => 'Empty target: write the target, e.g. "< 75 days"',
  }),
  'functions.missing': entry<Argument>({
    it: (p, w) => `Manca ${w.text(p.argument)}`,
    en: (p, w) => `Missing ${w.text(p.argument)}`,
  }),
  'functions.notANumber': entry<Refused>({
    it: (p, w) => `${subject(p.argument, w)} ${w.quote(p.value)} non è un numero${because(p.reason, w)}`,
    en: (p, w) => `${subject(p.argument, w)} ${w.quote(p.value)} is not a number${because(p.reason, w)}`,
  }),
  'functions.notADate': entry<Refused>({
    it: (p, w) => `${subject(p.argument, w)} ${w.quote(p.value)} non è una data${because(p.reason, w)}`,
    en: (p, w) => `${subject(p.argument, w)} ${w.quote(p.value)} is not a date${because(p.reason, w)}`,
  }),
  'functions.degreeOutOfRange': entry<Argument & { value: number }>({
    it: (p, w) => `${subject(p.argument, w)} vale ${w.num(p.value)}, fuori dall'intervallo 0–1: scrivere una percentuale (80%) o una frazione (0,8)`,
    en: (p, w) => `${subject(p.argument, w)} is ${w.num(p.value)}, outside 0–1: write a percentage (80%) or a fraction (0.8)`,
  }),
  'functions.negative': entry<Argument & { value: number }>({
    it: (p, w) => `${subject(p.argument, w)} vale ${w.num(p.value)}: non può essere negativo`,
    en: (p, w) => `${subject(p.argument, w)} is ${w.num(p.value)}: it cannot be negative`,
  }),
  'functions.shapeMismatch': entry<{ first: Message; firstRows: number; firstColumns: number; second: Message; secondRows: number; secondColumns: number }>({
    it: (p, w) =>
      `Gli intervalli ${w.text(p.first)} (${p.firstRows}×${p.firstColumns}) e ${w.text(p.second)} (${p.secondRows}×${p.secondColumns}) devono avere le stesse dimensioni`,
    en: (p, w) =>
      `The ranges ${w.text(p.first)} (${p.firstRows}×${p.firstColumns}) and ${w.text(p.second)} (${p.secondRows}×${p.secondColumns}) must have the same size`,
  }),
  'functions.noDegrees': entry({
    it: () => "Nessun grado valutabile nell'intervallo",
    en: () => 'No evaluable degree in the range',
  }),
  'functions.noPaidInvoices': entry({
    it: () => "Nessuna fattura pagata nell'intervallo",
    en: () => 'No paid invoice in the range',
  }),
  'functions.noClosedPairs': entry({
    it: () => "Nessuna coppia di date completa nell'intervallo",
    en: () => 'No complete pair of dates in the range',
  }),
  'functions.weightsAllZero': entry({
    it: () => 'Tutti i pesi dei gradi valutabili sono zero',
    en: () => 'All the weights of the evaluable degrees are zero',
  }),
};
