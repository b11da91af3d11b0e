// Values crossing between HyperFormula and the PERF.* implementations, the way Excel passes them to custom functions.
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import { isSpreadsheetError, PerfFunctionError, type SpreadsheetErrorCode } from '../functions/errors';

const EXCEL_CODE_OF_TYPE: Record<ErrorType, SpreadsheetErrorCode> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.CYCLE]: '#CYCLE!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.SPILL]: '#SPILL!',
  [ErrorType.LIC]: '#LIC!',
  [ErrorType.ERROR]: '#ERROR!',
};

const TYPE_OF_EXCEL_CODE: Partial<Record<SpreadsheetErrorCode, ErrorType>> = Object.fromEntries(
  Object.entries(EXCEL_CODE_OF_TYPE).map(([type, code]) => [code, type as ErrorType]),
);

/** An error cell reaching a function: the wrapper sees an Excel error value, the host gets the original back. */
export class InputCellError extends PerfFunctionError {
  readonly original: CellError;

  constructor(original: CellError) {
    super(EXCEL_CODE_OF_TYPE[original.type], original.message ?? '');
    this.original = original;
  }
}

/** One cell value as a custom function receives it: blank -> null, error -> an error value, dates as serials. */
export function toFunctionValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return new InputCellError(value);
  // Inside ranges HyperFormula keeps typed numbers (a date, a percentage) as objects holding `val`; Excel passes the number.
  if (typeof value === 'object' && value !== null && typeof (value as { val?: unknown }).val === 'number') return (value as { val: number }).val;
  return value;
}

/** A range as rows of cells (what Excel passes for a `matrix` parameter); a scalar becomes a 1×1 range. */
export function toFunctionMatrix(value: unknown): unknown[][] {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toFunctionValue));
  return [[toFunctionValue(value)]];
}

/** The cell value of a function's result: numbers must be finite, nothing becomes blank, errors become CellError. */
export function toCellValue(result: unknown, functionName: string): number | string | boolean | CellError | typeof EmptyValue {
  switch (typeof result) {
    case 'number':
      return Number.isFinite(result) ? result : new CellError(ErrorType.NUM, `${functionName}: risultato non finito (${result})`);
    case 'string':
    case 'boolean':
      return result;
    case 'undefined':
      return EmptyValue;
    default:
      if (result === null) return EmptyValue;
      if (isThenable(result)) return new CellError(ErrorType.ERROR, `${functionName}: risultato asincrono non supportato dal motore`);
      return toCellError(result, functionName);
  }
}

/** A thrown or returned error as a CellError: Excel error values keep their type and message. */
export function toCellError(error: unknown, functionName: string): CellError {
  if (error instanceof InputCellError) return error.original;
  if (error instanceof CellError) return error;
  if (isSpreadsheetError(error)) {
    const type = TYPE_OF_EXCEL_CODE[error.code] ?? ErrorType.ERROR;
    const message = error.message ?? '';
    return new CellError(type, type === ErrorType.ERROR && !message ? error.code : message);
  }
  // Anything else is a bug in the function: still a readable error in the cell, never a crash of the engine.
  const reason = error instanceof Error ? error.message : String(error);
  return new CellError(ErrorType.VALUE, `${functionName}: errore interno (${reason})`);
}

function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
