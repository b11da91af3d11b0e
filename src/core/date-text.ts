// Dates as analysts write them (`31/7/2022`, `31.07.2022`, `2022-07-31`, `31 luglio 2022`, `luglio 2022`) -> Excel serials.
import { daysInMonth, invalidDateError, toExcelSerial } from './excel-date';
import { msg } from './messages';
import { ParseError } from './parse-error';

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/;
const MONTH_NAME_YEAR = /^([a-z]+)\.?\s+(\d{4})$/;
const DAY_MONTH_ONLY = /^(\d{1,2})[/.-](\d{1,2})$/;

/** Italian and English month names and their usual abbreviations. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['gennaio', 'gen', 'january', 'jan'],
    ['febbraio', 'feb', 'february'],
    ['marzo', 'mar', 'march'],
    ['aprile', 'apr', 'april'],
    ['maggio', 'mag', 'may'],
    ['giugno', 'giu', 'june', 'jun'],
    ['luglio', 'lug', 'july', 'jul'],
    ['agosto', 'ago', 'august', 'aug'],
    ['settembre', 'set', 'sett', 'september', 'sep', 'sept'],
    ['ottobre', 'ott', 'october', 'oct'],
    ['novembre', 'nov', 'november'],
    ['dicembre', 'dic', 'december', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as [string, number])),
);

/** Month number of an Italian or English month name (`luglio`, `lug`, `July`), or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase());
}

/** Two-digit years as Excel reads them: 00-29 -> 2000s, 30-99 -> 1900s. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function serialOf(year: number, month: number, day: number): number {
  return toExcelSerial(year, month, day);
}

/**
 * The Excel serial of a date-shaped text, or null when the text is not shaped like a date.
 * Throws ParseError `invalid-date` for a date-shaped text naming a day that does not exist or lacks the year.
 * A month without a day (`luglio 2022`) means its last day: the latest completion it allows.
 */
/** A date has letters (a month name) or two separators; anything else is rejected with one test. */
const DATE_SHAPED = /[a-zA-Z]|\d[/.-]\d+[/.-]\d/;

export function parseDateText(text: string): number | null {
  if (!DATE_SHAPED.test(text)) return null;
  const lower = text.toLowerCase();
  const iso = ISO_DATE.exec(lower);
  if (iso) return withInput(text, () => serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const dmy = DAY_MONTH_YEAR.exec(lower);
  if (dmy) return withInput(text, () => serialOf(fullYear(dmy[4]), Number(dmy[3]), Number(dmy[1])));
  const named = DAY_MONTH_NAME_YEAR.exec(lower);
  if (named) {
    const month = monthNumber(named[2]);
    if (month !== undefined) return withInput(text, () => serialOf(Number(named[3]), month, Number(named[1])));
  }
  const monthYear = MONTH_NAME_YEAR.exec(lower);
  if (monthYear) {
    const month = monthNumber(monthYear[1]);
    if (month !== undefined) {
      const year = Number(monthYear[2]);
      return withInput(text, () => serialOf(year, month, daysInMonth(year, month)));
    }
  }
  return null;
}

/** True for `31/12` or `31.12`: a day and month with no year, which cannot be placed on a calendar. */
export function isDateWithoutYear(text: string): boolean {
  const match = DAY_MONTH_ONLY.exec(text);
  return match !== null && Number(match[1]) <= 31 && Number(match[2]) <= 12 && Number(match[1]) >= 1 && Number(match[2]) >= 1;
}

export function missingYearError(text: string): ParseError {
  return new ParseError('invalid-date', msg('parse.missingYear', { text }), text);
}

/** Re-issues a date error so that it quotes the text the analyst wrote, not the numbers extracted from it. */
function withInput(text: string, compute: () => number): number {
  try {
    return compute();
  } catch (error) {
    throw error instanceof ParseError ? invalidDateError(text) : error;
  }
}
