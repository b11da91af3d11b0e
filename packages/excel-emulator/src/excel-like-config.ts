// HyperFormula set up as Excel computes: its limits, serial dates, full doubles.
import type { ConfigParams } from 'hyperformula';

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
  functionArgSeparator: ',',
  decimalSeparator: '.',
  thousandSeparator: '',
  // Excel's API returns the full double (600/700 = 0.8571428571428571), not a value rounded to 10 digits.
  smartRounding: false,
  // Nothing undoes through HyperFormula (Excel's API has no undo either): keeping undo data only costs memory.
  undoLimit: 0,
};
