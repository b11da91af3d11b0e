// Values as analysts write them in a "Risultato" cell: numbers, percentages, ratios, dates, yes/no.
import type { CellInput } from './model';
import { parseDateText } from './date-text';
import { fastValue } from './fast-value';
import { msg, type ParamsOf } from './messages';
import { parseDecimalText } from './number-text';
import { ParseError } from './parse-error';
import { normaliseSpacing, splitUnit, stripFootnoteMarks } from './text-normalise';

export { ParseError } from './parse-error';
export type { ParseErrorCode } from './parse-error';
export { toExcelSerial, fromExcelSerial, formatDateIt, MAX_EXCEL_SERIAL } from './excel-date';
export type { CalendarDate } from './excel-date';

/** A parsed value. Percentages are fractions (`99,46%` -> 0.9946, percent: true); a ratio's value is numerator/denominator. */
export type Value =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'ratio'; numerator: number; denominator: number; value: number }
  | { kind: 'date'; serial: number }
  | { kind: 'boolean'; value: boolean };

const YES_WORDS: ReadonlySet<string> = new Set(['si', 'sì', 'sí', 'yes', 'true', 'vero']);
const NO_WORDS: ReadonlySet<string> = new Set(['no', 'false', 'falso']);

/** Words analysts put in a result cell to say there is no result yet: they read as blank, never as 0. */
const NOT_MEASURED_WORDS: ReadonlySet<string> = new Set([
  'n.v.', 'n.v', 'nv', 'n.d.', 'n.d', 'nd', 'n/d', 'n/a', 'n.a.', 'na', '-', '–', '—',
  'non valutabile', 'non disponibile', 'non rilevato', 'not available',
]);

const NUMBER_LIKE = /^[-+]?(?:[\d.,' ]+|[\d.,]+[eE][-+]?\d+)$/;

/** Yes/no words (`SI`, `sì`, `yes`, `VERO`, `NO`, `FALSE`...) as a boolean, or undefined for any other text. */
export function booleanWord(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  if (YES_WORDS.has(lower)) return true;
  if (NO_WORDS.has(lower)) return false;
  return undefined;
}

/** True for blank input and for the "no result yet" markers (`n.v.`, `n.d.`, `-`). */
export function isNotMeasured(input: CellInput): boolean {
  if (input === null || input === undefined) return true;
  if (typeof input !== 'string') return false;
  const text = normaliseSpacing(input).toLowerCase();
  return text === '' || NOT_MEASURED_WORDS.has(text);
}

function unrecognised(input: string): ParseError {
  return new ParseError('unrecognised-value', msg('parse.unrecognised', { text: input }), input);
}

type Whole = ParamsOf<'parse.inWhole'>['part'];

/** A number inside a larger text (a ratio's part, a percentage's points); errors quote the part and name the whole. */
function numberIn(part: string, whole: string, kind: Whole): number {
  return Number(decimalIn(part, whole, kind)) || 0;
}

/** As numberIn, but the exact decimal string. */
function decimalIn(part: string, whole: string, kind: Whole): string {
  if (!NUMBER_LIKE.test(part)) throw unrecognised(whole);
  try {
    return parseDecimalText(part, part);
  } catch (error) {
    if (error instanceof ParseError && part !== whole) {
      throw new ParseError(error.code, msg('parse.inWhole', { reason: error.reason, whole, part: kind }), whole);
    }
    throw error;
  }
}

function parseRatio(numeratorText: string, denominatorText: string, raw: string): Value {
  if (numeratorText.includes('%') || denominatorText.includes('%')) {
    throw new ParseError('invalid-ratio', msg('parse.ratioOfPercentages', { text: raw }), raw);
  }
  const numerator = numberIn(splitUnit(numeratorText.trim()).text, raw, 'ratio');
  const denominator = numberIn(splitUnit(denominatorText.trim()).text, raw, 'ratio');
  if (denominator === 0) {
    throw new ParseError('zero-denominator', msg('parse.zeroDenominator', { text: raw }), raw);
  }
  return { kind: 'ratio', numerator, denominator, value: numerator / denominator };
}

/** The full grammar for a text cell, without the shortcuts of fast-value.ts (exported to check they agree). */
export function parseValueText(raw: string): Value | null {
  const spaced = normaliseSpacing(raw);
  if (spaced === '') return null;
  const text = stripFootnoteMarks(spaced);
  if (text === '') throw unrecognised(raw);
  const lower = text.toLowerCase();
  if (NOT_MEASURED_WORDS.has(lower)) return null;
  const yesNo = booleanWord(lower);
  if (yesNo !== undefined) return { kind: 'boolean', value: yesNo };

  const body = splitUnit(text, { freeWord: true }).text;
  const serial = parseDateText(body);
  if (serial !== null) return { kind: 'date', serial };

  const slash = body.indexOf('/');
  if (slash >= 0) {
    if (body.indexOf('/', slash + 1) >= 0) throw unrecognised(raw);
    return parseRatio(body.slice(0, slash), body.slice(slash + 1), raw);
  }
  if (body.endsWith('%')) {
    // Shifting the written digits, not a double, makes `99,46%` exactly the double nearest to 0.9946.
    const points = decimalIn(body.slice(0, -1).trim(), raw, 'percentage');
    return { kind: 'number', value: Number(`${points}e-2`) || 0, percent: true };
  }
  return { kind: 'number', value: numberIn(body, raw, 'number'), percent: false };
}

/**
 * A cell's content as a Value, or null when blank (undefined, null, "", spaces, `n.v.`, `n.d.`, `-`).
 * Numbers and booleans pass through; text is read Italian first (see parseNumberText), units and footnote marks ignored.
 * Throws ParseError naming the text when it is ambiguous or not a value.
 */
export function parseValue(input: CellInput): Value | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      throw new ParseError('invalid-number', msg('parse.notFinite', { value: String(input) }), String(input));
    }
    return { kind: 'number', value: input || 0, percent: false };
  }
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  if (typeof input !== 'string') throw unrecognised(String(input));
  return fastValue(input) ?? cachedValueText(input);
}

const MAX_CACHED_TEXTS = 10_000;
const parsedTexts = new Map<string, Value | null>();
const failedTexts = new Map<string, ParseError>();

/**
 * parseValueText cached by text, failures too, as targets are: an import checks the same result text more than once,
 * and building a ParseError (its message rendered) costs more than the parse.
 */
function cachedValueText(text: string): Value | null {
  const hit = parsedTexts.get(text);
  if (hit !== undefined) return hit;
  const failure = failedTexts.get(text);
  if (failure !== undefined) throw failure;
  // Bounded: a workbook has few distinct result texts that are not plain numbers, a fuzzer can have many.
  if (parsedTexts.size + failedTexts.size >= MAX_CACHED_TEXTS) {
    parsedTexts.clear();
    failedTexts.clear();
  }
  try {
    const value = parseValueText(text);
    parsedTexts.set(text, value === null ? null : Object.freeze(value));
    return value;
  } catch (error) {
    if (error instanceof ParseError) failedTexts.set(text, error);
    throw error;
  }
}

/** A number as written (`49,96`, `3.196`, `-8,75`, `75 gg`); a percentage gives its fraction (`50%` -> 0.5). Throws ParseError otherwise. */
export function parseNumber(text: string): number {
  const value = parseValue(text);
  if (value === null) {
    throw new ParseError('empty', msg('parse.missingNumber', { text: String(text) }), String(text));
  }
  if (value.kind !== 'number') {
    throw new ParseError('type-mismatch', msg('parse.notANumber', { text, kind: value.kind }), text);
  }
  return value.value;
}
