// The payout rule of the body's evaluation system: which share of an objective's allocated amount its final degree earns.
import { InputError } from './errors';
import { msg } from './messages';

/**
 * proportional: the degree itself, from `from` up; all-or-nothing: everything from `from` up;
 * bands: the share of the highest band whose `from` the degree reaches (e.g. ≥ 95% → 100%, ≥ 80% → 80%, else 0).
 */
export type PayoutKind = 'proportional' | 'all-or-nothing' | 'bands';

export interface PayoutBand {
  /** Degree (0..1) from which the band applies. */
  from: number;
  /** Share (0..1) of the allocated amount the band pays. */
  share: number;
}

/** Every part is kept whatever the kind, so switching kind in the pane loses neither the threshold nor the bands. */
export interface PayoutRule {
  kind: PayoutKind;
  /** Degree from which proportional and all-or-nothing pay. */
  from: number;
  /** The bands paid under `bands`, in any order. */
  bands: readonly PayoutBand[];
}

export const PAYOUT_KINDS: readonly PayoutKind[] = ['proportional', 'all-or-nothing', 'bands'];

/** The rule's words on the (Italian) settings sheet; PERF.FUNDSHARE reads these and the English codes alike. */
export const PAYOUT_KIND_WORDS: Readonly<Record<PayoutKind, string>> = {
  proportional: 'proporzionale',
  'all-or-nothing': 'tutto o niente',
  bands: 'fasce',
};

/** As many bands as the settings sheet has rows for. */
export const MAX_PAYOUT_BANDS = 5;

/** The same tolerance statusOf gives cut-offs, so a degree that reaches a cut-off also reaches an equal threshold. */
const REACH_TOLERANCE = 1e-9;

/** True when `degree` reaches `from`, as statusOf decides it reaches a cut-off. */
function reaches(degree: number, from: number): boolean {
  return degree >= from - REACH_TOLERANCE;
}

/** The kind named by a word (code or Italian word, any case); null when none. */
export function payoutKindOf(word: string): PayoutKind | null {
  const lower = word.trim().toLowerCase();
  return PAYOUT_KINDS.find((kind) => kind === lower || PAYOUT_KIND_WORDS[kind] === lower) ?? null;
}

function checkFraction(value: number, what: 'threshold' | 'bandFrom' | 'bandShare', position: number): void {
  if (Number.isFinite(value) && value >= 0 && value <= 1) return;
  const reason =
    what === 'threshold' ? msg('evaluation.paymentThresholdOutOfRange', { threshold: value }) : msg('rules.bandOutOfRange', { position, part: what === 'bandFrom' ? 'from' : 'share', value });
  throw new InputError('out-of-range', reason, String(value));
}

/** Throws InputError for a threshold, band degree or band share outside 0..1, or more bands than the sheet holds. */
export function checkPayoutRule(rule: PayoutRule): void {
  checkFraction(rule.from, 'threshold', 0);
  if (rule.bands.length > MAX_PAYOUT_BANDS) {
    throw new InputError('out-of-range', msg('rules.tooManyBands', { count: rule.bands.length, max: MAX_PAYOUT_BANDS }), String(rule.bands.length));
  }
  rule.bands.forEach((band, index) => {
    checkFraction(band.from, 'bandFrom', index + 1);
    checkFraction(band.share, 'bandShare', index + 1);
  });
}

/** The band a degree falls in: the highest `from` it reaches (the first listed among equals); null below every band. */
function bandOf(degree: number, bands: readonly PayoutBand[]): PayoutBand | null {
  let found: PayoutBand | null = null;
  for (const band of bands) if (reaches(degree, band.from) && (found === null || band.from > found.from)) found = band;
  return found;
}

/** The share (0..1) of the allocated amount a final degree earns; the degree is clamped to 0..1. Assumes a checked rule. */
export function payoutShare(degree: number, rule: PayoutRule): number {
  const clamped = Math.min(1, Math.max(0, degree));
  switch (rule.kind) {
    case 'proportional':
      return reaches(clamped, rule.from) ? clamped : 0;
    case 'all-or-nothing':
      return reaches(clamped, rule.from) ? 1 : 0;
    case 'bands':
      return bandOf(clamped, rule.bands)?.share ?? 0;
  }
}

/**
 * The lowest threshold or band start under the cut-off `below` from which the rule pays something, i.e. a degree that
 * statusOf would call below `below` earns a share; null when the rule pays nothing there. The share only changes
 * where a threshold or a band starts, so trying each start covers every degree under the cut-off.
 */
export function lowestPaidFromBelow(rule: PayoutRule, below: number): number | null {
  const top = below - REACH_TOLERANCE;
  if (!(top > 0)) return null;
  const starts = rule.kind === 'bands' ? rule.bands.map((band) => band.from) : [rule.from];
  const paying = starts.filter((from) => {
    const degree = Math.max(0, from - REACH_TOLERANCE);
    // Proportional pays nothing at degree 0 itself, but pays every degree just above it.
    return degree < top && (rule.kind === 'proportional' || payoutShare(degree, rule) > 0);
  });
  return paying.length > 0 ? Math.max(0, Math.min(...paying)) : null;
}
