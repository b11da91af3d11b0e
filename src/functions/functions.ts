// PERF.* custom functions: thin JSDoc wrappers over src/core; every decision lives in core.
// Importable in plain Node: nothing here touches an Office global (errors go through ./errors).
// Parameters are `any`: custom-functions-metadata maps only `any` (not `unknown`) to Excel's type any, and the
// argument readers below check every value anyway.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { DEFAULT_CUTOFFS, type StatusCutoffs } from '../core/model';
import { evaluateIndicator, statusOf } from '../core/evaluate';
import { objectiveScore as weightedScore } from '../core/aggregate';
import { fundShare as payableShare } from '../core/fund';
import { payoutKindOf, type PayoutBand, type PayoutKind, type PayoutRule } from '../core/payout';
import { averageDays as meanDays, paymentDelay as timelinessIndicator } from '../core/payments';
import { canonicalTarget, parseTarget } from '../core/target';
import { TREND_WORDS, trendOf } from '../core/trend';
import { FORECAST_WORDS, forecastOf } from '../core/forecast';
import {
  cellsOf,
  fail,
  isBlank,
  propagateError,
  readDate,
  readDegree,
  readNonNegative,
  readNumber,
  readTargetText,
  requireSameShape,
  shapeOf,
  toMatrix,
  withCoreErrors,
} from './arguments';
import { msg } from '../core/messages';
import { argument, atCell, type ArgumentName } from './messages';

const missing = (arg: ArgumentName) => msg('functions.missing', { argument: arg });

/** Days of tolerance on a deadline; blank = none. */
const readTolerance = (value: unknown): number | null => readNonNegative(value, argument('deadlineTolerance'));

/**
 * Tells whether an indicator's result reaches its target.
 * @customfunction ACHIEVED
 * @param {any} actual Result as measured: a number, a date, TRUE/FALSE or text as typed, e.g. 49,96 or "112/112" or "SI".
 * @param {any} target Target as written in the plan, e.g. "< 75 gg", ">= 8", "100%", "entro 31/07/2022", "SI"; a number means "at least".
 * @param {any} [deadlineTolerance] Days after a deadline within which completing still counts as met, e.g. 5; blank = 0.
 * @returns {boolean} TRUE when the result reaches the target, FALSE otherwise.
 */
export function achieved(actual: any, target: any, deadlineTolerance?: any): boolean {
  const targetText = readTargetText(target);
  const toleranceValue = readTolerance(deadlineTolerance);
  propagateError(actual);
  if (isBlank(actual)) fail('#N/A', msg('functions.notMeasured'));
  const evaluation = withCoreErrors(() => evaluateIndicator(actual, targetText, { deadlineToleranceDays: toleranceValue }));
  if (!evaluation.measured) fail('#N/A', msg('functions.notMeasured'));
  return evaluation.achieved === true;
}

/**
 * Degree of achievement of an indicator, from 0 to 1: 1 when the target is reached, a share of it otherwise.
 * @customfunction ACHIEVEMENT
 * @param {any} actual Result as measured, e.g. 53,1 or "1.134" or "39 / 45".
 * @param {any} target Target as written in the plan, e.g. "< 60 gg" or ">= 700"; a number means "at least".
 * @param {any} [baseline] Starting value the progress is measured from, e.g. 120 (days at the start of the year).
 * @param {any} [threshold] Minimum degree (0-1) under which the degree counts as 0, e.g. 50%.
 * @param {any} [deadlineTolerance] Days after a deadline within which completing still counts as met, e.g. 5; blank = 0.
 * @returns {number} The degree of achievement, from 0 to 1.
 */
export function achievement(actual: any, target: any, baseline?: any, threshold?: any, deadlineTolerance?: any): number {
  const targetText = readTargetText(target);
  const baselineValue = readNumber(baseline, argument('baseline'));
  const thresholdValue = readDegree(threshold, argument('threshold'));
  const toleranceValue = readTolerance(deadlineTolerance);
  propagateError(actual);
  if (isBlank(actual)) fail('#N/A', msg('functions.notMeasured'));
  const evaluation = withCoreErrors(() =>
    evaluateIndicator(actual, targetText, { baseline: baselineValue, threshold: thresholdValue, deadlineToleranceDays: toleranceValue }),
  );
  if (!evaluation.measured || evaluation.degree === null) fail('#N/A', msg('functions.notMeasured'));
  return evaluation.degree;
}

/**
 * Score of an objective: the weighted mean of its indicators' degrees; blanks and "n.v." are left out.
 * @customfunction OBJECTIVESCORE
 * @param {any[][]} degrees Degrees of achievement of the indicators, e.g. D2:D4 holding 100%, 80%, n.v.
 * @param {any[][]} [weights] Weights of the indicators, same size as degrees, e.g. E2:E4 holding 2, 1, 1; blank = 1.
 * @returns {number} The objective's score, from 0 to 1.
 */
export function objectiveScore(degrees: any[][], weights?: any[][]): number {
  const degreeCells = toMatrix(degrees);
  const singleColumn = shapeOf(degreeCells).columns === 1;
  const degreeValues = cellsOf(degreeCells).map((cell) =>
    readDegree(cell.value, atCell(argument('degree'), cell.row, cell.column, singleColumn)),
  );
  let weightValues: (number | null)[] | undefined;
  if (!isBlank(weights)) {
    const weightCells = toMatrix(weights);
    requireSameShape(degreeCells, argument('degrees'), weightCells, argument('weights'));
    weightValues = cellsOf(weightCells).map((cell) =>
      readNonNegative(cell.value, atCell(argument('weight'), cell.row, cell.column, singleColumn)),
    );
  }
  if (degreeValues.every((degree) => degree === null)) fail('#N/A', msg('functions.noDegrees'));
  const score = withCoreErrors(() => weightedScore(degreeValues, weightValues));
  // Core gives null when the evaluable degrees all weigh 0: a mean over nothing.
  if (score === null) fail('#DIV/0!', msg('functions.weightsAllZero'));
  return score;
}

/**
 * Outcome in the report's words: Raggiunto, Parzialmente raggiunto, Non raggiunto or Non valutabile.
 * @customfunction STATUS
 * @param {any} degree Degree of achievement from 0 to 1, e.g. 85%; blank or "n.v." gives Non valutabile.
 * @param {any} [achievedFrom] Degree from which the outcome is Raggiunto, e.g. 100% (the default).
 * @param {any} [partialFrom] Degree from which the outcome is Parzialmente raggiunto, e.g. 50% (the default).
 * @returns {string} Raggiunto, Parzialmente raggiunto, Non raggiunto or Non valutabile.
 */
export function status(degree: any, achievedFrom?: any, partialFrom?: any): string {
  const achievedCutoff = readDegree(achievedFrom, argument('achievedFrom')) ?? DEFAULT_CUTOFFS.achievedFrom;
  const partialCutoff = readDegree(partialFrom, argument('partialFrom')) ?? Math.min(DEFAULT_CUTOFFS.partialFrom, achievedCutoff);
  const cutoffs: StatusCutoffs = { achievedFrom: achievedCutoff, partialFrom: partialCutoff };
  const degreeValue = readDegree(degree, argument('degree'));
  return withCoreErrors(() => statusOf(degreeValue, cutoffs));
}

/** The payout rule's kind from its word ("proportional", "fasce", ...); blank = proportional. */
function readPayoutKind(value: unknown): PayoutKind {
  propagateError(value);
  if (isBlank(value)) return 'proportional';
  const kind = typeof value === 'string' ? payoutKindOf(value) : null;
  return kind ?? fail('#VALUE!', msg('rules.unknownPayoutKind', { value: String(value) }));
}

/** Bands as two columns, the degree from which each pays and the share it pays; blank rows are left out. */
function readBands(value: unknown): PayoutBand[] {
  if (isBlank(value)) return [];
  const cells = toMatrix(value);
  return cells.flatMap((row, index) => {
    const [from, share] = [row[0], row[1]].map((cell) => propagatedOrBlank(cell));
    if (from === null && share === null) return [];
    const at = (name: ArgumentName) => atCell(name, index + 1, 1, true);
    const fromValue = readDegree(from, at(argument('bandFrom'))) ?? fail('#VALUE!', missing(at(argument('bandFrom'))));
    const shareValue = readDegree(share, at(argument('bandShare'))) ?? fail('#VALUE!', missing(at(argument('bandShare'))));
    return [{ from: fromValue, share: shareValue }];
  });
}

/** A cell of a range as read: an error propagates, blank is null. */
function propagatedOrBlank(cell: unknown): unknown {
  propagateError(cell);
  return isBlank(cell) ? null : cell;
}

/**
 * Payable share of the fund for an objective: amount × the share its final degree earns under the payout rule.
 * @customfunction FUNDSHARE
 * @param {any} amount Amount allocated to the objective in euro, e.g. 12500 or "12.500,00 €".
 * @param {any} degree Final degree of achievement of the objective, from 0 to 1, e.g. 90%.
 * @param {any} [threshold] Degree from which "proportional" and "all-or-nothing" pay, e.g. 60%; blank = 0.
 * @param {any} [rule] "proportional" (amount × degree, the default), "all-or-nothing" (the whole amount) or "bands"; Italian words too, e.g. "fasce".
 * @param {any[][]} [bands] For "bands": two columns, the degree from which a band pays and the share it pays, e.g. 95% 100% and 80% 80%.
 * @returns {number} The payable amount in euro (not rounded).
 */
export function fundShare(amount: any, degree: any, threshold?: any, rule?: any, bands?: any[][]): number {
  const amountValue = readNonNegative(amount, argument('amount'));
  if (amountValue === null) fail('#N/A', missing(argument('amount')));
  const degreeValue = readDegree(degree, argument('degree'));
  if (degreeValue === null) fail('#N/A', missing(argument('degree')));
  const thresholdValue = readDegree(threshold, argument('threshold'));
  const payout: PayoutRule = { kind: readPayoutKind(rule), from: thresholdValue ?? 0, bands: readBands(bands) };
  return withCoreErrors(() => payableShare(amountValue, degreeValue, payout));
}

/**
 * Payment timeliness indicator (ITP, DPCM 22/9/2014 art. 9): days of delay weighted by amount; negative = paid early.
 * Rows with no payment date (invoices not yet paid) are left out.
 * @customfunction PAYMENTDELAY
 * @param {any[][]} paymentDates Payment dates of the invoices, e.g. C2:C11 holding 15/03/2022 ...
 * @param {any[][]} dueDates Due dates of the same invoices, same size, e.g. B2:B11 holding 30/03/2022 ...
 * @param {any[][]} amounts Amounts paid in euro, same size, e.g. D2:D11 holding 1.200,00 ...
 * @returns {number} The ITP in days.
 */
export function paymentDelay(paymentDates: any[][], dueDates: any[][], amounts: any[][]): number {
  const paymentCells = toMatrix(paymentDates);
  const dueCells = toMatrix(dueDates);
  const amountCells = toMatrix(amounts);
  requireSameShape(paymentCells, argument('paymentDates'), dueCells, argument('dueDates'));
  requireSameShape(paymentCells, argument('paymentDates'), amountCells, argument('amounts'));
  const singleColumn = shapeOf(paymentCells).columns === 1;
  const paid: number[] = [];
  const due: number[] = [];
  const paidAmounts: number[] = [];
  for (const cell of cellsOf(paymentCells)) {
    const dueValue = dueCells[cell.row - 1][cell.column - 1];
    const amountValue = amountCells[cell.row - 1][cell.column - 1];
    const at = (arg: ArgumentName) => atCell(arg, cell.row, cell.column, singleColumn);
    const paymentSerial = readDate(cell.value, at(argument('paymentDate')));
    const dueSerial = readDate(dueValue, at(argument('dueDate')));
    const amount = readNumber(amountValue, at(argument('amount')));
    if (paymentSerial === null) continue; // not paid yet: outside the ITP
    if (dueSerial === null) fail('#VALUE!', missing(at(argument('dueDate'))));
    if (amount === null) fail('#VALUE!', missing(at(argument('amount'))));
    paid.push(paymentSerial);
    due.push(dueSerial);
    paidAmounts.push(amount);
  }
  if (paid.length === 0) fail('#N/A', msg('functions.noPaidInvoices'));
  return withCoreErrors(() => timelinessIndicator(paid, due, paidAmounts));
}

/**
 * Mean number of days between two dates, pair by pair (e.g. receipt to regularisation); pairs still open are left out.
 * @customfunction AVERAGEDAYS
 * @param {any[][]} fromDates Start dates, e.g. B2:B20 holding 10/01/2022 ...
 * @param {any[][]} toDates End dates, same size, e.g. C2:C20 holding 25/01/2022 ...; a blank end date leaves the pair out.
 * @returns {number} The mean number of days.
 */
export function averageDays(fromDates: any[][], toDates: any[][]): number {
  const fromCells = toMatrix(fromDates);
  const toCells = toMatrix(toDates);
  requireSameShape(fromCells, argument('fromDates'), toCells, argument('toDates'));
  const singleColumn = shapeOf(fromCells).columns === 1;
  const from: number[] = [];
  const to: number[] = [];
  for (const cell of cellsOf(fromCells)) {
    const at = (arg: ArgumentName) => atCell(arg, cell.row, cell.column, singleColumn);
    const fromSerial = readDate(cell.value, at(argument('fromDate')));
    const toSerial = readDate(toCells[cell.row - 1][cell.column - 1], at(argument('toDate')));
    if (toSerial === null) continue; // still open: no duration yet
    if (fromSerial === null) fail('#VALUE!', missing(at(argument('fromDate'))));
    from.push(fromSerial);
    to.push(toSerial);
  }
  if (from.length === 0) fail('#N/A', msg('functions.noClosedPairs'));
  return withCoreErrors(() => meanDays(from, to));
}

/**
 * A target rewritten in its canonical form, to check how a typed target is read, e.g. "<= 0 gg" gives "≤ 0 gg".
 * @customfunction TARGET
 * @param {any} text Target as written, e.g. ">= 8", "entro il 31/7/2022", "attivazione".
 * @returns {string} The canonical target, e.g. "≥ 8", "entro 31/07/2022", "SI".
 */
export function target(text: any): string {
  const targetText = readTargetText(text);
  return withCoreErrors(() => canonicalTarget(parseTarget(targetText)));
}

/**
 * This year's result against last year's value, in the target's direction: Migliore, Invariato or Peggiore.
 * @customfunction YEARTREND
 * @param {any} previous Last year's value, e.g. 80 or "31/10/2021".
 * @param {any} actual This year's result, e.g. 49,96.
 * @param {any} target Target as written in the plan, e.g. "< 75 gg" (lower is better) or ">= 700".
 * @returns {string} Migliore, Invariato or Peggiore; blank while either value is missing.
 */
export function yearTrend(previous: any, actual: any, target: any): string {
  const targetText = readTargetText(target);
  propagateError(previous);
  propagateError(actual);
  const result = withCoreErrors(() => trendOf(isBlank(previous) ? null : previous, isBlank(actual) ? null : actual, targetText));
  return result === null ? '' : TREND_WORDS[result];
}

/**
 * Forecast of an indicator from a value monitored during the year: In linea, A rischio or Non raggiungibile, by the
 * final verdict's rules; a count due by year end is compared with its share due by the monitoring date.
 * @customfunction MONITORSTATUS
 * @param {any} value Value measured at the monitoring date, e.g. 2 (events so far) or 70 (days on average).
 * @param {any} target Target as written in the plan, e.g. ">= 8" or "< 60 gg".
 * @param {any} monitoringDate Date of the monitoring, e.g. 30/06/2023.
 * @param {any} [achievedFrom] Degree from which the outcome is Raggiunto, e.g. 100% (the default).
 * @param {any} [partialFrom] Degree from which the outcome is Parzialmente raggiunto, e.g. 50% (the default).
 * @param {any} [deadlineTolerance] Days after a deadline within which completing still counts as met, e.g. 5; blank = 0.
 * @returns {string} In linea, A rischio or Non raggiungibile; blank while no value is monitored.
 */
export function monitorStatus(value: any, target: any, monitoringDate: any, achievedFrom?: any, partialFrom?: any, deadlineTolerance?: any): string {
  const targetText = readTargetText(target);
  const date = readDate(monitoringDate, argument('monitoringDate')) ?? fail('#VALUE!', missing(argument('monitoringDate')));
  const achievedCutoff = readDegree(achievedFrom, argument('achievedFrom')) ?? DEFAULT_CUTOFFS.achievedFrom;
  const partialCutoff = readDegree(partialFrom, argument('partialFrom')) ?? Math.min(DEFAULT_CUTOFFS.partialFrom, achievedCutoff);
  const toleranceValue = readTolerance(deadlineTolerance);
  propagateError(value);
  if (isBlank(value)) return '';
  const result = withCoreErrors(() => forecastOf(value, targetText, date, { cutoffs: { achievedFrom: achievedCutoff, partialFrom: partialCutoff }, deadlineToleranceDays: toleranceValue }));
  return result === null ? '' : FORECAST_WORDS[result];
}
