// Failures of a workbook operation: the reason, and what had already been written when it stopped.

export type ExcelOperationErrorCode = 'InvalidInput' | 'WriteFailed' | 'ReadFailed' | 'ItemNotFound';

export class ExcelOperationError extends Error {
  readonly code: ExcelOperationErrorCode;
  /** Sheets completely written before the failure (empty when nothing was written). */
  readonly written: string[];
  /** The Office.js error, when one caused this. */
  readonly cause?: unknown;

  constructor(code: ExcelOperationErrorCode, message: string, written: string[] = [], cause?: unknown) {
    super(message);
    this.name = 'ExcelOperationError';
    this.code = code;
    this.written = written;
    this.cause = cause;
  }
}

/** The message of whatever Office.js (or the emulator) threw, with its code when it has one. */
export function officeErrorText(error: unknown): string {
  if (error && typeof error === 'object') {
    const record = error as { code?: unknown; message?: unknown };
    const message = typeof record.message === 'string' ? record.message : String(error);
    return typeof record.code === 'string' && !message.includes(record.code) ? `${message} (${record.code})` : message;
  }
  return String(error);
}
