// Where things are on an objective sheet, derived from the field schema. The layout places cells with it; the
// reader finds the same cells by their labels (analysts may insert rows), and both produce an ObjectiveCells value.
import { cellAddress, columnLetter } from './address';
import { OBJECTIVE_SCHEMA, type FooterKey, type HeaderKey, type IndicatorKey, type ObjectiveSchema } from './objective-schema';

/** Every address a summary or a reader needs on one objective sheet (A1 addresses, no sheet prefix). */
export interface ObjectiveCells {
  /** Column B of each header row, by field key. */
  header: Record<HeaderKey, string> & Readonly<Record<string, string>>;
  /** 1-based row of the table's header. */
  tableHeaderRow: number;
  /** 1-based rows of the first and last indicator (at least one row, possibly empty). */
  firstIndicatorRow: number;
  lastIndicatorRow: number;
  columns: Record<IndicatorKey, string> & Readonly<Record<string, string>>;
  footer: Record<FooterKey, string> & Readonly<Record<string, string>>;
}

export const TITLE_ROW = 1;
export const HINT_ROW = 2;
export const FIRST_HEADER_ROW = 3;

/** Column C beside a header value: the report's own words for it. */
export function detailAddress(valueAddress: string): string {
  return valueAddress.replace(/^B/, 'C');
}

/** The cells of a freshly laid out objective sheet with `indicatorCount` indicators. */
export function objectiveCells(indicatorCount: number, schema: ObjectiveSchema = OBJECTIVE_SCHEMA): ObjectiveCells {
  const rows = Math.max(1, indicatorCount);
  const header: Record<string, string> = {};
  schema.header.forEach((field, index) => {
    header[field.key] = cellAddress({ row: FIRST_HEADER_ROW - 1 + index, column: 1 });
  });
  // The table follows the last header row directly: the area row took the blank row, so earlier sheets' addresses hold.
  const tableHeaderRow = FIRST_HEADER_ROW + schema.header.length;
  const firstIndicatorRow = tableHeaderRow + 1;
  const lastIndicatorRow = firstIndicatorRow + rows - 1;
  const footer: Record<string, string> = {};
  schema.footer.forEach((field, index) => {
    footer[field.key] = `B${lastIndicatorRow + 2 + index}`;
  });
  const columns: Record<string, string> = {};
  schema.indicators.forEach((field, index) => {
    columns[field.key] = columnLetter(index);
  });
  return {
    header: header as ObjectiveCells['header'],
    tableHeaderRow,
    firstIndicatorRow,
    lastIndicatorRow,
    columns: columns as ObjectiveCells['columns'],
    footer: footer as ObjectiveCells['footer'],
  };
}

/** A column of the indicator rows as a range, e.g. "I18:I20". */
export function indicatorRange(cells: ObjectiveCells, column: IndicatorKey): string {
  const letter = cells.columns[column];
  return `${letter}${cells.firstIndicatorRow}:${letter}${cells.lastIndicatorRow}`;
}
