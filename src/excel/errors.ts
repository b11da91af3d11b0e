// Failures of a workbook operation: the reason, and what had already been written when it stopped.
import { msg, renderMessage, type Message } from '../core/messages';

export type ExcelOperationErrorCode = 'InvalidInput' | 'WriteFailed' | 'ReadFailed' | 'ItemNotFound';

export class ExcelOperationError extends Error {
  readonly code: ExcelOperationErrorCode;
  /** Sheets completely written before the failure (empty when nothing was written). */
  readonly written: string[];
  /** The Office.js error, when one caused this. */
  readonly cause?: unknown;

  /** Why, in the words of the catalogue: the pane and the CLI render it in their language. */
  readonly reason: Message;

  constructor(code: ExcelOperationErrorCode, reason: Message, written: string[] = [], cause?: unknown) {
    // The Italian words as `message`, so that a stack trace still reads.
    super(renderMessage(reason, 'it'));
    this.reason = reason;
    this.name = 'ExcelOperationError';
    this.code = code;
    this.written = written;
    this.cause = cause;
  }
}

/** What Office.js (or the emulator) said, as it said it (in Office's own language), with its code. */
export function officeReason(error: unknown): Message {
  return msg('general.text', { text: officeErrorText(error) });
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
