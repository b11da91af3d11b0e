// Fund quantification (art. 67 c.5 lett. b CCNL Funzioni Locali): what each objective's allocated amount makes payable.
import type { FundSettings } from './model';
import { InputError } from './errors';
import { msg, type Message } from './messages';
import type { ObjectiveResult } from './aggregate';

/** `reason` is built only for an invalid amount: the check runs once per objective. */
function checkAmount(amount: number, reason: () => Message): void {
  if (!Number.isFinite(amount) || amount < 0) throw new InputError(amount < 0 ? 'negative' : 'not-finite', reason(), String(amount));
}

function checkThreshold(threshold: number): void {
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new InputError('out-of-range', msg('evaluation.paymentThresholdOutOfRange', { threshold }), String(threshold));
  }
}

/** amount × degree (degree clamped to 0..1), 0 when the degree is below the threshold. Not rounded. */
export function fundShare(amount: number, degree: number, threshold = 0): number {
  checkAmount(amount, () => msg('evaluation.invalidAmount', { amount, objective: null }));
  checkThreshold(threshold);
  if (!Number.isFinite(degree)) {
    throw new InputError('not-finite', msg('evaluation.degreeNotNumber', { degree }), String(degree));
  }
  const clamped = Math.min(1, Math.max(0, degree));
  return clamped < threshold ? 0 : amount * clamped;
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

/** Quantifies the fund from evaluated objectives; objectives without an allocated amount have no line. */
export function quantifyFund(results: ReadonlyArray<ObjectiveResult>, settings: FundSettings = {}): FundSummary {
  const threshold = settings.threshold ?? 0;
  checkThreshold(threshold);
  const lines: FundLine[] = [];
  for (const result of results) {
    const amount = result.objective.allocatedAmount;
    if (amount === undefined || amount === null) continue;
    checkAmount(amount, () => msg('evaluation.invalidAmount', { amount, objective: result.objective.number }));
    const degree = result.neutralised ? null : result.finalDegree;
    const payable = degree === null ? 0 : fundShare(amount, degree, threshold);
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
