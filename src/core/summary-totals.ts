// The summary's headline figures from the objective cells it links to, by the summary sheet's own rules: a blank
// weight counts 1, text counts nowhere, "Non valutabile" objectives leave the overall degree, errors propagate.
// Computing them here (instead of reading the summary back) gives the same numbers without waiting for Excel.
import { statusOf } from './evaluate';
import { fundShare } from './fund';
import type { Status, StatusCutoffs } from './model';
import type { PayoutRule } from './payout';
import { isNotMeasured, ParseError, parseValue } from './parse';

/** A computed cell as a spreadsheet reports it: number, text, boolean, errors as "#VALUE!"-like text; null = blank. */
export type SheetValue = number | string | boolean | null;

/** One objective as the summary links to it: the cells of its sheet, as computed (null where truly blank). */
export interface SummaryRowCells {
  weight: SheetValue;
  allocated: SheetValue;
  finalDegree: SheetValue;
  status: SheetValue;
  payable: SheetValue;
  /** The verdict the report states, where the status formula may take it (nothing measurable, not neutralised). */
  stated?: Status | null;
}

/** What the amounts show where nothing is allocated, as the report prints it. */
export const NOTHING_FIGURE = '—';

/** The settings the objective and summary formulas read through named cells. */
export interface SummaryRules {
  cutoffs: StatusCutoffs;
  /** What each final degree earns of the allocated amount. */
  payout: PayoutRule;
  /** Fund total; null = the sum of the allocated amounts. */
  fundTotal: number | null;
}

/** A figure: its number, or the error text the summary cell shows. */
export type Figure = number | string;

export interface SummaryTotals {
  /** Weighted mean of the final degrees of the objectives not "Non valutabile"; "n.v." when none weighs. */
  overallDegree: Figure;
  counts: Record<Status, number>;
  fundTotal: Figure;
  allocated: Figure;
  payable: Figure;
  /** Fund total minus payable: what returns to the budget. */
  remainder: Figure;
  /** Allocated to objectives that are "Non valutabile". */
  notEvaluableAmount: Figure;
}

/** "n.v." (non valutabile): what the sheets show where there is nothing to evaluate (an overall degree, an indicator left out of the score). */
export const NOT_EVALUABLE_FIGURE = 'n.v.';
const NOT_EVALUABLE_STATUS: Status = 'Non valutabile';
const STATUSES: ReadonlyArray<Status> = ['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile'];

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|FIELD!|LIC!|CYCLE!|ERROR!)/;

/** True for a spreadsheet error value ("#VALUE!", "#N/A", "#BUSY!", ...). */
export function isSheetError(value: SheetValue | undefined): boolean {
  return typeof value === 'string' && ERROR_TEXT.test(value);
}

/** Text criteria match as in COUNTIF/SUMIFS: the same text ignoring case. */
function sameText(value: SheetValue, text: string): boolean {
  return typeof value === 'string' && value.toLowerCase() === text.toLowerCase();
}

/** SUM over a range: numbers add, text and booleans are skipped, the first error wins. */
function sum(values: ReadonlyArray<SheetValue>): Figure {
  let total = 0;
  for (const value of values) {
    if (isSheetError(value)) return value as string;
    if (typeof value === 'number') total += value;
  }
  return total;
}

/** SUMIFS with one criterion: the rows `matches` picks add up as SUM does. */
function sumIf(values: ReadonlyArray<SheetValue>, criteria: ReadonlyArray<SheetValue>, matches: (value: SheetValue) => boolean): Figure {
  return sum(values.filter((_, index) => matches(criteria[index])));
}

/** SUMPRODUCT of two ranges: anything not a number counts 0, any error wins. */
function sumProduct(a: ReadonlyArray<SheetValue>, b: ReadonlyArray<SheetValue>): Figure {
  let total = 0;
  for (let index = 0; index < a.length; index++) {
    for (const value of [a[index], b[index]]) if (isSheetError(value)) return value as string;
    const left = a[index];
    const right = b[index];
    if (typeof left === 'number' && typeof right === 'number') total += left * right;
  }
  return total;
}

/** A plain link shows 0 for a blank source cell. */
function linked(value: SheetValue): SheetValue {
  return value === null ? 0 : value;
}

/** Totals as the summary sheet's formulas compute them from its rows. */
export function summaryTotals(rows: ReadonlyArray<SummaryRowCells>, rules: SummaryRules): SummaryTotals {
  // The row cells: weight is IF(ISBLANK(w),1,w); the amount shows "" when blank; the rest are plain links.
  const weights = rows.map((row) => (row.weight === null ? 1 : row.weight));
  const degrees = rows.map((row) => linked(row.finalDegree));
  const statuses = rows.map((row) => linked(row.status));
  const allocatedColumn = rows.map((row) => (row.allocated === null ? '' : row.allocated));
  const payableColumn = rows.map((row) => linked(row.payable));

  const evaluatedWeight = sumIf(weights, statuses, (status) => !sameText(status, NOT_EVALUABLE_STATUS));
  let overallDegree: Figure;
  if (typeof evaluatedWeight === 'string') overallDegree = evaluatedWeight;
  else if (evaluatedWeight === 0) overallDegree = NOT_EVALUABLE_FIGURE;
  else {
    const weighted = sumProduct(weights, degrees);
    overallDegree = typeof weighted === 'string' ? weighted : weighted / evaluatedWeight;
  }

  const counts = {} as Record<Status, number>;
  for (const status of STATUSES) counts[status] = statuses.filter((value) => sameText(value, status)).length;

  const allocated = sum(allocatedColumn);
  const payable = sum(payableColumn);
  const fundTotal = rules.fundTotal !== null && Number.isFinite(rules.fundTotal) ? rules.fundTotal : allocated;
  const remainder = typeof fundTotal === 'string' ? fundTotal : typeof payable === 'string' ? payable : fundTotal - payable;
  const notEvaluableAmount = sumIf(allocatedColumn, statuses, (status) => sameText(status, NOT_EVALUABLE_STATUS));
  return { overallDegree, counts, fundTotal, allocated, payable, remainder, notEvaluableAmount };
}

// Rounding noise such as 1.0000000000000002 from a formula still counts as 1 (as PERF.* read degrees).
const DEGREE_TOLERANCE = 1e-9;
const INVALID = '#VALUE!';

/** A number as the PERF functions read an argument ("49,96", "80%", "112/112"); null when blank; else an error. */
function argumentNumber(value: SheetValue): number | null | string {
  if (isSheetError(value)) return value as string;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
  if (typeof value !== 'string') return INVALID;
  try {
    const parsed = parseValue(value);
    if (parsed === null) return null;
    return parsed.kind === 'number' || parsed.kind === 'ratio' ? parsed.value : INVALID;
  } catch (error) {
    if (error instanceof ParseError) return INVALID;
    throw error;
  }
}

/** A degree 0..1 as PERF.STATUS and PERF.FUNDSHARE read it; null for blank or "n.v."; else an error. */
function argumentDegree(value: SheetValue): number | null | string {
  if (isSheetError(value)) return value as string;
  if (typeof value === 'string' && isNotMeasured(value)) return null;
  const degree = argumentNumber(value);
  if (typeof degree !== 'number') return degree;
  if (degree < -DEGREE_TOLERANCE || degree > 1 + DEGREE_TOLERANCE) return INVALID;
  return Math.min(1, Math.max(0, degree));
}

/** The objective's status cell under `cutoffs`: PERF.STATUS of its final degree, or the stated verdict where nothing is measurable. */
function statusUnder(finalDegree: SheetValue, cutoffs: StatusCutoffs, stated: Status | null): SheetValue {
  if (stated && stated !== NOT_EVALUABLE_STATUS && typeof finalDegree !== 'number' && !isSheetError(finalDegree)) return stated;
  const degree = argumentDegree(finalDegree);
  if (typeof degree === 'string') return degree;
  return statusOf(degree, cutoffs);
}

/** The objective's payable cell under the payout rule: "—" with nothing allocated, 0 for "n.v.", errors kept, else PERF.FUNDSHARE. */
function payableUnder(allocated: SheetValue, finalDegree: SheetValue, payout: PayoutRule): SheetValue {
  if (allocated === null || allocated === '') return NOTHING_FIGURE;
  if (isSheetError(finalDegree)) return finalDegree;
  if (typeof finalDegree !== 'number') return 0;
  const amount = argumentNumber(allocated);
  if (typeof amount === 'string') return amount;
  if (amount === null) return '#N/A';
  if (amount < 0) return INVALID;
  const degree = argumentDegree(finalDegree);
  if (typeof degree === 'string') return degree;
  if (degree === null) return '#N/A';
  return fundShare(amount, degree, payout);
}

/**
 * A row as it will read once the objective sheets recompute under other rules (cut-offs or payout rule changed in
 * the same operation): status and payable follow the final degree, which does not depend on them.
 */
export function restatedRow(row: SummaryRowCells, rules: Pick<SummaryRules, 'cutoffs' | 'payout'>): SummaryRowCells {
  return {
    ...row,
    status: statusUnder(row.finalDegree, rules.cutoffs, row.stated ?? null),
    payable: payableUnder(row.allocated, row.finalDegree, rules.payout),
  };
}
