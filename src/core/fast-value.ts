// Shortcuts for the shapes most result cells hold (`49,96`, `1.134`, `87,5%`, `112/112`, `31/07/2022`, `SI`).
// Each one must give exactly what the full grammar in parse.ts gives; a property test checks it.
import { isValidExcelDate, toExcelSerial } from './excel-date';
import { scanItalianNumber } from './number-scan';
import type { Value } from './parse';

/** What scanCell found; `none` leaves the text to the full grammar. */
export type Scanned = 'number' | 'percent' | 'ratio' | 'date' | 'yes' | 'no' | 'none';

/** The numbers behind a scan: `value` (a number, a percentage's fraction, a ratio's quotient, a date's serial), a ratio's parts. */
export interface ScanResult {
  value: number;
  numerator: number;
  denominator: number;
}

const PLAIN = /^-?\d{1,15}(?:,\d{1,15})?$/;
const GROUPED = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,15})?$/;
const PERCENT = /^-?\d{1,15}(?:,\d{1,15})?%$/;
const RATIO = /^(\d{1,15}|[1-9]\d{0,2}(?:\.\d{3})+) ?\/ ?(\d{1,15}|[1-9]\d{0,2}(?:\.\d{3})+)$/;

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ['SI', true], ['Si', true], ['si', true], ['sì', true], ['Sì', true], ['SÌ', true],
  ['NO', false], ['No', false], ['no', false],
]);

const SPACE = 32;
const PERCENT_SIGN = 37;
const ZERO = 48;
const NINE = 57;

function integerPart(text: string): number {
  return Number(text.replace(/\./g, ''));
}

function found(into: ScanResult, kind: Scanned, value: number): Scanned {
  into.value = value;
  return kind;
}

/**
 * Reads `text` in one of the common shapes into `into` (the caller's own record, so a million evaluations build no
 * Value), or `none` to let the full grammar decide.
 */
export function scanCell(text: string, into: ScanResult): Scanned {
  // The last character sorts the shapes: `%` ends a percentage, a digit a number, ratio or date, anything else yes/no.
  const length = text.length;
  if (length === 0) return 'none';
  const last = text.charCodeAt(length - 1);
  if (last === PERCENT_SIGN) return scanPercent(text, into);
  if (last < ZERO || last > NINE) return scanYesNo(text);
  // A plain number first: the commonest cell, and the scan stops at the first character no number has (`/`).
  const number = scanItalianNumber(text, 0, length);
  if (!Number.isNaN(number)) return found(into, 'number', number || 0);
  const slash = text.indexOf('/');
  if (slash >= 0) return scanSlashed(text, slash, into);
  if (PLAIN.test(text)) return found(into, 'number', Number(text.replace(',', '.')) || 0);
  return GROUPED.test(text) ? found(into, 'number', Number(text.replace(/\./g, '').replace(',', '.')) || 0) : 'none';
}

/** `87,5%`: the scan first; a percentage takes no thousands dots, and what the scan declines the pattern may still take. */
function scanPercent(text: string, into: ScanResult): Scanned {
  const points = text.indexOf('.') < 0 ? scanItalianNumber(text, 0, text.length - 1, 2) : NaN;
  if (!Number.isNaN(points)) return found(into, 'percent', points || 0);
  return PERCENT.test(text) ? found(into, 'percent', Number(`${text.slice(0, -1).replace(',', '.')}e-2`) || 0) : 'none';
}

function scanYesNo(text: string): Scanned {
  const yesNo = YES_NO.get(text);
  if (yesNo === undefined) return 'none';
  return yesNo ? 'yes' : 'no';
}

function ratio(into: ScanResult, numerator: number, denominator: number): Scanned {
  // Zero denominators go to the full grammar, which explains the error.
  if (denominator === 0) return 'none';
  into.numerator = numerator;
  into.denominator = denominator;
  return found(into, 'ratio', numerator / denominator);
}

/** `112/112`, `1.958 / 1.958`, `31/07/2022`. */
function scanSlashed(text: string, slash: number, into: ScanResult): Scanned {
  const second = text.indexOf('/', slash + 1);
  if (second >= 0) return scanDate(text, slash, second, into);
  const length = text.length;
  const left = slash > 0 && text.charCodeAt(slash - 1) === SPACE ? slash - 1 : slash;
  const right = slash + 1 < length && text.charCodeAt(slash + 1) === SPACE ? slash + 2 : slash + 1;
  const numerator = scanItalianNumber(text, 0, left, 0, false, false);
  const denominator = Number.isNaN(numerator) ? NaN : scanItalianNumber(text, right, length, 0, false, false);
  if (!Number.isNaN(denominator)) return ratio(into, numerator, denominator);
  const parts = RATIO.exec(text);
  return parts ? ratio(into, integerPart(parts[1]), integerPart(parts[2])) : 'none';
}

/** Digits from `start` to `end` as a number, or -1 when any is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Serials of the dates already read, by year * 10000 + month * 100 + day: a workbook holds few distinct dates. */
const serials = new Map<number, number>();
const MAX_CACHED_DATES = 10_000;

function serialOf(year: number, month: number, day: number): number {
  const key = year * 10_000 + month * 100 + day;
  const hit = serials.get(key);
  if (hit !== undefined) return hit;
  if (!isValidExcelDate(year, month, day)) return NaN;
  if (serials.size >= MAX_CACHED_DATES) serials.clear();
  const serial = toExcelSerial(year, month, day);
  serials.set(key, serial);
  return serial;
}

/** `d/m/yyyy` with one or two digits for day and month. */
function scanDate(text: string, slash: number, second: number, into: ScanResult): Scanned {
  const monthDigits = second - slash - 1;
  if (slash > 2 || monthDigits < 1 || monthDigits > 2 || text.length - second - 1 !== 4) return 'none';
  const day = digitsAt(text, 0, slash);
  const month = digitsAt(text, slash + 1, second);
  const year = digitsAt(text, second + 1, text.length);
  if (day < 0 || month < 0 || year < 0) return 'none';
  const serial = serialOf(year, month, day);
  return Number.isNaN(serial) ? 'none' : found(into, 'date', serial);
}

/** The Value of a text in one of the common shapes, or undefined to let the full grammar decide. */
export function fastValue(text: string): Value | undefined {
  const scanned: ScanResult = { value: 0, numerator: 0, denominator: 0 };
  switch (scanCell(text, scanned)) {
    case 'number':
      return { kind: 'number', value: scanned.value, percent: false };
    case 'percent':
      return { kind: 'number', value: scanned.value, percent: true };
    case 'ratio':
      return { kind: 'ratio', numerator: scanned.numerator, denominator: scanned.denominator, value: scanned.value };
    case 'date':
      return { kind: 'date', serial: scanned.value };
    case 'yes':
      return { kind: 'boolean', value: true };
    case 'no':
      return { kind: 'boolean', value: false };
    case 'none':
      return undefined;
  }
}
