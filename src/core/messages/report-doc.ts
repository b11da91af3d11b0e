// The Relazione as a Word document (src/report-doc): its headings, labels and sentences, the pane's action and the
// `traguardo report` lines. The Italian labels are the report's own ("Riferimento Obiettivi Piano Performance"), which
// is also what Traguardo's text import recognises when it reads the document back.
import { entry, type Message, type Words } from './message';

/** Seconds with one decimal, as the language writes them: "2,4 s", "2.4 s". */

/** The labels of an objective's sections, in document order. */
const LABELS = {
  planReferences: ['Riferimento Obiettivi Piano Performance', 'Performance Plan objectives'],
  kind: ['Azione/Progetto o Nuova/Mantenimento', 'Action/project, new or continuing'],
  description: ['Descrizione', 'Description'],
  benefits: ['Benefici/miglioramenti attesi', 'Expected benefits/improvements'],
  activities: ['Descrizione delle attività', 'Activities'],
  results: ['Risultati', 'Results'],
  shortfall: ['Motivazione dello scostamento', 'Reason for the shortfall'],
} as const;

const KINDS = {
  nuovo: ['Nuovo', 'New'],
  mantenimento: ['Mantenimento', 'Continuing'],
  straordinario: ['Straordinario', 'Extraordinary'],
} as const;

const INDICATOR_COLUMNS = {
  name: ['Indicatore', 'Indicator'],
  target: ['Target', 'Target'],
  actual: ['Risultato', 'Result'],
  degree: ['Grado', 'Degree'],
  previous: ['Anno precedente', 'Previous year'],
} as const;

/** The Riepilogo's columns; the Italian words are the sheet's headers ("Valutazione OIV (su 100)" says the scale). */
const SUMMARY_COLUMNS = {
  number: ['N.', 'No.'],
  title: ['Obiettivo', 'Objective'],
  plan: ['Riferimento Piano', 'Plan reference'],
  indicators: ['N. indicatori', 'Indicators'],
  score: ['Grado calcolato', 'Computed degree'],
  oiv: ['Valutazione OIV (su 100)', 'OIV score (out of 100)'],
  finalDegree: ['Grado finale', 'Final degree'],
  status: ['Esito', 'Outcome'],
  allocated: ['Importo stanziato', 'Allocated amount'],
  payable: ['Importo riconosciuto', 'Payable amount'],
  weight: ['Peso', 'Weight'],
} as const;

export type ReportLabelKey = keyof typeof LABELS;
type ReportKindKey = keyof typeof KINDS;
type IndicatorColumnKey = keyof typeof INDICATOR_COLUMNS;
export type ReportSummaryColumnKey = keyof typeof SUMMARY_COLUMNS;

/** Picks the language's word of a pair. */
const pick = (pair: readonly [string, string], w: Words): string => (w.language === 'it' ? pair[0] : pair[1]);

export const reportDocMessages = {
  'report.title': entry<{ year: number | null }>({
    it: (p) => (p.year === null ? 'Relazione sulla Performance' : `Relazione sulla Performance ${p.year}`),
    en: (p) => (p.year === null ? 'Performance Report' : `Performance Report ${p.year}`),
  }),
  /** The programme's heading, naming the fund's resources and their legal reference as the settings give them. */
  'report.programme': entry<{ fund: string }>({
    it: (p) => `Programmi ed attività per la quantificazione delle risorse destinate agli obiettivi: ${p.fund}`,
    en: (p) => `Programmes and activities for quantifying the resources for objectives: ${p.fund}`,
  }),
  'report.objectiveHeading': entry<{ number: number }>({
    it: (p) => `OBIETTIVO N. ${p.number}`,
    en: (p) => `OBJECTIVE No. ${p.number}`,
  }),
  'report.label': entry<{ label: ReportLabelKey }>({
    it: (p, w) => pick(LABELS[p.label] ?? LABELS.results, w),
    en: (p, w) => pick(LABELS[p.label] ?? LABELS.results, w),
  }),
  'report.kind': entry<{ kind: ReportKindKey }>({
    it: (p, w) => pick(KINDS[p.kind] ?? KINDS.nuovo, w),
    en: (p, w) => pick(KINDS[p.kind] ?? KINDS.nuovo, w),
  }),
  'report.indicatorColumn': entry<{ column: IndicatorColumnKey }>({
    it: (p, w) => pick(INDICATOR_COLUMNS[p.column] ?? INDICATOR_COLUMNS.name, w),
    en: (p, w) => pick(INDICATOR_COLUMNS[p.column] ?? INDICATOR_COLUMNS.name, w),
  }),
  'report.summaryColumn': entry<{ column: ReportSummaryColumnKey }>({
    it: (p, w) => pick(SUMMARY_COLUMNS[p.column] ?? SUMMARY_COLUMNS.title, w),
    en: (p, w) => pick(SUMMARY_COLUMNS[p.column] ?? SUMMARY_COLUMNS.title, w),
  }),
  /** Under last year's value in the indicator table: this year's result against it, in the target's direction. */
  'report.trend': entry<{ trend: 'better' | 'same' | 'worse' }>({
    it: (p) => `Andamento: ${{ better: 'migliore', same: 'invariato', worse: 'peggiore' }[p.trend]}`,
    en: (p) => `Trend: ${{ better: 'better', same: 'same', worse: 'worse' }[p.trend]}`,
  }),
  /** Under a revised target in the indicator table (no "target" word: the text import would read it as one). */
  'report.revisedFrom': entry<{ original: string }>({
    it: (p) => `rivisto; in origine: ${p.original}`,
    en: (p) => `revised; originally: ${p.original}`,
  }),
  'report.revisionReason': entry<{ reason: string }>({
    it: (p) => `motivo: ${p.reason}`,
    en: (p) => `reason: ${p.reason}`,
  }),
  /** The indicators whose target the text states itself (deadlines, yes/no), in the report's "Indicatore:" line. */
  'report.indicatorLine': entry<{ phrases: string }>({
    it: (p) => `Indicatore: ${p.phrases}`,
    en: (p) => `Indicator: ${p.phrases}`,
  }),
  /** One indicator's target and result in the report's list form: "nome: 100% (risultato 112/112)". */
  'report.targetAndResult': entry<{ name: string; target: string; actual: string }>({
    it: (p) => `${p.name}: ${p.target} (risultato ${p.actual})`,
    en: (p) => `${p.name}: ${p.target} (result ${p.actual})`,
  }),
  /** One indicator's result alone, its target being in the "Indicatore:" line; `participle` says a yes/no result in words. */
  'report.result': entry<{ name: string; actual: string | null; participle: string | null; done: boolean }>({
    it: (p) => `${p.name}: risultato ${p.actual ?? 'non rilevato'}${p.participle ? ` (${p.done ? '' : 'non '}${p.participle})` : ''}`,
    en: (p) => `${p.name}: result ${p.actual ?? 'not measured'}`,
  }),
  'report.neutralised': entry<{ reason: string }>({
    it: (p) => `Obiettivo neutralizzato, escluso dalla valutazione: ${p.reason}`,
    en: (p) => `Objective neutralised, left out of the evaluation: ${p.reason}`,
  }),
  'report.oivScore': entry<{ score: number | null }>({
    it: (p, w) => `Valutazione OIV: ${p.score === null ? '—' : `${w.num(p.score)}/100`}`,
    en: (p, w) => `OIV score: ${p.score === null ? '—' : `${w.num(p.score)}/100`}`,
  }),
  'report.oivText': entry<{ text: string }>({
    it: (p) => `Giudizio dell'OIV: «${p.text}»`,
    en: (p) => `The OIV's judgement: “${p.text}”`,
  }),
  /** The report's own verdict, its outcome opening the clause as the report writes it ("Non raggiunto."), then its words. */
  'report.statedVerdict': entry<{ status: Message; text: string | null }>({
    it: (p, w) => `Esito dichiarato nella Relazione: ${w.text(p.status)}${p.text ? ` («${p.text}»)` : ''}`,
    en: (p, w) => `Outcome the report states: ${w.text(p.status)}${p.text ? ` (“${p.text}”)` : ''}`,
  }),
  /** What Traguardo computes, quoted: unquoted, the text import would take it for the report's own verdict. */
  /** What Traguardo computes from the sheet; a status or degree the sheet cannot compute shows "—". */
  'report.computedVerdict': entry<{ status: Message | null; degree: string }>({
    it: (p, w) => `Esito calcolato da Traguardo: ${p.status === null ? '—' : `«${w.text(p.status)}»`} (grado finale ${p.degree})`,
    en: (p, w) => `Outcome computed by Traguardo: ${p.status === null ? '—' : `“${w.text(p.status)}”`} (final degree ${p.degree})`,
  }),
  /** A problem the readers found, marked where the document shows what it concerns. */
  'report.toCheck': entry<{ problem: Message }>({
    it: (p, w) => `Da verificare: ${w.text(p.problem)}`,
    en: (p, w) => `To be checked: ${w.text(p.problem)}`,
  }),
  'report.figureInError': entry<{ figure: Message }>({
    it: (p, w) => `"${w.text(p.figure)}" non si può calcolare: un foglio obiettivo ha un errore`,
    en: (p, w) => `"${w.text(p.figure)}" cannot be computed: an objective sheet has an error`,
  }),
  'report.summaryHeading': entry({ it: () => 'Riepilogo', en: () => 'Summary' }),
  /** Opens the summary with a "Descrizione" label, so that the text import files it away from the last objective's results. */
  'report.summaryIntro': entry({
    it: () => 'Descrizione: per ogni obiettivo il grado calcolato, la valutazione dell’OIV, il grado finale, l’esito e gli importi, come nel foglio Riepilogo.',
    en: () => 'Description: for each objective the computed degree, the OIV score, the final degree, the outcome and the amounts, as in the Riepilogo sheet.',
  }),
  /** The counts over the objectives that can be evaluated (the "Non valutabile" ones are left out of the base). */
  'report.evaluableCounts': entry<{ evaluable: number; objectives: number; achieved: number; partial: number; notAchieved: number }>({
    it: (p, w) =>
      `Obiettivi valutabili: ${p.evaluable} su ${p.objectives}. Di questi, raggiunti ${p.achieved}${p.evaluable > 0 ? ` (${w.pct(p.achieved / p.evaluable)})` : ''}, parzialmente raggiunti ${p.partial}, non raggiunti ${p.notAchieved}.`,
    en: (p, w) =>
      `Objectives that can be evaluated: ${p.evaluable} of ${p.objectives}. Of these, achieved ${p.achieved}${p.evaluable > 0 ? ` (${w.pct(p.achieved / p.evaluable)})` : ''}, partially achieved ${p.partial}, not achieved ${p.notAchieved}.`,
  }),
  /** The Riepilogo's totals under "Esito", as its formula writes it: a neutralised objective counted apart. */
  'report.achievedOfEvaluable': entry<{ achieved: number; evaluable: number; notEvaluable: number }>({
    it: (p) => `${p.achieved} raggiunti su ${p.evaluable} valutabili${p.notEvaluable === 0 ? '' : p.notEvaluable === 1 ? ' (1 non valutabile)' : ` (${p.notEvaluable} non valutabili)`}`,
    en: (p) => `${p.achieved} achieved of ${p.evaluable} evaluable${p.notEvaluable === 0 ? '' : ` (${p.notEvaluable} not evaluable)`}`,
  }),
  'report.fundHeading': entry({ it: () => 'Quantificazione delle risorse', en: () => 'Quantification of the resources' }),
  'report.footer': entry<{ title: string }>({
    it: (p) => `${p.title} — generata da Traguardo`,
    en: (p) => `${p.title} — generated by Traguardo`,
  }),
  'report.cliMissingInput': entry({
    it: () => 'manca il file da cui scrivere la relazione (.xlsx, .json, .txt o .docx)',
    en: () => 'the file to write the report from is missing (.xlsx, .json, .txt or .docx)',
  }),
  'report.cliMissingOutput': entry({
    it: () => 'manca -o <relazione.docx>: il file da scrivere',
    en: () => '-o <report.docx> is missing: the file to write',
  }),
  'report.cliOutputNotDocx': entry<{ file: string }>({
    it: (p) => `il file di uscita "${p.file}" deve avere estensione .docx`,
    en: (p) => `the output file "${p.file}" must have the .docx extension`,
  }),
  'report.cliPhaseDocument': entry({ it: () => 'composizione della relazione', en: () => 'composing the report' }),
  /** The line naming the document written; the problems marked "da verificare" in it follow. */
  'report.cliWritten': entry<{ file: string; objectives: number; problems: number; kilobytes: number; milliseconds: number }>({
    it: (p, w) =>
      `${p.file}: ${p.objectives} obiettivi, ${p.problems === 0 ? 'nulla da verificare' : `${p.problems} da verificare (segnati nel documento)`}, ${p.kilobytes} KB, in ${w.seconds(p.milliseconds)}`,
    en: (p, w) =>
      `${p.file}: ${p.objectives} objectives, ${p.problems === 0 ? 'nothing to check' : `${p.problems} to check (marked in the document)`}, ${p.kilobytes} KB, in ${w.seconds(p.milliseconds)}`,
  }),
  'report.paneGenerate': entry({ it: () => 'Genera la Relazione (.docx)', en: () => 'Generate the Relazione (.docx)' }),
  'report.paneHint': entry({
    it: () => 'Scrive in Word la sezione della Relazione dai fogli obiettivo; aggiorna anche il foglio Riepilogo, da cui prende le cifre.',
    en: () => 'Writes the Relazione section in Word from the objective sheets; it also refreshes the Riepilogo sheet, whose figures it uses.',
  }),
  'report.paneWorking': entry({ it: () => 'Scrittura della relazione…', en: () => 'Writing the report…' }),
  'report.paneDownloaded': entry<{ file: string; problems: number }>({
    it: (p) =>
      `${p.file} è stato scaricato${p.problems > 0 ? `, con ${p.problems} punti "da verificare" segnati nel documento` : ''}. Se il download non è partito (alcune versioni di Excel non lo permettono), copia le tabelle e incollale in Word.`,
    en: (p) =>
      `${p.file} was downloaded${p.problems > 0 ? `, with ${p.problems} points "to be checked" marked in it` : ''}. If the download did not start (some versions of Excel do not allow it), copy the tables and paste them into Word.`,
  }),
  'report.paneDownloadRefused': entry({
    it: () => 'Questo Excel non permette di scaricare file dal riquadro: copia le tabelle e incollale in Word, che ne conserva la formattazione.',
    en: () => 'This Excel does not allow downloads from the pane: copy the tables and paste them into Word, which keeps their formatting.',
  }),
  'report.paneCopyTables': entry({ it: () => 'Copia tabelle', en: () => 'Copy tables' }),
  'report.paneCopied': entry({
    it: () => 'Tabelle copiate: il riepilogo e gli indicatori di ogni obiettivo. Incollale in Word (Ctrl+V).',
    en: () => 'Tables copied: the summary and each objective\'s indicators. Paste them into Word (Ctrl+V).',
  }),
  'report.paneCopyRefused': entry({
    it: () => 'Anche gli appunti non sono disponibili in questo Excel: usa traguardo report dalla riga di comando.',
    en: () => 'The clipboard is not available in this Excel either: use traguardo report from the command line.',
  }),
};
