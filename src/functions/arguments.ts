// Reading the arguments of PERF.* functions as Excel passes them: error propagation, blanks, Italian text, ranges.
import { CoreError, InputError } from '../core/errors';
import { msg, renderMessage, type Message } from '../core/messages';
import { isNotMeasured, ParseError, parseValue, type Value } from '../core/parse';
import { isSpreadsheetError, perfError, type PerfErrorCode } from './errors';
import { messageLanguage } from './language';
import type { ArgumentName } from './messages';

/** Throws the error value `code` with `message` in the user's language. */
export function fail(code: PerfErrorCode, message: Message): never {
  throw perfError(code, renderMessage(message, messageLanguage()));
}

/** An Excel error in an input propagates unchanged, as in any built-in function. */
export function propagateError(value: unknown): void {
  if (isSpreadsheetError(value)) throw value;
}

/** Blank as Excel passes it: nothing, null, or text made only of spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Blank or a "no result yet" marker (`n.v.`, `n.d.`, `-`): left out of means, never read as 0. */
function isNotEvaluable(value: unknown): boolean {
  return isBlank(value) || (typeof value === 'string' && isNotMeasured(value));
}

/** What `arg` should have been, for the error: a number or a date. */
type Refusal = 'functions.notANumber' | 'functions.notADate';

/** The refusal of `value` for `arg`, quoting the value as typed and, when core said why, its reason. */
function refused(refusal: Refusal, arg: ArgumentName, value: unknown, reason: Message | null = null): Message {
  const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  return msg(refusal, { argument: arg, value: shown, reason });
}

/** A cell's number as it is, a text as core parses it, null when blank; anything else fails with `refusal`. */
function numberOrParsed(value: unknown, arg: ArgumentName, refusal: Refusal): number | Value | null {
  propagateError(value);
  if (isBlank(value)) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('#NUM!', refused(refusal, arg, value));
    return value;
  }
  if (typeof value !== 'string') fail('#VALUE!', refused(refusal, arg, value));
  try {
    return parseValue(value);
  } catch (error) {
    if (error instanceof ParseError) fail('#VALUE!', refused(refusal, arg, value, error.reason));
    throw error;
  }
}

/** A number as typed: 49,96 / "49,96" / "1.134" / "80%" (0,8) / "112/112" (1). Null when blank. */
export function readNumber(value: unknown, arg: ArgumentName): number | null {
  const read = numberOrParsed(value, arg, 'functions.notANumber');
  if (read === null || typeof read === 'number') return read;
  if (read.kind === 'number' || read.kind === 'ratio') return read.value;
  return fail('#VALUE!', refused('functions.notANumber', arg, value));
}

/** A number that cannot be negative (amounts, weights); null when blank. */
export function readNonNegative(value: unknown, arg: ArgumentName): number | null {
  const number = readNumber(value, arg);
  if (number !== null && number < 0) fail('#VALUE!', msg('functions.negative', { argument: arg, value: number }));
  return number;
}

// Rounding noise such as 1.0000000000000002 from a formula still counts as 1.
const DEGREE_TOLERANCE = 1e-9;

/** A degree of achievement 0..1 (80% or 0,8); null when blank or "n.v.". 80 is refused, never clamped to 100%. */
export function readDegree(value: unknown, arg: ArgumentName): number | null {
  propagateError(value);
  if (isNotEvaluable(value)) return null;
  const degree = readNumber(value, arg);
  if (degree === null) return null;
  if (degree < -DEGREE_TOLERANCE || degree > 1 + DEGREE_TOLERANCE) fail('#VALUE!', msg('functions.degreeOutOfRange', { argument: arg, value: degree }));
  return Math.min(1, Math.max(0, degree));
}

/** A date as an Excel serial: a date cell (a number), or text "31/07/2022" / "2022-07-31". Null when blank. */
export function readDate(value: unknown, arg: ArgumentName): number | null {
  const read = numberOrParsed(value, arg, 'functions.notADate');
  if (read === null || typeof read === 'number') return read;
  if (read.kind === 'date') return read.serial;
  if (read.kind === 'number' && !read.percent) return read.value;
  return fail('#VALUE!', refused('functions.notADate', arg, value));
}

/**
 * A target cell's content as text; a number in the cell is a bare value ("at least"), written the Italian way.
 * The parameter is `any`, not `string`: Excel would turn 1.125 into "1.125", which Italian text reads as 1125.
 */
export function readTargetText(value: unknown): string {
  propagateError(value);
  if (isBlank(value)) fail('#VALUE!', msg('functions.emptyTarget'));
  // "3,196" and not "3.196": the core reads a dot followed by three digits as a thousands separator.
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'SI' : 'NO';
  return String(value);
}

/** A range argument as rows of cells; a single value (typed in the formula) is a 1×1 range. */
export function toMatrix(value: unknown): readonly (readonly unknown[])[] {
  if (Array.isArray(value)) return value.map((row) => (Array.isArray(row) ? row : [row]));
  return [[value]];
}

export interface MatrixShape {
  rows: number;
  columns: number;
}

export function shapeOf(matrix: readonly (readonly unknown[])[]): MatrixShape {
  return { rows: matrix.length, columns: matrix.reduce((widest, row) => Math.max(widest, row.length), 0) };
}

/** Ranges that pair cell by cell must have the same shape, as in SUMPRODUCT. */
export function requireSameShape(
  a: readonly (readonly unknown[])[],
  aName: ArgumentName,
  b: readonly (readonly unknown[])[],
  bName: ArgumentName,
): void {
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa.rows !== sb.rows || sa.columns !== sb.columns) {
    const reason = { first: aName, firstRows: sa.rows, firstColumns: sa.columns, second: bName, secondRows: sb.rows, secondColumns: sb.columns };
    fail('#VALUE!', msg('functions.shapeMismatch', reason));
  }
}

/** One cell of a range with its 1-based position, read row by row. */
export interface RangeCell {
  row: number;
  column: number;
  value: unknown;
}

export function cellsOf(matrix: readonly (readonly unknown[])[]): RangeCell[] {
  const cells: RangeCell[] = [];
  matrix.forEach((row, r) => row.forEach((value, c) => cells.push({ row: r + 1, column: c + 1, value })));
  return cells;
}

/** Runs a core computation, turning the core's typed errors into error values with the core's own message. */
export function withCoreErrors<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isSpreadsheetError(error)) throw error;
    if (error instanceof InputError && error.code === 'zero-total') fail('#DIV/0!', error.reason);
    if (error instanceof CoreError) fail('#VALUE!', error.reason);
    throw error; // a bug, not an input: let the host report it
  }
}
