// What starting next year's workbook from this year's says: the marks left on the sheets and the decisions to take.
import { entry } from './message';

export const nextYearMessages = {
  /** In an indicator's Note: the target came from last year and is a proposal. */
  'nextYear.targetToReview': entry<{ year: number }>({
    it: (p) => `Target proposto dal ${p.year}: da rivedere`,
    en: (p) => `Target carried from ${p.year}: to review`,
  }),
  /** An objective taken out of last year's evaluation: carried, but someone decides whether it stays. */
  'nextYear.decideObjective': entry<{ objective: number; year: number; reason: string }>({
    it: (p) => `Obiettivo ${p.objective}: neutralizzato nel ${p.year}${p.reason ? ` (${p.reason})` : ''}; decidere se riproporlo, rinviarlo o toglierlo`,
    en: (p) => `Objective ${p.objective}: neutralised in ${p.year}${p.reason ? ` (${p.reason})` : ''}; decide whether to keep, postpone or drop it`,
  }),
  'nextYear.decideIndicator': entry<{ objective: number; name: string; year: number }>({
    it: (p) => `Obiettivo ${p.objective}, indicatore "${p.name}": neutralizzato nel ${p.year}; decidere se riproporlo`,
    en: (p) => `Objective ${p.objective}, indicator "${p.name}": neutralised in ${p.year}; decide whether to keep it`,
  }),
  'nextYear.notMeasured': entry<{ objective: number; name: string; year: number }>({
    it: (p) => `Obiettivo ${p.objective}, indicatore "${p.name}": nessun risultato nel ${p.year}, quindi nessun valore dell'anno precedente`,
    en: (p) => `Objective ${p.objective}, indicator "${p.name}": no result in ${p.year}, so no previous year value`,
  }),
  'nextYear.yearNotValid': entry<{ value: string }>({
    it: (p) => `--year vuole un anno di quattro cifre, ad es. 2023 (trovato "${p.value}")`,
    en: (p) => `--year takes a four-digit year, e.g. 2023 (found "${p.value}")`,
  }),
  'nextYear.yearUnknown': entry({
    it: () => "la cartella non dice il suo anno (foglio Traguardo, 'Anno della relazione'): indicare --year",
    en: () => "the workbook does not say its year (Traguardo sheet, 'Anno della relazione'): give --year",
  }),
  'nextYear.yearNotAfter': entry<{ year: number; from: number }>({
    it: (p) => `il nuovo anno ${p.year} non viene dopo quello della cartella, ${p.from}`,
    en: (p) => `the new year ${p.year} does not come after the workbook's, ${p.from}`,
  }),
  'nextYear.sameFile': entry({
    it: () => 'il file da scrivere è la cartella stessa: la cartella di partenza non viene mai modificata, indicare un altro file',
    en: () => 'the file to write is the workbook itself: the starting workbook is never changed, give another file',
  }),
  'nextYear.decisionsHeading': entry<{ count: number }>({
    it: (p) => `da decidere (${p.count}):`,
    en: (p) => `to decide (${p.count}):`,
  }),
  'nextYear.built': entry<{ file: string; from: number; year: number; objectives: number; previousValues: number; indicators: number; emptied: number }>({
    it: (p) => `${p.file}: ${p.year} dal ${p.from}, ${p.objectives} obiettivi, ${p.previousValues} valori dell'anno precedente su ${p.indicators} indicatori, target da rivedere, ${p.emptied} valutazioni e risultati svuotati`,
    en: (p) => `${p.file}: ${p.year} from ${p.from}, ${p.objectives} objectives, ${p.previousValues} previous year values for ${p.indicators} indicators, targets to review, ${p.emptied} evaluations and results emptied`,
  }),
  'nextYear.previewCarried': entry<{ from: number; year: number; objectives: number; indicators: number; previousValues: number }>({
    it: (p) => `Dal ${p.from} al ${p.year} si riportano ${p.objectives} obiettivi e ${p.indicators} indicatori, con i target come proposte da rivedere e ${p.previousValues} risultati come valore dell'anno precedente`,
    en: (p) => `From ${p.from} to ${p.year}: ${p.objectives} objectives and ${p.indicators} indicators carried, targets as proposals to review, ${p.previousValues} results as previous year values`,
  }),
  'nextYear.previewEmptied': entry<{ results: number; oivScores: number; verdicts: number; reasons: number; revisions: number }>({
    it: (p) => `Si svuotano ${p.results} risultati, ${p.revisions} revisioni, ${p.oivScores} valutazioni OIV, ${p.verdicts} esiti dichiarati e ${p.reasons} motivazioni dello scostamento`,
    en: (p) => `Emptied: ${p.results} results, ${p.revisions} revisions, ${p.oivScores} OIV scores, ${p.verdicts} stated verdicts and ${p.reasons} shortfall reasons`,
  }),
};
