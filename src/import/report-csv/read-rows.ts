// A report built from the rows of a CSV of indicators: rows grouped by objective, repeated cells kept once,
// and every problem listed as an ImportIssue with its row number.
import { msg, type Message } from '../../core/messages';
import type { Report } from '../../core/model';
import { readNumber } from '../field-values';
import type { ImportIssue } from '../issue';
import { ReportFormatError } from '../report-format-error';
import type { ReportImport } from '../report-json';
import { INDICATOR_FIELDS, CSV_HANDLED, csvFieldOfHeader, headerOf, objectiveCsvFields, type Cells, type CsvField } from './columns';
import { plainFields } from '../schema-fields';
import type { ObjectiveSchema } from '../../workbook/objective-schema';
import { abbreviate, atRow, finishObjective, readIndicatorRow, type ObjectiveDraft } from './read-cells';

export interface CsvImportOptions {
  /** Report title when the CSV has no "Relazione" column. */
  title?: string;
  /** Report year when the CSV has no "Anno" column. */
  year?: number;
  /** The objective sheet's fields; the product's own unless a test extends it. */
  schema?: ObjectiveSchema;
}

/**
 * Builds a report from CSV rows keyed by header. Row numbers in messages count the header as row 1.
 * Throws ReportFormatError only when no header names an objective or indicator column.
 */
export function reportFromCsvRows(rows: ReadonlyArray<Record<string, string>>, options: CsvImportOptions = {}): ReportImport {
  const issues: ImportIssue[] = [];
  const headers = uniqueHeaders(rows);
  const fieldOf = mapHeaders(headers, issues, options.schema);
  const objectiveFields = objectiveCsvFields(options.schema);
  const mapped = new Set(fieldOf.values());
  if (rows.length > 0 && !mapped.has('number') && !mapped.has('title') && !mapped.has('indicator')) {
    throw new ReportFormatError('no-columns', msg('import.noCsvColumns', { headers }));
  }

  const reportCells: { title?: { value: string; row: number }; year?: { value: string; row: number } } = {};
  const drafts = new Map<number, ObjectiveDraft>();
  let current: ObjectiveDraft | undefined;

  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const cells = cellsOf(row, fieldOf);
    if (Object.keys(cells).length === 0) return;
    keepFirst(reportCells, 'title', cells.reportTitle, rowNumber, null, 'title', 'Relazione', issues);
    keepFirst(reportCells, 'year', cells.year, rowNumber, null, 'year', 'Anno', issues);

    const draft = draftForRow(cells, rowNumber, drafts, current, issues);
    if (draft === undefined) return;
    current = draft;
    for (const field of objectiveFields) {
      keepFirst(draft.cells, field, cells[field], rowNumber, draft.number, field, headerOf(field, options.schema), issues);
    }
    if (INDICATOR_FIELDS.some((field) => cells[field] !== undefined)) {
      draft.indicators.push(readIndicatorRow(cells, rowNumber, draft.number, draft.indicators.length, issues));
    }
  });

  if (drafts.size === 0) issues.push({ objective: null, field: 'objectives', message: msg('import.csvNoObjectives') });
  const plain = plainFields(CSV_HANDLED, options.schema);
  const objectives = [...drafts.values()].map((draft) => finishObjective(draft, issues, plain));
  const report: Report = {
    title: reportCells.title?.value ?? options.title ?? '',
    year: readReportYear(reportCells.year, options.year, issues),
    objectives,
  };
  if (report.title === '') {
    issues.push({ objective: null, field: 'title', message: msg('import.missingColumn', { label: msg('import.field', { field: 'reportTitle' }), column: headerOf('reportTitle') }) });
  }
  return { report, incomplete: issues };
}

function uniqueHeaders(rows: ReadonlyArray<Record<string, string>>): string[] {
  const headers = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) headers.add(key);
  return [...headers];
}

function mapHeaders(headers: readonly string[], issues: ImportIssue[], schema: ObjectiveSchema | undefined): Map<string, CsvField> {
  const fieldOf = new Map<string, CsvField>();
  const headerOfField = new Map<CsvField, string>();
  for (const header of headers) {
    if (header.trim() === '') continue;
    const field = csvFieldOfHeader(header, schema);
    if (field === null) {
      issues.push({ objective: null, field: header, message: msg('import.unknownColumn', { header }) });
      continue;
    }
    const earlier = headerOfField.get(field);
    if (earlier !== undefined) {
      issues.push({ objective: null, field: header, message: msg('import.repeatedColumn', { header, earlier }) });
      continue;
    }
    headerOfField.set(field, header);
    fieldOf.set(header, field);
  }
  return fieldOf;
}

/** The non-blank cells of a row, trimmed, by field. */
function cellsOf(row: Record<string, string>, fieldOf: ReadonlyMap<string, CsvField>): Cells {
  const cells: Cells = {};
  for (const [header, field] of fieldOf) {
    const value = row[header];
    if (typeof value === 'string' && value.trim() !== '') cells[field] = value.trim();
  }
  return cells;
}

/** The objective a row belongs to: by its N., by a known title, or the previous objective for a continuation row. */
function draftForRow(
  cells: Cells,
  rowNumber: number,
  drafts: Map<number, ObjectiveDraft>,
  current: ObjectiveDraft | undefined,
  issues: ImportIssue[],
): ObjectiveDraft | undefined {
  if (cells.number !== undefined) {
    const number = objectiveNumber(cells.number);
    if (number !== null) return draftFor(number, drafts);
    issues.push({ objective: null, field: 'number', message: atRow(rowNumber, msg('import.invalidRowNumber', { value: cells.number })) });
    return undefined;
  }
  if (cells.title !== undefined) {
    const byTitle = [...drafts.values()].find((draft) => sameText(draft.cells.title?.value, cells.title));
    if (byTitle !== undefined) return byTitle;
    const number = Math.max(0, ...drafts.keys()) + 1;
    issues.push({ objective: number, field: 'number', message: atRow(rowNumber, msg('import.rowWithoutNumber', { title: cells.title, number })) });
    return draftFor(number, drafts);
  }
  if (current !== undefined) return current;
  issues.push({ objective: null, field: 'number', message: atRow(rowNumber, msg('import.rowWithoutObjective')) });
  return undefined;
}

function draftFor(number: number, drafts: Map<number, ObjectiveDraft>): ObjectiveDraft {
  let draft = drafts.get(number);
  if (draft === undefined) {
    draft = { number, cells: {}, indicators: [] };
    drafts.set(number, draft);
  }
  return draft;
}

/** "3", "3,0", "N. 3", "Obiettivo 3" -> 3. */
function objectiveNumber(text: string): number | null {
  const match = /^(?:[^\d]*\s)?(\d+)(?:[.,]0+)?$/.exec(text.trim()) ?? /^(?:n\.?|n°|nr\.?)\s*(\d+)$/i.exec(text.trim());
  if (match === null) return null;
  const number = Number(match[1]);
  return number >= 1 && Number.isSafeInteger(number) ? number : null;
}

/** Keeps the first non-blank value of a repeated cell; a different later value is listed, not used. */
function keepFirst<K extends string>(
  store: Partial<Record<K, { value: string; row: number }>>,
  key: K,
  value: string | undefined,
  rowNumber: number,
  objective: number | null,
  field: string,
  header: string,
  issues: ImportIssue[],
): void {
  if (value === undefined) return;
  const first = store[key];
  if (first === undefined) {
    store[key] = { value, row: rowNumber };
  } else if (!sameText(first.value, value)) {
    const repeat = { header, value: abbreviate(value), first: abbreviate(first.value), firstRow: first.row };
    issues.push({ objective, field, message: atRow(rowNumber, msg('import.differentRepeat', repeat)) });
  }
}

function readReportYear(cell: { value: string; row: number } | undefined, fallback: number | undefined, issues: ImportIssue[]): number {
  if (cell === undefined) {
    if (fallback !== undefined) return fallback;
    issues.push({ objective: null, field: 'year', message: msg('import.missingColumn', { label: msg('import.field', { field: 'year' }), column: headerOf('year') }) });
    return 0;
  }
  // The CSV's own header names the cell: "Anno".
  const column: Message = msg('general.text', { text: headerOf('year') });
  const read = readNumber(cell.value, column, { min: 1900, max: 2200 });
  if (read.ok && read.value !== undefined && Number.isInteger(read.value)) return read.value;
  const reason = read.ok ? msg('import.notInteger', { label: column, value: `"${cell.value}"` }) : read.message;
  issues.push({ objective: null, field: 'year', message: atRow(cell.row, reason) });
  return fallback ?? 0;
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  const squash = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  return squash(a) === squash(b);
}
