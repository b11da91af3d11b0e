// Italian numbers read character by character (`49,96`, `1.134`, `-8,75`), without regular expressions or new strings.
// The digits go into an exact integer (at most 15 of them, so under 2^53) divided by an exact power of ten: IEEE
// division rounds correctly, so the result is the very double Number() gives for the same decimal text.

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17];
const MAX_DIGITS = 15;
const ZERO = 48;
const DOT = 46;
const COMMA = 44;
const MINUS = 45;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/**
 * The number written in `text` from `start` to `end` (exclusive), scaled down by 10^`shift` (2 for a percentage),
 * or NaN when it is not a plain (`1234,5`) or grouped (`1.234,5`) Italian number of at most 15 digits.
 * `signed`: a leading minus is allowed; `decimals`: a decimal comma is allowed (a ratio's parts are whole numbers).
 */
export function scanItalianNumber(text: string, start: number, end: number, shift = 0, signed = true, decimals = true): number {
  let i = start;
  const negative = signed && i < end && text.charCodeAt(i) === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let groupLength = 0;
  let grouped = false;
  const firstDigit = i;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      mantissa = mantissa * 10 + (code - ZERO);
      digits++;
      groupLength++;
    } else if (code === DOT) {
      // A thousands dot: the first group 1-3 digits not starting with 0, every later group exactly 3.
      if (grouped ? groupLength !== 3 : groupLength === 0 || groupLength > 3 || text.charCodeAt(firstDigit) === ZERO) return NaN;
      grouped = true;
      groupLength = 0;
    } else break;
  }
  if (i === firstDigit || (grouped && groupLength !== 3) || (!grouped && digits > MAX_DIGITS)) return NaN;
  let places = 0;
  if (i < end) {
    if (!decimals || text.charCodeAt(i) !== COMMA) return NaN;
    for (i++; i < end; i++) {
      const code = text.charCodeAt(i);
      if (!isDigit(code)) return NaN;
      mantissa = mantissa * 10 + (code - ZERO);
      digits++;
      places++;
    }
    if (places === 0) return NaN;
  }
  if (digits > MAX_DIGITS) return NaN;
  const value = mantissa / POWERS_OF_TEN[places + shift];
  return negative ? -value : value;
}
