// Typed errors of the domain core: every failure names the input and the reason, in Italian and in English.

/** Base of every error core throws, so callers can catch them all with one `instanceof`. */
export class CoreError extends Error {
  /** The input that was rejected, as received (stringified). */
  readonly input: string;
  /** The same message in English. */
  readonly messageEn: string;

  constructor(messageIt: string, messageEn: string, input: string) {
    super(messageIt);
    this.name = 'CoreError';
    this.input = input;
    this.messageEn = messageEn;
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

  constructor(code: InputErrorCode, messageIt: string, messageEn: string, input: string) {
    super(messageIt, messageEn, input);
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
