// Fund quantification (the resources of the Fondo risorse decentrate for objectives): what each objective's allocated
// amount makes payable under the payout rule, and the legal reference the Riepilogo names.
import type { FundSettings } from './model';
import { InputError } from './errors';
import { msg, type Message } from './messages';
import type { ObjectiveResult } from './aggregate';
import { checkPayoutRule, payoutShare, type PayoutRule } from './payout';
import { DEFAULT_PAYOUT } from './rules';

/** `reason` is built only for an invalid amount: the check runs once per objective. */
function checkAmount(amount: number, reason: () => Message): void {
  if (!Number.isFinite(amount) || amount < 0) throw new InputError(amount < 0 ? 'negative' : 'not-finite', reason(), String(amount));
}

/** amount × the share the payout rule gives the degree (clamped to 0..1). Not rounded. */
export function fundShare(amount: number, degree: number, rule: PayoutRule): number {
  checkAmount(amount, () => msg('evaluation.invalidAmount', { amount, objective: null }));
  checkPayoutRule(rule);
  if (!Number.isFinite(degree)) {
    throw new InputError('not-finite', msg('evaluation.degreeNotNumber', { degree }), String(degree));
  }
  return amount * payoutShare(degree, rule);
}

/** The default rule: proportional from the threshold a report states, else from the "Parzialmente raggiunto" cut-off. */
export function payoutFromThreshold(threshold: number | undefined, partialFrom: number = DEFAULT_PAYOUT.from): PayoutRule {
  return { ...DEFAULT_PAYOUT, from: threshold ?? partialFrom };
}

export interface FundLine {
  /** Objective number. */
  number: number;
  allocated: number;
  /** Final degree used; null when neutralised or not evaluable (then nothing is payable). */
  degree: number | null;
  payable: number;
  neutralised: boolean;
}

export interface FundSummary {
  /** settings.total, or the sum of the allocated amounts. */
  total: number;
  allocated: number;
  payable: number;
  /** Amounts allocated to neutralised objectives: not paid, reported apart, part of the remainder. */
  neutralisedAmount: number;
  /** total − payable: what returns to the budget. */
  remainder: number;
  /** One line per objective that carries an allocated amount. */
  lines: FundLine[];
  /** Inconsistencies worth telling the analyst (allocations above the total). */
  warnings?: Message[];
}

/**
 * Quantifies the fund from evaluated objectives; objectives without an allocated amount have no line.
 * The payout rule defaults to proportional from the settings' threshold, else from the "Parzialmente" cut-off.
 */
export function quantifyFund(results: ReadonlyArray<ObjectiveResult>, settings: FundSettings = {}, payout = payoutFromThreshold(settings.threshold)): FundSummary {
  checkPayoutRule(payout);
  const lines: FundLine[] = [];
  for (const result of results) {
    const amount = result.objective.allocatedAmount;
    if (amount === undefined || amount === null) continue;
    checkAmount(amount, () => msg('evaluation.invalidAmount', { amount, objective: result.objective.number }));
    const degree = result.neutralised ? null : result.finalDegree;
    const payable = degree === null ? 0 : fundShare(amount, degree, payout);
    lines.push({ number: result.objective.number, allocated: amount, degree, payable, neutralised: result.neutralised });
  }
  const sum = (pick: (line: FundLine) => number) => lines.reduce((acc, line) => acc + pick(line), 0);
  const allocated = sum((l) => l.allocated);
  const payable = sum((l) => l.payable);
  const neutralisedAmount = sum((l) => (l.neutralised ? l.allocated : 0));
  const fundTotal = settings.total;
  if (fundTotal !== undefined) checkAmount(fundTotal, () => msg('evaluation.invalidFundTotal', { amount: fundTotal }));
  const total = settings.total ?? allocated;
  const summary: FundSummary = { total, allocated, payable, neutralisedAmount, remainder: total - payable, lines };
  if (allocated > total) {
    summary.warnings = [msg('evaluation.allocatedAboveTotal', { allocated: roundCents(allocated), total: roundCents(total) })];
  }
  return summary;
}

/** Euro rounded to cents, half away from zero, for presentation only (`1.005` -> 1.01). */
export function roundCents(x: number): number {
  if (!Number.isFinite(x)) return x;
  const magnitude = Math.abs(x);
  if (magnitude >= 1e15) return x;
  // toPrecision(15) drops binary noise (1.005 is stored as 1.00499999...) before the decimal shift.
  const cents = Math.round(Number(`${Number(magnitude.toPrecision(15))}e2`));
  const rounded = Number(`${cents}e-2`);
  return x < 0 ? -rounded || 0 : rounded;
}

// Up to 2022 the resources for objectives are art. 67 c. 5 lett. b) of the CCNL Funzioni Locali 21/5/2018. From 2023
// the CCNL 16/11/2022 rebuilt the fund in its art. 79; the comma and letter of this resource there are NOT verified
// (believed: c. 1 lett. c), "risorse ... di cui all'art. 67 comma 5 lett. b)"; c. 2 lett. c) is another reading) and must
// be checked against the contract's text before being written here; until then the default names the article only.
const REFERENCE_UNTIL_2022 = 'art. 67 c. 5 lett. b) CCNL Funzioni Locali 21/5/2018';
const REFERENCE_FROM_2023 = 'art. 79 CCNL Funzioni Locali 16/11/2022';

/** The Riepilogo's fund label for a report's year (null: unknown, so the contract in force): part of the Fondo, not all of it. */
export function defaultFundReference(year: number | null): string {
  const reference = year !== null && year <= 2022 ? REFERENCE_UNTIL_2022 : REFERENCE_FROM_2023;
  return `Fondo risorse decentrate, risorse per obiettivi (${reference})`;
}
