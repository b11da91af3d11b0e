// Evaluation of one indicator: is the target achieved, and to what degree (0..1)?
import { DEFAULT_CUTOFFS } from './model';
import type { CellInput, Status, StatusCutoffs } from './model';
import { InputError, describeInput } from './errors';
import { MAX_EXCEL_SERIAL } from './excel-date';
import { msg, type ParamsOf } from './messages';
import { CompiledTarget } from './compiled-target';
import { scanCell, type ScanResult } from './fast-value';
import { parseValue } from './parse';
import type { Value } from './parse';
import { ParseError } from './parse-error';
import { fractionToPoints, pointsToFraction } from './percent';
import { canonicalTarget, compiledTarget } from './target';
import type { Target } from './target';

/** The outcome for one indicator. Not measured (blank actual) -> achieved and degree null, never 0. */
export interface Evaluation {
  measured: boolean;
  achieved: boolean | null;
  degree: number | null;
}

export interface EvaluateOptions {
  /** Starting value: the degree measures the way travelled from it to the target. */
  baseline?: number | null;
  /** Minimum degree (0..1) under which the degree counts as 0. */
  threshold?: number | null;
  /** Days after a deadline within which completing still counts as on time (the body's rules); absent = 0. */
  deadlineToleranceDays?: number | null;
}

// Shared frozen results for the common outcomes: a million rows need not allocate a million identical objects.
const NOT_MEASURED: Evaluation = Object.freeze({ measured: false, achieved: null, degree: null });
const ACHIEVED: Evaluation = Object.freeze({ measured: true, achieved: true, degree: 1 });
const MISSED: Evaluation = Object.freeze({ measured: true, achieved: false, degree: 0 });
const NO_OPTIONS: EvaluateOptions = Object.freeze({});
/** The largest degree a missed target can have: shown as 100,00%, but below the cut-off tolerance, so never Raggiunto. */
const BELOW_ONE = 1 - 1e-6;

type ComparisonTarget = Extract<Target, { kind: 'comparison' }>;

function typeMismatch(actual: CellInput, target: Target, expected: ParamsOf<'evaluation.resultNotComparable'>['expected']): ParseError {
  const text = describeInput(actual);
  return new ParseError('type-mismatch', msg('evaluation.resultNotComparable', { actual: text, target: canonicalTarget(target), expected }), text);
}

/**
 * The actual in the target's units. A plain number against a percent target is a fraction when |a| <= 1
 * (what Excel holds for a %-formatted cell: 100% = 1) and percent points otherwise (100 = 100%);
 * a percentage against a plain target above 1 in magnitude compares in points (95% vs `≥ 90` -> 95);
 * a ratio compares by its value (112/112 = 1 = 100%).
 */
export function comparableActual(value: Value, target: ComparisonTarget, actual: CellInput): number {
  switch (value.kind) {
    case 'ratio':
      return value.value;
    case 'number':
      if (target.percent && !value.percent) return plainNumberInPercent(value.value);
      if (!target.percent && value.percent && Math.abs(target.value) > 1) return fractionToPoints(value.value);
      return value.value;
    default:
      throw typeMismatch(actual, target, 'number');
  }
}

/** A plain number against a percent target: a fraction when |a| <= 1, else percent points. */
function plainNumberInPercent(a: number): number {
  return Math.abs(a) <= 1 ? a : pointsToFraction(a);
}

/** The comparison itself, `=` resolved when the target was compiled. */
function comparisonHolds(t: CompiledTarget, a: number): boolean {
  switch (t.test) {
    case '<':
      return a < t.value;
    case '<=':
      return a <= t.value;
    case '>':
      return a > t.value;
    case '>=':
      return a >= t.value;
    case 'zero':
      return a === 0;
  }
}

function baselineInTargetUnits(baseline: number, t: CompiledTarget): number {
  return t.percent && Math.abs(baseline) > 1 ? pointsToFraction(baseline) : baseline;
}

function checkBaseline(baseline: number, t: CompiledTarget): void {
  const wrongSide = t.higher ? baseline >= t.value : baseline <= t.value;
  if (!wrongSide) return;
  const reason = msg('evaluation.baselineWrongSide', { baseline, target: canonicalTarget(t.target), higherIsBetter: t.higher });
  throw new InputError('invalid-baseline', reason, String(baseline));
}

/** Degree of a comparison not achieved: the share of the way covered, from 0 (or the baseline) to the target. */
function partialDegree(t: CompiledTarget, a: number, baseline: number | null): number {
  if (baseline !== null) return t.higher ? (a - baseline) / (t.value - baseline) : (baseline - a) / (baseline - t.value);
  if (t.value <= 0) return 0;
  return t.higher ? a / t.value : t.value / a;
}

function clampDegree(degree: number): number {
  if (!(degree > 0)) return 0;
  return degree > 1 ? 1 : degree;
}

/** The degree of a comparison: exactly 1 when it holds, below 1 when not, so `degree === 1` says achieved. */
function comparisonDegree(t: CompiledTarget, a: number, written: number): number {
  // The baseline is checked even when the target is met, so a wrong baseline never goes unnoticed.
  const baseline = baselineInTargetUnits(written, t);
  checkBaseline(baseline, t);
  if (comparisonHolds(t, a)) return 1;
  return missedDegree(t, a, baseline);
}

/** A strict target met with equality (`> 100` at 100) is missed: its degree stays below 1 so the status agrees. */
function missedDegree(t: CompiledTarget, a: number, baseline: number | null): number {
  return Math.min(clampDegree(partialDegree(t, a, baseline)), BELOW_ONE);
}

/** The Evaluation of a comparison for an actual already in the target's units. */
function compared(t: CompiledTarget, a: number, baseline: number | null, threshold: number | null): Evaluation {
  if (baseline === null) return comparisonHolds(t, a) ? ACHIEVED : outcome(false, missedDegree(t, a, null), threshold);
  const degree = comparisonDegree(t, a, baseline);
  return outcome(degree === 1, degree, threshold);
}

/** A yes/no outcome (a deadline, a yes/no target): degree 1 or 0. */
function met(achieved: boolean, threshold: number | null): Evaluation {
  return outcome(achieved, achieved ? 1 : 0, threshold);
}

/** A completion date: a date text, or a number that is an Excel date serial (a date cell). */
export function completionSerial(value: Value, target: Target, actual: CellInput): number {
  if (value.kind === 'date') return value.serial;
  if (value.kind === 'number' && !value.percent && typeof actual === 'number' && value.value >= 1 && value.value < MAX_EXCEL_SERIAL + 1) {
    return Math.floor(value.value);
  }
  throw typeMismatch(actual, target, 'date');
}

/** Yes/no: a boolean, 1/0, or a date (the day it was done, which means yes). */
export function yesNo(value: Value, target: Target, actual: CellInput): boolean {
  if (value.kind === 'boolean') return value.value;
  if (value.kind === 'date') return true;
  if (value.kind === 'number' && !value.percent && (value.value === 0 || value.value === 1)) return value.value === 1;
  throw typeMismatch(actual, target, 'yesNo');
}

function checkOption(name: 'baseline' | 'threshold', value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError('not-finite', msg('evaluation.optionNotNumber', { option: name, value: describeInput(value) }), describeInput(value));
  }
  if (name === 'threshold' && (value < 0 || value > 1)) {
    throw new InputError('out-of-range', msg('evaluation.thresholdOutOfRange', { threshold: value }), String(value));
  }
  return value;
}

function checkTolerance(days: number | null | undefined): number {
  if (days === null || days === undefined) return 0;
  if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
    throw new InputError('out-of-range', msg('rules.toleranceNotDays', { value: describeInput(days) }), describeInput(days));
  }
  return days;
}

/**
 * Evaluates an actual (as typed, or a cell value) against a target (text or parsed).
 * Throws ParseError for an unparseable actual or target, or one of the wrong kind (a date against `≥ 8`),
 * InputError for a non-numeric or out-of-range baseline/threshold/tolerance.
 * A strict target met with equality (`> 100` with 100) is not achieved, though its degree is 1.
 */
export function evaluateIndicator(actual: CellInput, target: Target | string, options: EvaluateOptions = NO_OPTIONS): Evaluation {
  const t = typeof target === 'string' ? compiledTarget(target) : new CompiledTarget(target);
  const baseline = checkOption('baseline', options.baseline);
  const threshold = checkOption('threshold', options.threshold);
  const tolerance = checkTolerance(options.deadlineToleranceDays);
  // The commonest cells (a number, a number, percentage, ratio, date or yes/no as text) need no Value built.
  const quick =
    typeof actual === 'number'
      ? quickNumber(actual, t, baseline, threshold, tolerance)
      : typeof actual === 'string'
        ? quickText(actual, t, baseline, threshold, tolerance)
        : quickCell(actual, t, threshold);
  if (quick !== undefined) return quick;
  const value = parseValue(actual);
  if (value === null) return NOT_MEASURED;
  switch (t.kind) {
    case 'comparison': {
      const comparison = t.target as ComparisonTarget;
      return compared(t, comparableActual(value, comparison, actual), baseline, threshold);
    }
    case 'deadline':
      return met(completionSerial(value, t.target, actual) <= t.value + tolerance, threshold);
    case 'boolean':
      return met(yesNo(value, t.target, actual) === t.expected, threshold);
  }
}

/** A boolean or blank cell, as the full path would evaluate it, or undefined to leave it to the full path. */
function quickCell(actual: CellInput, t: CompiledTarget, threshold: number | null): Evaluation | undefined {
  if (actual === null || actual === undefined) return NOT_MEASURED;
  return typeof actual === 'boolean' && t.kind === 'boolean' ? met(actual === t.expected, threshold) : undefined;
}

/**
 * A number cell, as the full path would evaluate it, or undefined to leave it to the full path
 * (which reports what does not fit: a number that is no date against a deadline, 2 against a yes/no).
 */
function quickNumber(actual: number, t: CompiledTarget, baseline: number | null, threshold: number | null, tolerance: number): Evaluation | undefined {
  if (!Number.isFinite(actual)) return undefined;
  const a = actual || 0;
  switch (t.kind) {
    case 'deadline':
      return a >= 1 && a < MAX_EXCEL_SERIAL + 1 ? met(Math.floor(a) <= t.value + tolerance, threshold) : undefined;
    case 'boolean':
      return a === 0 || a === 1 ? met((a === 1) === t.expected, threshold) : undefined;
    case 'comparison':
      return compared(t, t.percent ? plainNumberInPercent(a) : a, baseline, threshold);
  }
}

/** Where quickText's scans land: evaluation is synchronous, so one record serves every call. */
const scanned: ScanResult = { value: 0, numerator: 0, denominator: 0 };

/** Text in one of the shapes scanCell reads, as the full path would evaluate it, or undefined to leave it to the full path. */
function quickText(actual: string, t: CompiledTarget, baseline: number | null, threshold: number | null, tolerance: number): Evaluation | undefined {
  const kind = scanCell(actual, scanned);
  if (kind === 'none') return undefined;
  const v = scanned.value;
  switch (t.kind) {
    case 'deadline':
      return kind === 'date' ? met(v <= t.value + tolerance, threshold) : undefined;
    case 'boolean':
      if (kind === 'yes' || kind === 'no') return met((kind === 'yes') === t.expected, threshold);
      if (kind === 'date') return met(t.expected, threshold);
      return kind === 'number' && (v === 0 || v === 1) ? met((v === 1) === t.expected, threshold) : undefined;
    case 'comparison':
      if (kind === 'number') return compared(t, t.percent ? plainNumberInPercent(v) : v, baseline, threshold);
      if (kind === 'percent') return compared(t, !t.percent && Math.abs(t.value) > 1 ? fractionToPoints(v) : v, baseline, threshold);
      return kind === 'ratio' ? compared(t, v, baseline, threshold) : undefined;
  }
}

/** The Evaluation for a measured indicator, the threshold applied; shared objects for the common outcomes. */
function outcome(achieved: boolean, degree: number, threshold: number | null): Evaluation {
  if (achieved) return ACHIEVED;
  const kept = threshold !== null && degree < threshold ? 0 : degree;
  return kept === 0 ? MISSED : { measured: true, achieved, degree: kept };
}

/** Tolerance for floating-point noise of weighted means sitting on a cut-off (0.9999999999999999 is 1). */
const CUTOFF_TOLERANCE = 1e-9;

function checkCutoffs(cutoffs: StatusCutoffs): void {
  const { achievedFrom, partialFrom } = cutoffs;
  const valid = Number.isFinite(achievedFrom) && Number.isFinite(partialFrom) && partialFrom >= 0 && achievedFrom <= 1 && partialFrom <= achievedFrom;
  if (!valid) {
    throw new InputError('invalid-cutoffs', msg('evaluation.invalidCutoffs', { achievedFrom, partialFrom }), `${achievedFrom} / ${partialFrom}`);
  }
}

/** The status a degree earns: null -> Non valutabile; >= achievedFrom Raggiunto; >= partialFrom Parzialmente raggiunto. */
export function statusOf(degree: number | null, cutoffs: StatusCutoffs = DEFAULT_CUTOFFS): Status {
  checkCutoffs(cutoffs);
  if (degree === null || degree === undefined || Number.isNaN(degree)) return 'Non valutabile';
  if (degree >= cutoffs.achievedFrom - CUTOFF_TOLERANCE) return 'Raggiunto';
  if (degree >= cutoffs.partialFrom - CUTOFF_TOLERANCE) return 'Parzialmente raggiunto';
  return 'Non raggiunto';
}
