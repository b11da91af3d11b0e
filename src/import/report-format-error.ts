// Thrown only when an imported value is not a report at all; everything less is an ImportIssue.

export type ReportFormatErrorCode = 'not-an-object' | 'no-objectives' | 'invalid-json' | 'no-columns';

export class ReportFormatError extends Error {
  readonly code: ReportFormatErrorCode;
  /** The same reason in English, for an English user interface. */
  readonly messageEn: string;

  constructor(code: ReportFormatErrorCode, message: string, messageEn: string) {
    super(message);
    this.name = 'ReportFormatError';
    this.code = code;
    this.messageEn = messageEn;
  }
}
