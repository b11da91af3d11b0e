// Values as analysts write them in a "Risultato" cell: numbers, percentages, ratios, dates, yes/no.
import type { CellInput } from './model';
import { parseDateText } from './date-text';
import { fastValue } from './fast-value';
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
  return new ParseError(
    'unrecognised-value',
    `Valore non riconosciuto "${input}": non è un numero, una percentuale, un rapporto (112/112), una data (31/07/2022) né SI/NO`,
    `Unrecognised value "${input}": not a number, percentage, ratio (112/112), date (31/07/2022) or yes/no`,
    input,
  );
}

/** A number inside a larger text (a ratio's part, a percentage's points); errors quote the part and name the whole. */
function numberIn(part: string, whole: string, contextIt: string, contextEn: string): number {
  return Number(decimalIn(part, whole, contextIt, contextEn)) || 0;
}

/** As numberIn, but the exact decimal string. */
function decimalIn(part: string, whole: string, contextIt: string, contextEn: string): string {
  if (!NUMBER_LIKE.test(part)) throw unrecognised(whole);
  try {
    return parseDecimalText(part, part);
  } catch (error) {
    if (error instanceof ParseError && part !== whole) {
      throw new ParseError(error.code, `${error.message} (${contextIt} "${whole}")`, `${error.messageEn} (${contextEn} "${whole}")`, whole);
    }
    throw error;
  }
}

function parseRatio(numeratorText: string, denominatorText: string, raw: string): Value {
  if (numeratorText.includes('%') || denominatorText.includes('%')) {
    throw new ParseError(
      'invalid-ratio',
      `Rapporto non valido "${raw}": numeratore e denominatore devono essere numeri, non percentuali`,
      `Invalid ratio "${raw}": numerator and denominator must be numbers, not percentages`,
      raw,
    );
  }
  const numerator = numberIn(splitUnit(numeratorText.trim()).text, raw, 'nel rapporto', 'in the ratio');
  const denominator = numberIn(splitUnit(denominatorText.trim()).text, raw, 'nel rapporto', 'in the ratio');
  if (denominator === 0) {
    throw new ParseError(
      'zero-denominator',
      `Rapporto "${raw}" con denominatore zero: il valore non è definito`,
      `Ratio "${raw}" has a zero denominator: its value is undefined`,
      raw,
    );
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
    const points = decimalIn(body.slice(0, -1).trim(), raw, 'nella percentuale', 'in the percentage');
    return { kind: 'number', value: Number(`${points}e-2`) || 0, percent: true };
  }
  return { kind: 'number', value: numberIn(body, raw, 'in', 'in'), percent: false };
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
      throw new ParseError('invalid-number', `Numero non valido ${input}`, `Invalid number ${input}`, String(input));
    }
    return { kind: 'number', value: input || 0, percent: false };
  }
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  if (typeof input !== 'string') throw unrecognised(String(input));
  return fastValue(input) ?? parseValueText(input);
}

/** A number as written (`49,96`, `3.196`, `-8,75`, `75 gg`); a percentage gives its fraction (`50%` -> 0.5). Throws ParseError otherwise. */
export function parseNumber(text: string): number {
  const value = parseValue(text);
  if (value === null) {
    throw new ParseError('empty', `Numero mancante: "${text}" è vuoto`, `Missing number: "${text}" is blank`, String(text));
  }
  if (value.kind !== 'number') {
    const kindIt = { ratio: 'un rapporto', date: 'una data', boolean: 'un SI/NO' }[value.kind];
    const kindEn = { ratio: 'a ratio', date: 'a date', boolean: 'a yes/no' }[value.kind];
    throw new ParseError('type-mismatch', `"${text}" non è un numero: è ${kindIt}`, `"${text}" is not a number: it is ${kindEn}`, text);
  }
  return value.value;
}
