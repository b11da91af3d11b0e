// Disagreements between what the report states and what Traguardo computes, unexplained shortfalls, and the
// cut-offs a report implies.
import { entry, type Message, type Words } from './message';

type Evidence = { objective: number; computed: number | null; oiv: number | null; stated: Message | null; final: Message | null };
type Proposal = { objective: number; status: Message; degree: number; score: number | null; previous: number };

const DASH = '—';
const shown = (value: Message | null, w: Words): string => (value === null ? DASH : w.text(value));

export const verdictMessages = {
  'verdicts.disagreement': entry<Evidence>({
    it: (p, w) =>
      `Obiettivo ${p.objective}: grado calcolato ${p.computed === null ? DASH : w.pct(p.computed)}, valutazione OIV ` +
      `${p.oiv === null ? DASH : `${w.num(p.oiv)}/100`}, esito dichiarato ${shown(p.stated, w)}, esito ${shown(p.final, w)}: non concordano`,
    en: (p, w) =>
      `Objective ${p.objective}: computed degree ${p.computed === null ? DASH : w.pct(p.computed)}, OIV score ` +
      `${p.oiv === null ? DASH : `${w.num(p.oiv)}/100`}, stated verdict ${shown(p.stated, w)}, outcome ${shown(p.final, w)}: they disagree`,
  }),
  'verdicts.missingShortfallReason': entry<{ objective: number; status: Message }>({
    it: (p, w) => `Obiettivo ${p.objective}: esito "${w.text(p.status)}" senza la motivazione dello scostamento`,
    en: (p, w) => `Objective ${p.objective}: outcome "${w.text(p.status)}" without the reason for the shortfall`,
  }),
  'verdicts.proposedCutoff': entry<Proposal>({
    it: (p, w) =>
      `La Relazione dichiara l'obiettivo ${p.objective} "${w.text(p.status)}" con ` +
      `${p.score === null ? `grado ${w.pct(p.degree)}` : `${w.num(p.score)}/100`}: "${w.text(p.status)}" da ${w.pct(p.degree)} (invece di ${w.pct(p.previous)})`,
    en: (p, w) =>
      `The report calls objective ${p.objective} "${w.text(p.status)}" at ` +
      `${p.score === null ? `degree ${w.pct(p.degree)}` : `${w.num(p.score)}/100`}: "${w.text(p.status)}" from ${w.pct(p.degree)} (instead of ${w.pct(p.previous)})`,
  }),
};
