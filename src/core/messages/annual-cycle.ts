// What the annual cycle says beyond next-year's marks: the monitoring (CLI `monitor`, pane "Genera monitoraggio") and
// the pane's "Nuovo anno…" (preview, the JSON of next year's report to import in a new workbook).
import { entry, type Message } from './message';

type ForecastWord = 'on-track' | 'at-risk' | 'unreachable' | null;

const FORECAST_IT: Record<Exclude<ForecastWord, null>, string> = { 'on-track': 'In linea', 'at-risk': 'A rischio', unreachable: 'Non raggiungibile' };
const FORECAST_EN: Record<Exclude<ForecastWord, null>, string> = { 'on-track': 'On track', 'at-risk': 'At risk', unreachable: 'Not reachable' };

export const annualCycleMessages = {
  'monitoring.forecast': entry<{ forecast: ForecastWord }>({
    it: (p) => (p.forecast === null ? 'non monitorato' : FORECAST_IT[p.forecast]),
    en: (p) => (p.forecast === null ? 'not monitored' : FORECAST_EN[p.forecast]),
  }),
  'monitoring.atNotValid': entry<{ value: string }>({
    it: (p) => `--at vuole una data, ad es. 2023-06-30 o 30/06/2023 (trovato "${p.value}")`,
    en: (p) => `--at takes a date, e.g. 2023-06-30 or 30/06/2023 (found "${p.value}")`,
  }),
  'monitoring.yearUnknown': entry({
    it: () => "la cartella non dice il suo anno (foglio Traguardo, 'Anno della relazione'): indicare --at",
    en: () => "the workbook does not say its year (Traguardo sheet, 'Anno della relazione'): give --at",
  }),
  'monitoring.heading': entry<{ file: string; at: string | null }>({
    it: (p) => `Monitoraggio di ${p.file}${p.at ? ` al ${p.at}` : ''} (per obiettivo la previsione del suo indicatore peggiore):`,
    en: (p) => `Monitoring of ${p.file}${p.at ? ` at ${p.at}` : ''} (per objective the forecast of its worst indicator):`,
  }),
  'monitoring.objectiveLine': entry<{ number: number; title: string; forecast: Message }>({
    it: (p, w) => `Obiettivo ${p.number} – ${p.title}: ${w.text(p.forecast)}`,
    en: (p, w) => `Objective ${p.number} – ${p.title}: ${w.text(p.forecast)}`,
  }),
  'monitoring.indicatorLine': entry<{ name: string; value: string; date: string; target: string; forecast: Message }>({
    it: (p, w) => `${p.name}: ${p.value} al ${p.date} (target ${p.target}) → ${w.text(p.forecast)}`,
    en: (p, w) => `${p.name}: ${p.value} at ${p.date} (target ${p.target}) → ${w.text(p.forecast)}`,
  }),
  'monitoring.indicatorProblem': entry<{ name: string; reason: Message }>({
    it: (p, w) => `${p.name}: nessuna previsione, ${w.text(p.reason)}`,
    en: (p, w) => `${p.name}: no forecast, ${w.text(p.reason)}`,
  }),
  'monitoring.counts': entry<{ onTrack: number; atRisk: number; unreachable: number; unmonitored: number }>({
    it: (p) => `Indicatori: in linea ${p.onTrack}, a rischio ${p.atRisk}, non raggiungibili ${p.unreachable}, non monitorati ${p.unmonitored}`,
    en: (p) => `Indicators: on track ${p.onTrack}, at risk ${p.atRisk}, not reachable ${p.unreachable}, not monitored ${p.unmonitored}`,
  }),
  'monitoring.pointsNotShown': entry<{ who: Message; points: number; shown: string }>({
    it: (p, w) => `${w.text(p.who)}: ${p.points} punti di monitoraggio; il foglio mostra quello al ${p.shown}, gli altri restano solo nel file importato`,
    en: (p, w) => `${w.text(p.who)}: ${p.points} monitoring points; the sheet shows the one at ${p.shown}, the others stay only in the imported file`,
  }),
  'monitoring.operation': entry({ it: () => 'Generazione del monitoraggio', en: () => 'Generating the Monitoraggio' }),
  'monitoring.generate': entry({ it: () => 'Genera monitoraggio', en: () => 'Generate Monitoraggio' }),
  'monitoring.generating': entry({ it: () => 'Generazione del monitoraggio…', en: () => 'Generating the Monitoraggio…' }),
  'monitoring.generated': entry<{ sheet: string; onTrack: number; atRisk: number; unreachable: number; unmonitored: number }>({
    it: (p) => `Foglio "${p.sheet}" generato: in linea ${p.onTrack}, a rischio ${p.atRisk}, non raggiungibili ${p.unreachable}, non monitorati ${p.unmonitored}.`,
    en: (p) => `Sheet "${p.sheet}" generated: on track ${p.onTrack}, at risk ${p.atRisk}, not reachable ${p.unreachable}, not monitored ${p.unmonitored}.`,
  }),
  'monitoring.hint': entry({
    it: () => "Un foglio con una riga per indicatore: valore monitorato, data (vuota = 30/06 dell'anno) e previsione, collegati ai fogli degli obiettivi.",
    en: () => 'A sheet with one row per indicator: monitored value, date (blank = 30/06 of the year) and forecast, linked to the objective sheets.',
  }),
  'newYear.open': entry({ it: () => 'Nuovo anno…', en: () => 'New year…' }),
  'newYear.hint': entry({
    it: () => "Prepara la relazione dell'anno dopo da questa cartella, che non viene modificata: prima l'anteprima, poi il file da importare in una cartella nuova.",
    en: () => "Prepares the following year's report from this workbook, which is not changed: the preview first, then the file to import into a new workbook.",
  }),
  'newYear.yearLabel': entry({ it: () => 'Anno della nuova relazione', en: () => "The new report's year" }),
  'newYear.preview': entry({ it: () => 'Anteprima', en: () => 'Preview' }),
  'newYear.download': entry<{ year: number }>({
    it: (p) => `Scarica la relazione ${p.year} (JSON)`,
    en: (p) => `Download the ${p.year} report (JSON)`,
  }),
  'newYear.nextStep': entry<{ file: string }>({
    it: (p) => `Scaricato "${p.file}". Aprire una cartella di lavoro nuova, avviare Traguardo e importare il file (Importa): questa cartella resta com'è.`,
    en: (p) => `Downloaded "${p.file}". Open a new workbook, start Traguardo and import the file (Import): this workbook stays as it is.`,
  }),
  'newYear.noDecisions': entry({ it: () => 'Nulla da decidere.', en: () => 'Nothing to decide.' }),
  'newYear.yearInvalid': entry<{ value: string }>({
    it: (p) => `L'anno va scritto con quattro cifre, ad es. 2023 (trovato "${p.value}").`,
    en: (p) => `The year takes four digits, e.g. 2023 (found "${p.value}").`,
  }),
  'newYear.downloadRefused': entry({
    it: () => 'Excel non consente di scaricare file qui: copiare il testo qui sotto in un file .json e importarlo in una cartella nuova.',
    en: () => 'Excel does not allow downloads here: copy the text below into a .json file and import it into a new workbook.',
  }),
  'newYear.carriedRules': entry({
    it: () => "Il file porta le soglie degli esiti e il totale del fondo; la regola di pagamento e la tolleranza sulle scadenze si reimpostano nel Riepilogo della nuova cartella.",
    en: () => "The file carries the outcome cut-offs and the fund's total; the payout rule and the deadline tolerance are set again in the new workbook's Riepilogo.",
  }),
};
