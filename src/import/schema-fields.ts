// The objective-sheet fields no importer reads by rules of its own: every format takes them straight from the
// schema, so a field added there is imported (JSON key = its key, CSV column = its label) and exported with no other change.
import { formatNumberIt } from '../core/format-number';
import { msg, type Message } from '../core/messages';
import type { Objective } from '../core/model';
import type { CellScalar } from '../workbook/layout';
import { OBJECTIVE_SCHEMA, type ObjectiveSchema, type ValueField } from '../workbook/objective-schema';

/** Header fields whose place in a file is not a plain value of their own (nested JSON, CSV columns of their own). */
export type Handled = ReadonlySet<string>;

/** The schema's header fields an importer leaves to the schema. */
export function plainFields(handled: Handled, schema: ObjectiveSchema = OBJECTIVE_SCHEMA): ReadonlyArray<ValueField<Objective>> {
  return schema.header.filter((field) => !handled.has(field.key));
}

/** A file's value (JSON value or CSV text) into the objective; the refusal names the field and the reason. */
export function readPlainField(field: ValueField<Objective>, raw: unknown, objective: Objective): Message | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
    return msg('import.invalidValue', { label: fieldName(field), value: JSON.stringify(raw) ?? String(raw), reason: msg('field.notOneOf', { value: typeof raw, allowed: ['text', 'number'] }) });
  }
  const read = field.codec.read(raw);
  if (!read.ok) return msg('import.invalidValue', { label: fieldName(field), value: typeof raw === 'string' ? `"${raw}"` : String(raw), reason: read.reason });
  if (read.value !== undefined) field.set(objective, read.value);
  return null;
}

/** The words a plain field's detail (column C on the sheet) is kept in. */
export function readPlainDetail(field: ValueField<Objective>, text: string | undefined, objective: Objective): void {
  if (field.detail && text !== undefined && text.trim() !== '') field.detail.set(objective, text.trim());
}

/** A plain field as text for a CSV cell; numbers in Italian style without grouping, as the CSV export writes them. */
export function plainFieldText(field: ValueField<Objective>, objective: Objective): string | undefined {
  const value: CellScalar | undefined = field.codec.toCell(field.get(objective));
  if (value === undefined) return undefined;
  if (typeof value === 'number') return formatNumberIt(value).replace(/\./g, '');
  if (typeof value === 'boolean') return value ? 'SI' : 'NO';
  return value;
}

/** The field as the subject of a message, in the reader's language. */
export function fieldName(field: ValueField<Objective>): Message {
  return msg('label.field', { it: field.label.it, en: field.label.en });
}
