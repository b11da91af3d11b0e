// Error values of the PERF.* functions: CustomFunctions.Error inside Excel, a typed Error anywhere else.

/** The spreadsheet errors a PERF.* function produces itself. */
export type PerfErrorCode = '#VALUE!' | '#N/A' | '#NUM!' | '#DIV/0!';

/** Every error a cell can show; an input error is propagated with its own code. */
export type SpreadsheetErrorCode =
  | PerfErrorCode
  | '#REF!'
  | '#NAME?'
  | '#NULL!'
  | '#SPILL!'
  | '#CALC!'
  | '#CYCLE!'
  | '#ERROR!'
  | '#LIC!'
  | '#GETTING_DATA';

const SPREADSHEET_ERROR_CODES: ReadonlySet<string> = new Set<SpreadsheetErrorCode>([
  '#VALUE!', '#N/A', '#NUM!', '#DIV/0!', '#REF!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#CYCLE!', '#ERROR!', '#LIC!', '#GETTING_DATA',
]);

/** The error a PERF.* function throws outside Excel (plain Node, HyperFormula host). */
export class PerfFunctionError extends Error {
  readonly code: SpreadsheetErrorCode;

  constructor(code: SpreadsheetErrorCode, message: string) {
    super(message);
    this.name = 'PerfFunctionError';
    this.code = code;
  }
}

/** An error value as it reaches a function: CustomFunctions.Error, PerfFunctionError or any `{ code: '#…' }`. */
export interface SpreadsheetErrorValue {
  code: SpreadsheetErrorCode;
  message?: string;
}

/** True for an error value coming from a cell (so the function can propagate it instead of reading it as text). */
export function isSpreadsheetError(value: unknown): value is SpreadsheetErrorValue {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && SPREADSHEET_ERROR_CODES.has(code);
}

const OFFICE_ERROR_CODE_KEYS: Record<PerfErrorCode, 'invalidValue' | 'notAvailable' | 'invalidNumber' | 'divisionByZero'> = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#NUM!': 'invalidNumber',
  '#DIV/0!': 'divisionByZero',
};

// Excel shows a custom message only on #VALUE! and #N/A (Office docs, "Handle and return errors").
const CODES_WITH_MESSAGE: ReadonlySet<PerfErrorCode> = new Set<PerfErrorCode>(['#VALUE!', '#N/A']);

/**
 * Makes the error value for `code` with a message naming the input and the reason.
 * Callers throw it: throwing CustomFunctions.Error is the documented way to put an error in the cell.
 */
export function perfError(code: PerfErrorCode, message: string): Error | CustomFunctions.Error {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    const officeCode = CustomFunctions.ErrorCode[OFFICE_ERROR_CODE_KEYS[code]];
    return CODES_WITH_MESSAGE.has(code) ? new CustomFunctions.Error(officeCode, message) : new CustomFunctions.Error(officeCode);
  }
  return new PerfFunctionError(code, message);
}
