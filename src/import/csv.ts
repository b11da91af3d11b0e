// CSV of indicators <-> report, with papaparse: header row, `;` `,` or tab detected from the header line, BOM stripped.
// The report itself is built (and checked) by src/import/report-csv/; this file only handles the CSV text.
import Papa from 'papaparse';
import { msg, type Message } from '../core/messages';
import type { ImportIssue } from './issue';
import type { Report } from '../core/model';
import { reportFromCsvRows, type CsvImportOptions } from './report-csv/read-rows';
import { reportToCsvRows } from './report-csv/write-rows';
import type { ReportImport } from './report-json';
import type { ObjectiveSchema } from '../workbook/objective-schema';

export type CsvDelimiter = ';' | ',' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/** Excel writes a first line `sep=;` in some locales to name the delimiter. */
const EXCEL_SEPARATOR_LINE = /^sep=(.)\r?\n/i;

/** Parses the text of a CSV of indicators (one row per indicator) into a report and what is incomplete. */
export function parseIndicatorsCsv(text: string, options: CsvImportOptions = {}): ReportImport {
  let body = text.replace(/^\uFEFF/, '');
  let delimiter: string | undefined;
  const declared = EXCEL_SEPARATOR_LINE.exec(body);
  if (declared !== null) {
    delimiter = declared[1];
    body = body.slice(declared[0].length);
  }
  delimiter ??= detectDelimiter(firstLine(body));

  const parsed = Papa.parse<Record<string, unknown>>(body, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });

  const split = decimalCommaRows(parsed, delimiter);
  const issues: ImportIssue[] = parsed.errors
    .filter((error) => error.row === undefined || !split.has(error.row))
    .map((error) => ({ objective: null, field: 'csv', message: csvErrorMessage(error) }));
  issues.push(...[...split.values()]);
  const rows = parsed.data.filter((_row, index) => !split.has(index)).map(stringCells);
  const result = reportFromCsvRows(rows, options);
  return { report: result.report, incomplete: [...issues, ...result.incomplete] };
}

/** The report as CSV text with Italian headers, one row per indicator, numbers in Italian style. */
export function formatIndicatorsCsv(report: Report, delimiter: CsvDelimiter = ';', schema?: ObjectiveSchema): string {
  const rows = reportToCsvRows(report, schema);
  return Papa.unparse(rows, { delimiter, newline: '\r\n', quotes: false });
}

/** The delimiter used most often outside quotes in the header line; `;` on a tie (Italian Excel's default). */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
  }
  let best: CsvDelimiter = ';';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Rows of a comma-separated file with more cells than headers where a number was split at its decimal comma
 * ("89,5%" read as "89" and "5%"): each is refused with its number and why, never imported shifted.
 */
function decimalCommaRows(parsed: Papa.ParseResult<Record<string, unknown>>, delimiter: string): Map<number, ImportIssue> {
  const refused = new Map<number, ImportIssue>();
  if (delimiter !== ',') return refused;
  const headers = parsed.meta.fields ?? [];
  for (const error of parsed.errors) {
    if (error.code !== 'TooManyFields' || error.row === undefined) continue;
    const row = parsed.data[error.row] ?? {};
    const extra = Array.isArray(row.__parsed_extra) ? row.__parsed_extra : [];
    const fields = [...headers.map((header) => String(row[header] ?? '')), ...extra.map(String)];
    const at = fields.findIndex((field, index) => index + 1 < fields.length && /\d$/.test(field.trim()) && /^\d+\s*%?$/.test(fields[index + 1].trim()));
    if (at < 0) continue;
    const issue = msg('input.csvDecimalComma', { fields: fields.length, columns: headers.length, number: `${fields[at].trim()},${fields[at + 1].trim()}` });
    refused.set(error.row, { objective: null, field: 'csv', message: msg('import.atRow', { row: error.row + 2, issue }) });
  }
  return refused;
}

/** Papaparse leaves missing cells undefined and puts extra cells in `__parsed_extra`: keep text cells only. */
function stringCells(row: Record<string, unknown>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key !== '__parsed_extra' && typeof value === 'string') cells[key] = value;
  }
  return cells;
}

function csvErrorMessage(error: Papa.ParseError): Message {
  if (error.code === 'UndetectableDelimiter') return msg('import.csvDelimiter');
  // Papaparse counts data rows from 0; with the header as row 1 the first data row is row 2.
  const issue = csvProblem(error);
  return error.row === undefined ? issue : msg('import.atRow', { row: error.row + 2, issue });
}

function csvProblem(error: Papa.ParseError): Message {
  switch (error.code) {
    case 'MissingQuotes':
      return msg('import.csvUnclosedQuotes');
    case 'InvalidQuotes':
      return msg('import.csvInvalidQuotes');
    case 'TooFewFields':
      return msg('import.csvTooFewCells');
    case 'TooManyFields':
      return msg('import.csvTooManyCells');
    default:
      // Papaparse's own words, for a case it adds later.
      return msg('general.text', { text: error.message });
  }
}
