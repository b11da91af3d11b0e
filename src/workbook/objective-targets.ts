// The cells the summary reads from an objective sheet, instead of its whole used range. Where they are follows from the
// footer's named items (Excel moves them with inserted and deleted rows) and is confirmed, in the same read, by the
// indicators table's data rows, read through the table wherever it is; a sheet that differs (built by an older
// version, rows inserted in the header, indicator rows added past the names, a table converted or renamed) is read
// whole, as before. The labels are not read: one typed over while its row stays in place goes unseen here.
import { parseCellAddress, parseRangeAddress, splitSheetAddress } from './address';
import { objectiveCells, type ObjectiveCells } from './objective-geometry';
import type { SheetLayout } from './layout';
import { OBJECTIVE_SCHEMA, type HeaderKey, type ObjectiveSchema } from './objective-schema';
import { objectiveTableName } from './objective-sheet';
import type { SheetSnapshot, SnapshotValue } from './snapshot';
import { OBJECTIVE_CELL_NAMES, objectiveCellName, type SheetTag } from './tags';

/**
 * The header rows the summary's figures, verdict checks and problems read; the rest is free text no codec refuses
 * (title, description, judgements), which says nothing to them.
 */
const HEADER_KEYS_READ: ReadonlyArray<HeaderKey> = ['number', 'kind', 'weight', 'allocatedAmount', 'oivScore', 'statedVerdict', 'shortfallReason', 'neutralisation'];

export interface ObjectiveReadPlan {
  number: number;
  /** Where the cells are if the sheet is as built. */
  cells: ObjectiveCells;
  /** Header and footer ranges whose values are read (no sheet prefix). */
  ranges: string[];
  /** The indicators table, whose data rows are read, and where they must be for `cells` to hold. */
  table: string;
  tableBody: string;
}

/** What came back for a plan: the values of its ranges, and the table's data rows. */
export interface ObjectiveReadResult {
  values: SnapshotValue[][][];
  tableBody: SnapshotValue[][];
}

/** Rows of one column as ranges, a one-row gap bridged (a request action weighs more than one short cell): B3, B6, B9:B15. */
function columnRuns(column: string, rows: ReadonlyArray<number>): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = 0;
  for (let index = 1; index <= sorted.length; index++) {
    if (index < sorted.length && sorted[index] <= sorted[index - 1] + 2) continue;
    const [first, last] = [sorted[start], sorted[index - 1]];
    runs.push(first === last ? `${column}${first}` : `${column}${first}:${column}${last}`);
    start = index;
  }
  return runs;
}

/**
 * The plan for objective `number` on `sheetName`, from the named items and table names read with the workbook's
 * sheets; null when the footer's named items do not sit where a sheet as built has them (the sheet is then read whole).
 */
export function objectiveReadPlan(
  number: number,
  sheetName: string,
  nameFormula: (name: string) => string | undefined,
  hasTable: (name: string) => boolean,
  schema: ObjectiveSchema = OBJECTIVE_SCHEMA,
): ObjectiveReadPlan | null {
  const table = objectiveTableName(number);
  if (!hasTable(table) || schema.footer.length !== OBJECTIVE_CELL_NAMES.length) return null;
  const footerRows: number[] = [];
  for (const cell of OBJECTIVE_CELL_NAMES) {
    const formula = nameFormula(objectiveCellName(number, cell));
    if (formula === undefined) return null;
    const target = splitSheetAddress(formula.trim());
    if (target.sheet === null || target.sheet.toLowerCase() !== sheetName.toLowerCase() || target.address.includes(':')) return null;
    const position = parseCellAddress(target.address);
    if (position.column !== 1) return null;
    footerRows.push(position.row + 1);
  }
  const fresh = objectiveCells(1, schema);
  const indicatorCount = footerRows[0] - 2 - fresh.firstIndicatorRow + 1;
  if (indicatorCount < 1 || footerRows.some((row, index) => row !== footerRows[0] + index)) return null;
  const cells = objectiveCells(indicatorCount, schema);
  const lastColumn = cells.columns[schema.indicators[schema.indicators.length - 1].key];
  const headerRows = HEADER_KEYS_READ.map((key) => parseCellAddress(cells.header[key]).row + 1);
  return {
    number,
    cells,
    ranges: [...columnRuns('B', headerRows), `B${footerRows[0]}:B${footerRows[footerRows.length - 1]}`],
    table,
    tableBody: `A${cells.firstIndicatorRow}:${lastColumn}${cells.lastIndicatorRow}`,
  };
}

/** The plan for a sheet just written from `layout` as `sheetName`, from its own named items and table; null when none. */
export function builtReadPlan(layout: SheetLayout, sheetName: string): ObjectiveReadPlan | null {
  if (layout.tag.kind !== 'objective') return null;
  const names = new Map(layout.names.map((item) => [item.name.toUpperCase(), `${sheetName}!${item.address}`]));
  const tables = new Set(layout.tables.map((table) => table.name.toUpperCase()));
  return objectiveReadPlan(layout.tag.number, sheetName, (name) => names.get(name.toUpperCase()), (name) => tables.has(name.toUpperCase()));
}

/**
 * The snapshot of the cells read, placed where they are on the sheet and carrying the confirmed `cells`; null when
 * the sheet is not as the plan supposed (another tag, the table elsewhere or of another size).
 */
export function plannedSnapshot(plan: ObjectiveReadPlan, name: string, tag: SheetTag | null, result: ObjectiveReadResult): SheetSnapshot | null {
  if (tag?.kind !== 'objective' || tag.number !== plan.number) return null;
  // The footer's named items say how many indicator rows lie between the header block and the footer: the table must
  // hold exactly those, or rows were inserted or deleted elsewhere (the header block, the blank row) and the places
  // are not the built ones (that the table is on this sheet, the caller asks Excel).
  const expected = parseRangeAddress(plan.tableBody);
  const rows = result.tableBody;
  if (rows.length !== expected.rows || rows[0]?.length !== expected.columns) return null;
  const values: SnapshotValue[][] = [];
  const place = (address: string, block: SnapshotValue[][]) => {
    const { topLeft } = parseRangeAddress(address);
    block.forEach((row, rowOffset) => {
      const line = (values[topLeft.row + rowOffset] ??= []);
      row.forEach((value, columnOffset) => {
        line[topLeft.column + columnOffset] = value;
      });
    });
  };
  plan.ranges.forEach((address, index) => place(address, result.values[index]));
  place(plan.tableBody, result.tableBody);
  // Rows never read stay empty: the readers see blank cells there, and take the places from `cells`.
  for (let row = 0; row < values.length; row++) values[row] ??= [];
  return { name, tag, origin: 'A1', values, formulas: values, cells: plan.cells };
}
