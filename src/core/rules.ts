// The body's evaluation rules (its SMVP): cut-offs, payout rule, tolerance on deadlines, where the final degree comes from.
import { msg, type Message } from './messages';
import { DEFAULT_CUTOFFS, type StatusCutoffs } from './model';
import { lowestPaidFromBelow, type PayoutBand, type PayoutRule } from './payout';

/** The OIV score when there is one, else the computed degree; or always the computed degree. */
export type FinalDegreeSource = 'oiv-else-computed' | 'computed';

export interface EvaluationRules {
  cutoffs: StatusCutoffs;
  payout: PayoutRule;
  /** A deadline met within this many days after it still counts as met. */
  deadlineToleranceDays: number;
  finalDegree: FinalDegreeSource;
  /** Points of degree (0..1) by which the computed degree and the OIV's score may differ before it is a disagreement. */
  verdictTolerance: number;
}

/** What the pane proposes when an analyst switches to bands: ≥ 95% pays everything, ≥ 80% pays 80%, less pays nothing. */
const DEFAULT_BANDS: readonly PayoutBand[] = [
  { from: 0.95, share: 1 },
  { from: 0.8, share: 0.8 },
];

/**
 * Proportional from the "Parzialmente raggiunto" cut-off: resources tied to achieving objectives (art. 67 c. 5
 * lett. b CCNL 21/5/2018) are never paid on a "Non raggiunto" objective unless the body's own rules say so.
 */
export const DEFAULT_PAYOUT: PayoutRule = { kind: 'proportional', from: DEFAULT_CUTOFFS.partialFrom, bands: DEFAULT_BANDS };

export const DEFAULT_RULES: EvaluationRules = {
  cutoffs: DEFAULT_CUTOFFS,
  payout: DEFAULT_PAYOUT,
  deadlineToleranceDays: 0,
  finalDegree: 'oiv-else-computed',
  // Five points: objective 3 of 2022 (computed 100%, OIV 99/100) agrees; a computed 50% against 100/100 does not.
  verdictTolerance: 0.05,
};

/** What the rules do that an inspection would question: today, paying an objective that is "Non raggiunto". */
export function rulesWarnings(rules: Pick<EvaluationRules, 'cutoffs' | 'payout'>): Message[] {
  const paidFrom = lowestPaidFromBelow(rules.payout, rules.cutoffs.partialFrom);
  if (paidFrom === null) return [];
  return [msg('rules.paysNotAchieved', { kind: rules.payout.kind, paidFrom, partialFrom: rules.cutoffs.partialFrom })];
}
