// Typed errors of the domain core: every failure carries a catalogue message naming the input and the reason.
import { renderMessage, type Message } from './messages';

/** Base of every error core throws, so callers can catch them all with one `instanceof`. */
export class CoreError extends Error {
  /** The input that was rejected, as received (stringified). */
  readonly input: string;
  /** What is wrong, as a code and parameters: the pane and the CLI render it in their language. */
  readonly reason: Message;

  constructor(reason: Message, input: string) {
    // The Italian words as `message`, so that a stack trace still reads.
    super(renderMessage(reason, 'it'));
    this.name = 'CoreError';
    this.input = input;
    this.reason = reason;
    // Keeps instanceof working even if a consumer compiles core down to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Why numeric inputs (lists, weights, amounts, options) were rejected. */
export type InputErrorCode =
  | 'length-mismatch'
  | 'empty-list'
  | 'zero-total'
  | 'not-finite'
  | 'negative'
  | 'out-of-range'
  | 'invalid-baseline'
  | 'invalid-cutoffs';

/** Numeric input that is well-formed but unusable (mismatched lists, zero total, out-of-range option). */
export class InputError extends CoreError {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, reason: Message, input: string) {
    super(reason, input);
    this.name = 'InputError';
    this.code = code;
  }
}

/** Text for an error message: numbers in Italian style are not needed here, only a faithful echo. */
export function describeInput(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(describeInput).join(', ')}]`;
  return String(value);
}
