// What Excel (en-US) makes of a string written to a cell: the same reading applies to Range.values and to typing.

import { dateToSerial } from './serial-date';

export type TypedInput =
  | { kind: 'empty' }
  | { kind: 'formula'; formula: string }
  | { kind: 'number'; value: number; numberFormat?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'text'; value: string };

const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];
const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

/** Reads an en-US number with optional thousands commas ("1,234.5", ".5", "1e3"); NaN when it is not one. */
function parsePlainNumber(text: string): number {
  if (!PLAIN_NUMBER.test(text) || !/\d/.test(text.replace(/[eE][+-]?\d+$/, ''))) return NaN;
  return Number(text.replace(/,/g, ''));
}

/** The number a percentage text stands for, parsed in decimal so no binary division error creeps in. */
function percentOf(text: string): number {
  const [mantissa, exponent = '0'] = text.replace(/,/g, '').split(/[eE]/);
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.slice(dot + 1).replace(/[eE].*$/, '').length;
}

/** "50%" -> 0.5 as "0%", "-$1,200.50" -> -1200.5 as "$#,##0.00", "(3)" -> -3; null when not numeric. */
function parseNumericText(text: string): { value: number; numberFormat?: string } | null {
  let body = text;
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1).trim();
  }
  if (body.startsWith('-') || body.startsWith('+')) {
    if (body.startsWith('-')) sign = -sign;
    body = body.slice(1).trim();
  }
  let currency = false;
  if (body.startsWith('$')) {
    currency = true;
    body = body.slice(1).trim();
    if (body.startsWith('-')) {
      sign = -sign;
      body = body.slice(1).trim();
    }
  }
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  if (currency && percent) return null;
  const magnitude = parsePlainNumber(body);
  if (Number.isNaN(magnitude) || !Number.isFinite(magnitude)) return null;
  // "99.96%" must be the double nearest 0.9996, as Excel stores it; 99.96 / 100 is not.
  const value = sign * (percent ? percentOf(body) : magnitude);
  if (percent) return { value, numberFormat: decimalsOf(body) > 0 ? '0.00%' : '0%' };
  if (currency) return { value, numberFormat: decimalsOf(body) > 0 ? '$#,##0.00' : '$#,##0' };
  if (/[eE]/.test(body)) return { value, numberFormat: '0.00E+00' };
  if (body.includes(',')) return { value, numberFormat: decimalsOf(body) > 0 ? '#,##0.00' : '#,##0' };
  return { value };
}

/** en-US dates: "7/31/2022", "7/31/22", "2022-07-31"; null for anything else (so "31/07/2022" stays text). */
function parseDateText(text: string): number | null {
  let year: number;
  let month: number;
  let day: number;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (us) {
    month = Number(us[1]);
    day = Number(us[2]);
    year = Number(us[3]);
    // Excel's two-digit year window: 00-29 -> 2000s, 30-99 -> 1900s.
    if (us[3].length === 2) year += year < 30 ? 2000 : 1900;
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return null;
  }
  return dateToSerial(year, month, day);
}

/**
 * Reads `raw` as Excel en-US reads a typed entry: "=..." is a formula, "600" and "1,234.5" numbers,
 * "50%" 0.5, "TRUE" a boolean, "7/31/2022" a date serial, "#N/A" an error; anything else, "49,96" included, is text.
 * A leading apostrophe forces text, as in Excel.
 */
export function parseTypedInput(raw: string): TypedInput {
  if (raw === '') return { kind: 'empty' };
  if (raw.startsWith("'")) return { kind: 'text', value: raw.slice(1) };
  if (raw.startsWith('=') && raw.length > 1) return { kind: 'formula', formula: raw };
  const text = raw.trim();
  if (text === '') return { kind: 'text', value: raw };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  if (ERROR_LITERALS.includes(upper)) return { kind: 'error', value: upper };
  const numeric = parseNumericText(text);
  if (numeric) return { kind: 'number', ...numeric };
  const serial = parseDateText(text);
  if (serial !== null) return { kind: 'number', value: serial, numberFormat: 'm/d/yyyy' };
  return { kind: 'text', value: raw };
}
