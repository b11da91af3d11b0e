// Next year's workbook from this year's reading: the report rolled by core, and the settings for the new year (its
// year, the fund's legal reference of that year, the title moved on; the body's rules as they are).
import { msg, type Message } from '../core/messages';
import type { Report } from '../core/model';
import { rollToNextYear, type YearRoll } from '../core/next-year';
import type { WorkbookSettings } from './settings';
import { distinctObjectives, type WorkbookReading } from './workbook-reading';

export interface NextYearWorkbook {
  from: number;
  year: number;
  roll: YearRoll;
  settings: WorkbookSettings;
}

/** The report the sheets hold: one objective per number (the first sheet of each, as the Riepilogo links them). */
function reportOf(reading: WorkbookReading, from: number): Report {
  return { title: reading.settings.summaryTitle ?? '', year: from, objectives: distinctObjectives(reading) };
}

/** The new year: the one asked, else the workbook's next; refused when neither is known or it does not come after. */
function yearsOf(settings: WorkbookSettings, asked: number | null): { from: number; year: number } | Message {
  const own = settings.reportYear !== null && settings.reportYear > 0 ? settings.reportYear : null;
  if (asked === null && own === null) return msg('nextYear.yearUnknown');
  const year = asked ?? (own as number) + 1;
  const from = own ?? year - 1;
  if (year <= from) return msg('nextYear.yearNotAfter', { year, from });
  return { from, year };
}

/** Next year's report, settings and decisions; a Message when the years cannot be told. */
export function nextYearWorkbook(reading: WorkbookReading, asked: number | null): NextYearWorkbook | Message {
  const years = yearsOf(reading.settings, asked);
  if ('code' in years) return years;
  const roll = rollToNextYear(reportOf(reading, years.from), years.year);
  const settings: WorkbookSettings = {
    ...reading.settings,
    reportYear: years.year,
    // A fund line written for this year cites this year's article: the new year takes its own by default.
    fundReference: null,
    summaryTitle: roll.report.title === '' ? null : roll.report.title,
  };
  return { ...years, roll, settings };
}
