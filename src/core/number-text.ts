// The grammar of numbers as Italian (and English) analysts write them: `49,96`, `53.1`, `3.196`, `1.234,5`, `1,234.5`.
import { plainDecimal } from './format-number';
import { msg } from './messages';
import { ParseError } from './parse-error';

const DIGITS = /^\d+$/;
const NUMBER_CHARACTERS = /^[\d.,' ]+$/;
const EXPONENT_FORM = /^(\d+(?:[.,]\d+)?|[.,]\d+)[eE]([+-]?\d+)$/;
const SPACE_GROUPED = /^(\d{1,3}(?:[ ']\d{3})+)(?:[.,](\d+))?$/;

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === char) count++;
  return count;
}

function isGroupedInteger(text: string, separator: string): boolean {
  const groups = text.split(separator);
  if (groups.length < 2 || !/^\d{1,3}$/.test(groups[0])) return false;
  return groups.slice(1).every((g) => g.length === 3 && DIGITS.test(g));
}

function invalid(original: string): ParseError {
  return new ParseError('invalid-number', msg('parse.invalidNumber', { text: original }), original);
}

function groupLengthError(original: string, group: string): ParseError {
  return new ParseError('ambiguous-number', msg('parse.thousandsGroup', { text: original, digits: group.length }), original);
}

/** The first group after a separator that is not 3 digits long, for the error message. */
function badGroup(text: string, separator: string): string {
  return text.split(separator).slice(1).find((g) => g.length !== 3) ?? text;
}

/** Unsigned number body with only `.` separators. A single dot before exactly 3 digits groups thousands (`3.196`). */
function parseDotsOnly(body: string, original: string): string {
  if (countOf(body, '.') > 1) {
    if (isGroupedInteger(body, '.')) return body.replace(/\./g, '');
    throw groupLengthError(original, badGroup(body, '.'));
  }
  const [integer, fraction] = body.split('.');
  if (!/^\d*$/.test(integer) || !DIGITS.test(fraction)) throw invalid(original);
  // `0.125`, `.5` and `1234.5` cannot be thousands groupings: the dot is decimal.
  const dotIsDecimal = integer === '' || integer[0] === '0' || integer.length > 3 || fraction.length < 3;
  if (dotIsDecimal) return `${integer || '0'}.${fraction}`;
  if (fraction.length === 3) return integer + fraction;
  throw groupLengthError(original, fraction);
}

/** Unsigned number body with only `,` separators: one comma is the Italian decimal comma, several group thousands. */
function parseCommasOnly(body: string, original: string): string {
  if (countOf(body, ',') > 1) {
    if (isGroupedInteger(body, ',')) return body.replace(/,/g, '');
    throw groupLengthError(original, badGroup(body, ','));
  }
  const [integer, fraction] = body.split(',');
  if (!/^\d*$/.test(integer) || !DIGITS.test(fraction)) throw invalid(original);
  return `${integer || '0'}.${fraction}`;
}

/** Both `.` and `,`: the last one is the decimal separator and must occur once; the other groups thousands. */
function parseMixed(body: string, original: string): string {
  const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  const grouping = decimal === '.' ? ',' : '.';
  if (countOf(body, decimal) > 1) {
    throw new ParseError('ambiguous-number', msg('parse.alternatingSeparators', { text: original }), original);
  }
  const [integer, fraction] = body.split(decimal);
  if (!DIGITS.test(fraction)) throw invalid(original);
  if (!isGroupedInteger(integer, grouping)) {
    if (!/^[\d.,]*\d$/.test(integer)) throw invalid(original);
    throw groupLengthError(original, badGroup(integer, grouping));
  }
  return `${integer.split(grouping).join('')}.${fraction}`;
}

/** The unsigned number as a plain decimal string (`1234.5`), keeping every digit the analyst wrote. */
function parseUnsigned(body: string, original: string): string {
  if (DIGITS.test(body)) return body;
  const exponent = EXPONENT_FORM.exec(body);
  if (exponent) return plainDecimal(Number(`${exponent[1].replace(',', '.')}e${exponent[2]}`));
  if (!NUMBER_CHARACTERS.test(body) || !/\d/.test(body)) throw invalid(original);
  if (body.includes(' ') || body.includes("'")) {
    const match = SPACE_GROUPED.exec(body);
    if (!match) {
      throw new ParseError('ambiguous-number', msg('parse.spaceGroups', { text: original }), original);
    }
    return `${match[1].replace(/[ ']/g, '')}.${match[2] ?? '0'}`;
  }
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (hasDot && hasComma) return parseMixed(body, original);
  if (hasDot) return parseDotsOnly(body, original);
  return parseCommasOnly(body, original);
}

/**
 * A number written by an analyst, with an optional sign and no unit, as a plain decimal string (`-1234.5`):
 * exact, so that a percentage can be shifted to its fraction without binary rounding. `original` is quoted in errors.
 * Italian first: one comma is decimal (`49,96`), a dot before exactly 3 digits groups thousands (`3.196`),
 * a dot before 1-2 digits is decimal (`53.1`); a dot before 4+ digits after a non-zero group is ambiguous (`3.1296`).
 */
export function parseDecimalText(text: string, original: string = text): string {
  let body = text.trim();
  let negative = false;
  if (body.startsWith('-') || body.startsWith('+')) {
    negative = body.startsWith('-');
    body = body.slice(1).trimStart();
  }
  const digits = parseUnsigned(body, original);
  if (!Number.isFinite(Number(digits))) {
    throw new ParseError('invalid-number', msg('parse.numberTooLarge', { text: original }), original);
  }
  return negative ? `-${digits}` : digits;
}

/** The number parseDecimalText reads (see there); never -0. */
export function parseNumberText(text: string, original: string = text): number {
  // `|| 0` keeps -0 out of results, so "-0" and "0" are the same value.
  return Number(parseDecimalText(text, original)) || 0;
}
