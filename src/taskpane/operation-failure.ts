// Turns whatever a workbook operation threw into the reason to show and what it had already written.
import { errorText } from './error-text';
import type { Language } from './i18n/dictionary';

export interface OperationFailure {
  /** Why it failed, as the operation or Office said it. */
  reason: string;
  /** What was already written before the failure; null when the operation could not tell. */
  written: string[] | null;
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
}

export function describeFailure(error: unknown, language: Language = 'it'): OperationFailure {
  if (error && typeof error === 'object') {
    const record = error as Record<string, unknown>;
    const message = errorText(error, language);
    const code = typeof record.code === 'string' && !message.includes(record.code) ? ` (${record.code})` : '';
    const written = stringList(record.written) ?? stringList(record.writtenSheets) ?? stringList(record.alreadyWritten);
    return { reason: message + code, written };
  }
  return { reason: String(error), written: null };
}
