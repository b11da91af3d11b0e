// An indicator's monitoring points in a JSON report: [{ "date": "2023-06-30", "value": 2, "note": "…" }]; what cannot
// be read is listed as an issue, the rest kept.
import { msg, reasonOf, type Message } from '../core/messages';
import type { MonitoringPoint } from '../core/model';
import { parseValue } from '../core/parse';
import { expected, readCellInput, readIsoDate, shown } from './field-values';
import { isRecord, type IssueList } from './json-issues';

const POINT_FIELDS: Record<keyof MonitoringPoint, true> = { date: true, value: true, note: true };

const label = (it: string, en: string): Message => msg('label.field', { it, en });
const MONITORING = label('Monitoraggio', 'Monitoring');
const DATE = label('Monitoraggio al', 'Monitored on');
const VALUE = label('Valore monitorato', 'Monitored value');
const NOTE = label('Nota monitoraggio', 'Monitoring note');

function readPoint(raw: unknown, number: number, path: string, issues: IssueList): MonitoringPoint | undefined {
  if (!isRecord(raw)) {
    issues.add(number, path, msg('import.invalidValue', { label: MONITORING, value: shown(raw), reason: expected('object', raw) }));
    return undefined;
  }
  issues.unknownFields(raw, POINT_FIELDS, number, path);
  const value = issues.take(readCellInput(raw.value, VALUE), number, `${path}.value`);
  const point: MonitoringPoint = { value: value ?? undefined };
  if (value !== undefined && value !== null) {
    try {
      parseValue(value);
    } catch (error) {
      issues.add(number, `${path}.value`, msg('import.unreadable', { label: VALUE, value: shown(value), reason: reasonOf(error) }));
    }
  }
  const date = issues.take(readIsoDate(raw.date, DATE), number, `${path}.date`);
  if (date !== undefined) point.date = date;
  if (typeof raw.note === 'string' && raw.note.trim() !== '') point.note = raw.note.trim();
  else if (raw.note !== undefined && raw.note !== null && typeof raw.note !== 'string') {
    issues.add(number, `${path}.note`, msg('import.invalidValue', { label: NOTE, value: shown(raw.note), reason: expected('text', raw.note) }));
  }
  return point;
}

/** The points of `raw` (a list, or absent); undefined when there are none. */
export function readMonitoring(raw: unknown, number: number, path: string, issues: IssueList): MonitoringPoint[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) {
    issues.add(number, path, msg('import.invalidValue', { label: MONITORING, value: shown(raw), reason: expected('list', raw) }));
    return undefined;
  }
  const points = raw.flatMap((item, index) => readPoint(item, number, `${path}[${index}]`, issues) ?? []);
  return points.length > 0 ? points : undefined;
}
