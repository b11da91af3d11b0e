// The typed error of every text parser in core (values, numbers, dates, targets).
import { CoreError } from './errors';
import type { Message } from './messages';

/** Why a text was not understood. */
export type ParseErrorCode =
  /** A number whose separators admit two readings (`3.1296`, `1.234,5.6`). */
  | 'ambiguous-number'
  /** Digits and separators that are not a number at all (`1..2`, `12,`). */
  | 'invalid-number'
  /** A date that does not exist or is outside Excel's range (`31/02/2022`, `31/12` without a year). */
  | 'invalid-date'
  /** A ratio whose parts are not plain numbers (`50%/3`). */
  | 'invalid-ratio'
  /** A ratio with denominator 0 (`0/0`). */
  | 'zero-denominator'
  /** Text that is none of number, percentage, ratio, date, yes/no. */
  | 'unrecognised-value'
  /** A target text outside the target grammar. */
  | 'invalid-target'
  /** Nothing to parse where something is required (an empty target). */
  | 'empty'
  /** A value of the wrong kind for the target (a date against `≥ 8`, `SI` against a deadline). */
  | 'type-mismatch';

/** A text that could not be understood; its reason quotes the input and says why. */
export class ParseError extends CoreError {
  readonly code: ParseErrorCode;

  constructor(code: ParseErrorCode, reason: Message, input: string) {
    super(reason, input);
    this.name = 'ParseError';
    this.code = code;
  }
}
