// The Riepilogo's words (columns, headline figures, statuses) in both languages, and the lines `traguardo summary`
// prints around them: totals, cut-offs, problems.
import type { Status } from '../model';
import { entry, type Message } from './message';

/** The Riepilogo's columns the terminal shows; Italian as the sheet's own headers ("OIV" short on purpose). */
const COLUMNS = {
  number: ['N.', 'No.'],
  title: ['Obiettivo', 'Objective'],
  score: ['Grado calcolato', 'Computed degree'],
  oiv: ['OIV', 'OIV'],
  finalDegree: ['Grado finale', 'Final degree'],
  status: ['Esito', 'Outcome'],
  allocated: ['Importo stanziato', 'Allocated amount'],
  payable: ['Importo riconosciuto', 'Payable amount'],
} as const;

/** The Riepilogo's headline figures; Italian as the sheet's own labels. */
const FIGURES = {
  overallDegree: ['Grado complessivo ponderato', 'Overall weighted degree'],
  fundTotal: ['Risorse per obiettivi (fondo risorse decentrate)', 'Resources for objectives (decentralised resources fund)'],
  allocated: ['Importo stanziato', 'Allocated amount'],
  payable: ['Importo riconosciuto', 'Payable amount'],
  remainder: ['Residuo che torna al bilancio', 'Remainder returned to the budget'],
  notEvaluableAmount: ['Importo su obiettivi non valutabili', 'Amount on objectives not evaluable'],
  Raggiunto: ['Obiettivi raggiunti', 'Objectives achieved'],
  'Parzialmente raggiunto': ['Obiettivi parzialmente raggiunti', 'Objectives partially achieved'],
  'Non raggiunto': ['Obiettivi non raggiunti', 'Objectives not achieved'],
  'Non valutabile': ['Obiettivi non valutabili', 'Objectives not evaluable'],
  achievedFrom: ['Soglia "Raggiunto"', 'Cut-off "Achieved"'],
  partialFrom: ['Soglia "Parzialmente raggiunto"', 'Cut-off "Partially achieved"'],
  paymentThreshold: ['Soglia di pagamento', 'Payment threshold'],
} as const;

const STATUS_EN: Record<Status, string> = {
  Raggiunto: 'Achieved',
  'Parzialmente raggiunto': 'Partially achieved',
  'Non raggiunto': 'Not achieved',
  'Non valutabile': 'Not evaluable',
};

export type SummaryColumnKey = keyof typeof COLUMNS;
export type SummaryFigureKey = keyof typeof FIGURES;

export const summaryMessages = {
  'cli.summaryHeading': entry<{ file: string; objectives: number }>({
    it: (p) => `Riepilogo di ${p.file} — ${p.objectives} obiettivi`,
    en: (p) => `Summary of ${p.file} — ${p.objectives} objectives`,
  }),
  'summary.column': entry<{ column: SummaryColumnKey }>({
    it: (p) => COLUMNS[p.column][0],
    en: (p) => COLUMNS[p.column][1],
  }),
  'summary.figure': entry<{ figure: SummaryFigureKey }>({
    it: (p) => FIGURES[p.figure][0],
    en: (p) => FIGURES[p.figure][1],
  }),
  /** An outcome in the reader's language: Italian as the report states it. */
  'label.status': entry<{ status: Status }>({
    it: (p) => p.status,
    en: (p) => STATUS_EN[p.status],
  }),
  'cli.statusInError': entry({ it: () => 'errore (vedi problemi)', en: () => 'error (see the problems)' }),
  'cli.total': entry({ it: () => 'Totale', en: () => 'Total' }),
  'cli.cutoffs': entry<{ achievedFrom: number; partialFrom: number; paymentThreshold: number }>({
    it: (p, w) =>
      `Soglie: "Raggiunto" da ${w.pct(p.achievedFrom)}, "Parzialmente raggiunto" da ${w.pct(p.partialFrom)}, pagamento da ${w.pct(p.paymentThreshold)}`,
    en: (p, w) =>
      `Cut-offs: "Achieved" from ${w.pct(p.achievedFrom)}, "Partially achieved" from ${w.pct(p.partialFrom)}, payment from ${w.pct(p.paymentThreshold)}`,
  }),
  /** A headline figure of the Riepilogo that is an Excel error ("#VALUE!", as Office.js reports it). */
  'cli.figureInError': entry<{ figure: Message; error: string }>({
    it: (p, w) => `Riepilogo: "${w.text(p.figure)}" vale ${w.error(p.error)} (un foglio obiettivo ha un errore)`,
    en: (p, w) => `Summary: "${w.text(p.figure)}" is ${w.error(p.error)} (an objective sheet has an error)`,
  }),
  'cli.problems': entry<{ count: number | null }>({
    it: (p) => (p.count === null ? 'Problemi:' : `Problemi (${p.count}):`),
    en: (p) => (p.count === null ? 'Problems:' : `Problems (${p.count}):`),
  }),
  'cli.noProblems': entry({ it: () => 'Nessun problema trovato nei fogli.', en: () => 'No problem found in the sheets.' }),
};
