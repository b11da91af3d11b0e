// HyperFormula set up as Excel computes: its limits, serial dates, full doubles.
import { HyperFormula, type ConfigParams } from 'hyperformula';

const parseDefault = HyperFormula.defaultConfig.parseDateTime;
/** The default parser gives up on text whose first character no date or time starts with; said before it copies the text. */
const DATE_OR_TIME_START = /^\s*[0-9/.:-]/;

/** Excel's limits and conventions; the licence key is the GPL one (without a key every function gives #LIC!). */
export const EXCEL_LIKE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  maxRows: 1_048_576,
  maxColumns: 16_384,
  // Excel 365 evaluates array arguments element by element (dynamic arrays).
  useArrayArithmetic: true,
  // Excel's serial numbers, its 1900 leap-year bug included (serial 60 = 29/02/1900): 31/07/2022 is 44773.
  nullDate: { year: 1899, month: 12, day: 31 },
  leapYear1900: true,
  dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'],
  // HyperFormula tries every typed text as a date (six format pairs each) before it sees the "'" that makes it text.
  parseDateTime: (text, dateFormat, timeFormat) => (DATE_OR_TIME_START.test(text) ? parseDefault(text, dateFormat, timeFormat) : undefined),
  functionArgSeparator: ',',
  decimalSeparator: '.',
  thousandSeparator: '',
  // Excel's API returns the full double (600/700 = 0.8571428571428571), not a value rounded to 10 digits.
  smartRounding: false,
  // Nothing undoes through HyperFormula (Excel's API has no undo either): keeping undo data only costs memory.
  undoLimit: 0,
};
