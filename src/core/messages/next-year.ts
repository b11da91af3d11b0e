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
};
