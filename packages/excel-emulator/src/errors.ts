// Errors shaped like OfficeExtension.Error ({ code, message, debugInfo }) so src/excel/ handles them the same way.

/** Error codes used by the emulator: the values of Excel.ErrorCodes and OfficeExtension.ErrorCodes. */
export const ErrorCode = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  notImplemented: 'NotImplemented',
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  runMustReturnPromise: 'RunMustReturnPromise',
} as const;

export interface EmulatorDebugInfo {
  code: string;
  message: string;
  /** The API that failed, as Office.js reports it, e.g. "WorksheetCollection.getItem". */
  errorLocation?: string;
  /** The queued statement that failed, when the failure happened during context.sync(). */
  statement?: string;
}

/** An OfficeExtension.Error look-alike: `code` is what callers branch on, `message` names the input and the reason. */
export class EmulatorError extends Error {
  readonly code: string;
  readonly debugInfo: EmulatorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: EmulatorError | null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }

  /** Returns a copy whose debugInfo also names the statement being executed when the error happened. */
  withStatement(statement: string): EmulatorError {
    const copy = new EmulatorError(this.code, this.message, this.debugInfo.errorLocation, this.httpStatusCode);
    copy.debugInfo.statement = statement;
    return copy;
  }
}

export function isEmulatorError(value: unknown): value is EmulatorError {
  return value instanceof EmulatorError;
}

/** The error every unsupported API raises, so new usage in src/excel/ is noticed instead of silently faked. */
export function notEmulated(api: string): EmulatorError {
  return new EmulatorError(ErrorCode.notImplemented, `not emulated: ${api}`, api);
}

export function propertyNotLoaded(typeName: string, property: string): EmulatorError {
  return new EmulatorError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function itemNotFound(what: string, location: string): EmulatorError {
  return new EmulatorError(ErrorCode.itemNotFound, `The requested resource doesn't exist: ${what}.`, location, 404);
}

export function invalidArgument(reason: string, location: string): EmulatorError {
  return new EmulatorError(ErrorCode.invalidArgument, `The argument is invalid or missing or has an incorrect format: ${reason}`, location);
}

export function itemAlreadyExists(what: string, location: string): EmulatorError {
  return new EmulatorError(ErrorCode.itemAlreadyExists, `A resource with the same name or ID already exists: ${what}.`, location, 409);
}

export function invalidOperation(reason: string, location: string): EmulatorError {
  return new EmulatorError(ErrorCode.invalidOperation, `The operation is not allowed: ${reason}`, location);
}
