// From indicators to objectives to the whole report: weighted means, OIV overrides, neutralisations.
import { DEFAULT_CUTOFFS } from './model';
import type { FundSettings, Indicator, Objective, Report, Status, StatusCutoffs } from './model';
import { CoreError, InputError } from './errors';
import { msg, type Message } from './messages';
import { evaluateIndicator, statusOf } from './evaluate';
import type { Evaluation } from './evaluate';
import { payoutFromThreshold, quantifyFund } from './fund';
import type { FundSummary } from './fund';
import { DEFAULT_RULES, type EvaluationRules } from './rules';
import { isNotMeasured } from './parse';
import { parseTarget } from './target';
import type { Target } from './target';

function checkWeight(weight: number, index: number): void {
  if (!Number.isFinite(weight) || weight < 0) {
    throw new InputError(weight < 0 ? 'negative' : 'not-finite', msg('evaluation.invalidWeight', { position: index + 1, weight }), String(weight));
  }
}

function checkDegree(degree: number, index: number): void {
  if (!Number.isFinite(degree) || degree < 0 || degree > 1) {
    throw new InputError('out-of-range', msg('evaluation.invalidDegree', { position: index + 1, degree }), String(degree));
  }
}

/**
 * Weighted mean of degrees. Null degrees (blank, n.v., neutralised) leave the mean; a null or missing weight is 1.
 * Null when nothing is left to weigh (all degrees null, or all remaining weights 0). Throws InputError for
 * negative/non-finite weights, degrees outside 0..1, or more weights than degrees.
 */
export function objectiveScore(degrees: ReadonlyArray<number | null>, weights?: ReadonlyArray<number | null>): number | null {
  if (weights && weights.length > degrees.length) {
    const reason = msg('evaluation.moreWeightsThanDegrees', { weights: weights.length, degrees: degrees.length });
    throw new InputError('length-mismatch', reason, `${weights.length}/${degrees.length}`);
  }
  let weighted = 0;
  let totalWeight = 0;
  for (let i = 0; i < degrees.length; i++) {
    const weight = weights?.[i] ?? 1;
    checkWeight(weight, i);
    const degree = degrees[i];
    if (degree === null || degree === undefined) continue;
    checkDegree(degree, i);
    weighted += weight * degree;
    totalWeight += weight;
  }
  if (totalWeight === 0) return null;
  // Division can overshoot by an ulp when all degrees are 1.
  return Math.min(1, weighted / totalWeight);
}

export interface IndicatorResult {
  indicator: Indicator;
  /** The evaluated target (the revised one when the target was revised); null when it could not be parsed. */
  target: Target | null;
  /** Null when the indicator could not be evaluated (see error). */
  evaluation: Evaluation | null;
  /** Why the indicator could not be evaluated, quoting the input; null when fine. */
  error: Message | null;
}

export interface ObjectiveResult {
  objective: Objective;
  indicators: IndicatorResult[];
  /** Weighted mean of the indicators' degrees; null when none is measured or any counted indicator is in error. */
  computedDegree: number | null;
  /** OIV score / 100 when the OIV evaluated, else the computed degree; null for a neutralised objective. */
  finalDegree: number | null;
  status: Status;
  neutralised: boolean;
  /** Why the objective has no final degree despite data (an invalid OIV score). */
  error?: Message;
}

/** The target text in force: the revised one when the target was revised mid-year. */
function targetInForce(indicator: Indicator): string {
  return indicator.revision?.revised ?? indicator.target;
}

function messageOf(error: unknown): Message {
  if (error instanceof CoreError) return error.reason;
  throw error;
}

function evaluateOne(indicator: Indicator, deadlineToleranceDays: number): IndicatorResult {
  let target: Target | null = null;
  try {
    target = parseTarget(targetInForce(indicator));
    const evaluation = evaluateIndicator(indicator.actual, target, { baseline: indicator.baseline, threshold: indicator.threshold, deadlineToleranceDays });
    return { indicator, target, evaluation, error: null };
  } catch (error) {
    // As on the sheet: with no result yet nothing is measured, whatever the target (a missing one is listed apart).
    if (target === null && isNotMeasured(indicator.actual)) return { indicator, target, evaluation: null, error: null };
    return { indicator, target, evaluation: null, error: messageOf(error) };
  }
}

/** OIV score as a degree; throws InputError for a score outside 0..100. */
function oivDegree(objective: Objective): number | null {
  if (!objective.oiv) return null;
  const score = objective.oiv.score;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new InputError('out-of-range', msg('evaluation.invalidOivScore', { objective: objective.number, score: String(score) }), String(score));
  }
  return score / 100;
}

/** The body's rules beyond the cut-offs that change an objective's degree. */
export type DegreeRules = Pick<EvaluationRules, 'deadlineToleranceDays' | 'finalDegree'>;

/**
 * Evaluates every indicator (revised targets when revised) and the objective: computed degree = weighted mean of the
 * counted indicators (neutralised and unmeasured ones leave it; any counted indicator in error makes it null rather
 * than silently dropping it); final degree = OIV score / 100 when present (unless the rules say always computed);
 * a neutralised objective is Non valutabile.
 */
export function evaluateObjective(objective: Objective, cutoffs: StatusCutoffs = DEFAULT_CUTOFFS, rules: DegreeRules = DEFAULT_RULES): ObjectiveResult {
  const indicators = objective.indicators.map((indicator) => evaluateOne(indicator, rules.deadlineToleranceDays));
  const counted = indicators.filter((r) => !r.indicator.neutralised);
  const anyError = counted.some((r) => r.error !== null);
  const computedDegree = anyError
    ? null
    : objectiveScore(
        counted.map((r) => r.evaluation?.degree ?? null),
        counted.map((r) => r.indicator.weight ?? null),
      );
  const neutralised = objective.neutralisation !== undefined;
  if (neutralised) {
    return { objective, indicators, computedDegree, finalDegree: null, status: 'Non valutabile', neutralised };
  }
  try {
    const oiv = rules.finalDegree === 'computed' ? null : oivDegree(objective);
    const finalDegree = oiv ?? computedDegree;
    // Nothing measurable and no score: the verdict the report states is the outcome (objective 8 of 2022), with no degree.
    const stated = objective.statedVerdict?.status;
    if (finalDegree === null && !anyError && stated !== undefined && stated !== 'Non valutabile') {
      return { objective, indicators, computedDegree, finalDegree, status: stated, neutralised };
    }
    return { objective, indicators, computedDegree, finalDegree, status: statusOf(finalDegree, cutoffs), neutralised };
  } catch (error) {
    return { objective, indicators, computedDegree, finalDegree: null, status: 'Non valutabile', neutralised, error: messageOf(error) };
  }
}

export interface ReportResult {
  objectives: ObjectiveResult[];
  /** Mean of the final degrees weighted by objective weight; neutralised and unevaluated objectives leave it. */
  overallDegree: number | null;
  /** Objectives per status. */
  counts: Record<Status, number>;
  fund: FundSummary;
}

export interface EvaluateReportOptions {
  /** Overrides report.cutoffs (default DEFAULT_CUTOFFS). */
  cutoffs?: StatusCutoffs;
  /** Overrides report.fund. */
  fund?: FundSettings;
}

/** Evaluates the whole report: every objective, the overall degree, the counts by status and the fund quantification. */
export function evaluateReport(report: Report, options: EvaluateReportOptions = {}): ReportResult {
  const cutoffs = options.cutoffs ?? report.cutoffs ?? DEFAULT_CUTOFFS;
  const objectives = report.objectives.map((objective) => evaluateObjective(objective, cutoffs));
  const counted = objectives.filter((r) => !r.neutralised);
  const overallDegree = objectiveScore(
    counted.map((r) => r.finalDegree),
    counted.map((r) => r.objective.weight ?? null),
  );
  const counts: Record<Status, number> = { Raggiunto: 0, 'Parzialmente raggiunto': 0, 'Non raggiunto': 0, 'Non valutabile': 0 };
  for (const result of objectives) counts[result.status]++;
  const fund = options.fund ?? report.fund;
  return { objectives, overallDegree, counts, fund: quantifyFund(objectives, fund, payoutFromThreshold(fund?.threshold, cutoffs.partialFrom)) };
}
