// What a JSON import could not determine, collected with the objective and field concerned; and the JSON shapes it checks.
import { msg, type Message } from '../core/messages';
import type { Read } from './field-values';
import type { ImportIssue } from './issue';

export type JsonRecord = Record<string, unknown>;

/** Collects what an import could not determine, each with the objective and field concerned. */
export class IssueList {
  readonly items: ImportIssue[] = [];

  add(objective: number | null, field: string, message: Message): void {
    this.items.push({ objective, field, message });
  }

  /** The value read, or undefined after listing why it was refused. */
  take<T>(read: Read<T>, objective: number | null, field: string): T | undefined {
    if (read.ok) return read.value;
    this.add(objective, field, read.message);
    return undefined;
  }

  /**
   * An optional part of the report (revision, OIV, fund...): undefined when absent, or when not an object (then
   * listed with `refused()`'s reason); an object has its unknown fields listed.
   */
  optionalRecord(raw: unknown, known: Record<string, true>, objective: number | null, path: string, refused: () => Message): JsonRecord | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (!isRecord(raw)) {
      this.add(objective, path, refused());
      return undefined;
    }
    this.unknownFields(raw, known, objective, path);
    return raw;
  }

  unknownFields(record: JsonRecord, known: Record<string, true>, objective: number | null, path: string): void {
    for (const key of Object.keys(record)) {
      if (!Object.prototype.hasOwnProperty.call(known, key)) {
        this.add(objective, join(path, key), msg('import.unknownField', { key }));
      }
    }
  }
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
