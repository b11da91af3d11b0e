// Thrown only when an imported value is not a report at all; everything less is an ImportIssue.
import { renderMessage, type Message } from '../core/messages';

export type ReportFormatErrorCode = 'not-an-object' | 'no-objectives' | 'invalid-json' | 'no-columns';

export class ReportFormatError extends Error {
  readonly code: ReportFormatErrorCode;
  /** Why the file is not a report, rendered in the reader's language. */
  readonly reason: Message;

  constructor(code: ReportFormatErrorCode, reason: Message) {
    // The Italian words as `message`, so that a stack trace still reads.
    super(renderMessage(reason, 'it'));
    this.name = 'ReportFormatError';
    this.code = code;
    this.reason = reason;
  }
}
