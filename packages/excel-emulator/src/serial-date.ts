// Excel's date serial numbers (1900 system): day 1 is 1900-01-01; from 1900-03-01 on, serial = days since 1899-12-30.

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** Serial of a calendar date, or null when the date does not exist (2/30/2022) or precedes 1900-03-01. */
export function dateToSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const serial = Math.round((ms - EPOCH) / MS_PER_DAY);
  // Serials before 61 (March 1900) are off by one in Excel because of its fictitious 29 Feb 1900; not emulated.
  return serial < 61 ? null : serial;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** Calendar parts of a serial (fractions are the time of day); null outside Excel's date range. */
export function serialToParts(serial: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const wholeDays = Math.floor(serial);
  const totalSeconds = Math.round((serial - wholeDays) * 86400);
  const date = new Date(EPOCH + (wholeDays + Math.floor(totalSeconds / 86400)) * MS_PER_DAY);
  const secondsOfDay = totalSeconds % 86400;
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hours: Math.floor(secondsOfDay / 3600),
    minutes: Math.floor((secondsOfDay % 3600) / 60),
    seconds: secondsOfDay % 60,
    weekday: date.getUTCDay(),
  };
}
