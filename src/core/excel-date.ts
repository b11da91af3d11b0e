// Excel date serials (1900 system): serial 1 = 1900-01-01, and serial 60 is Excel's fictitious 1900-02-29.
import { msg } from './messages';
import { ParseError } from './parse-error';

const MS_PER_DAY = 86_400_000;
/** Day 0 of the serial count for dates from 1900-03-01 on (the leap-year bug shifts earlier dates by one). */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
/** 1900-02-29 does not exist, but Excel counts it. */
const FICTITIOUS_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel accepts. */
export const MAX_EXCEL_SERIAL = 2_958_465;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function dateText(year: number, month: number, day: number): string {
  return `${day}/${month}/${year}`;
}

/** The `invalid-date` error for a date as the analyst wrote it (`text`). */
export function invalidDateError(text: string): ParseError {
  return new ParseError('invalid-date', msg('parse.invalidDate', { text }), text);
}

/** True when year/month/day name a real calendar day that Excel can hold (1900-01-01 .. 9999-12-31, plus 1900-02-29). */
export function isValidExcelDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  if (year === 1900 && month === 2 && day === 29) return true;
  return day <= daysInMonth(year, month);
}

/** Number of days of a month in the proleptic Gregorian calendar. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Excel serial of a calendar date; throws ParseError `invalid-date` for a day that does not exist or is out of range. */
export function toExcelSerial(year: number, month: number, day: number): number {
  if (!isValidExcelDate(year, month, day)) throw invalidDateError(dateText(year, month, day));
  if (year === 1900 && month === 2 && day === 29) return FICTITIOUS_LEAP_DAY;
  const days = (Date.UTC(year, month - 1, day) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
  return days <= FICTITIOUS_LEAP_DAY ? days - 1 : days;
}

/** Calendar date of an Excel serial (a fractional part, the time of day, is ignored). */
export function fromExcelSerial(serial: number): CalendarDate {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) {
    const text = String(serial);
    throw new ParseError('invalid-date', msg('parse.invalidDateSerial', { text, max: MAX_EXCEL_SERIAL }), text);
  }
  const whole = Math.floor(serial);
  if (whole === FICTITIOUS_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const days = whole < FICTITIOUS_LEAP_DAY ? whole + 1 : whole;
  const date = new Date(SERIAL_EPOCH_UTC + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** A serial as Italians write dates: `31/07/2022`. */
export function formatDateIt(serial: number): string {
  const { year, month, day } = fromExcelSerial(serial);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
