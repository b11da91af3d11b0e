// Excel tables over the emulated cells: header rules, names, the totals row.

import { CellRect, columnLetters, formatRectAbsolute, rectsIntersect } from './address';
import { ExcelValue } from './cell-store';
import { invalidArgument, invalidOperation, itemAlreadyExists, notEmulated } from './errors';
import { definedNameProblem } from './names';
import { formatCellValue } from './number-format';
import { SheetRecord, TableRecord } from './records';
import { RangeBinding, WorkbookState } from './workbook-state';
import { insertRows } from './insert-rows';

const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';

function tableSheet(state: WorkbookState, table: TableRecord, location: string): SheetRecord {
  return state.requireSheet(table.sheetId, location);
}

export function headerRect(table: TableRecord): CellRect {
  return { ...table.rect, rowCount: 1 };
}

export function dataBodyRect(table: TableRecord): CellRect {
  const dataRows = table.rect.rowCount - 1 - (table.showTotals ? 1 : 0);
  return { ...table.rect, row: table.rect.row + 1, rowCount: dataRows };
}

export function totalsRect(table: TableRecord): CellRect | null {
  return table.showTotals ? { ...table.rect, row: table.rect.row + table.rect.rowCount - 1, rowCount: 1 } : null;
}

export function columnRect(table: TableRecord, index: number): CellRect {
  return { ...table.rect, col: table.rect.col + index, colCount: 1 };
}

/** Header texts as Excel keeps them: text, never blank, unique ignoring case. */
function fixedHeaders(raw: ExcelValue[], numberFormats: string[]): string[] {
  const used = new Set<string>();
  return raw.map((value, i) => {
    let base = value === '' ? `Column${i + 1}` : formatCellValue(value, numberFormats[i]);
    if (base.trim() === '') base = `Column${i + 1}`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base}${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

export function columnNames(state: WorkbookState, table: TableRecord, location: string): string[] {
  const sheet = tableSheet(state, table, location);
  return state.cells.values(sheet.hfId, headerRect(table))[0].map((v) => String(v));
}

function nextTableName(state: WorkbookState): string {
  for (let n = state.named.tables.length + 1; ; n++) {
    const name = `Table${n}`;
    if (!state.named.nameInUse(name, null)) return name;
  }
}

/** TableCollection.add: the first row of `rect` becomes the header row. */
export function addTable(state: WorkbookState, binding: RangeBinding, hasHeaders: unknown, location: string): TableRecord {
  if (hasHeaders !== true) {
    throw notEmulated('TableCollection.add with hasHeaders = false (Excel inserts a generated header row); write the headers and pass true');
  }
  const sheet = state.requireSheet(binding.sheetId, location);
  const rect = { ...binding.rect, rowCount: Math.max(2, binding.rect.rowCount) };
  if (rect.rowCount > 1_048_575 || rect.colCount > 16384) throw invalidArgument('a table cannot span whole rows or columns', location);
  const clash = state.named.tablesOnSheet(sheet.id).find((t) => rectsIntersect(t.rect, rect));
  if (clash) throw invalidArgument(`table range ${state.address({ sheetId: sheet.id, rect })} overlaps table "${clash.name}"`, location);
  const header = headerRect({ rect } as TableRecord);
  // Headers just written as text are known without recalculating the batch's formulas first.
  const raw = (state.cells.constantsWritten(sheet.hfId, header) ?? state.cells.values(sheet.hfId, header))[0];
  const formats = state.readNumberFormats({ sheetId: sheet.id, rect: header }, location)[0];
  state.cells.writeBlock(sheet.hfId, header.row, header.col, [fixedHeaders(raw, formats).map((h) => `'${h}`)]);
  const table: TableRecord = {
    id: state.named.nextTableId(),
    name: nextTableName(state),
    sheetId: sheet.id,
    rect,
    showTotals: false,
    style: DEFAULT_TABLE_STYLE,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
  state.named.addTableRecord(table);
  state.touch();
  return table;
}

export function renameTable(state: WorkbookState, table: TableRecord, name: unknown, location: string): void {
  if (typeof name !== 'string') throw invalidArgument(`table name must be text, got ${typeof name}`, location);
  const problem = definedNameProblem(name);
  if (problem) throw invalidArgument(`table name "${name}": ${problem}`, location);
  if (state.named.nameInUse(name, null, table)) throw itemAlreadyExists(`a table or name called "${name}"`, location);
  state.named.renameTableRecord(table, name);
  state.touch();
}

export function renameColumn(state: WorkbookState, table: TableRecord, index: number, name: unknown, location: string): void {
  if (typeof name !== 'string' || name.trim() === '') throw invalidArgument(`column name must be non-blank text`, location);
  const names = columnNames(state, table, location);
  if (names.some((n, i) => i !== index && n.toLowerCase() === name.toLowerCase())) {
    throw itemAlreadyExists(`column "${name}" in table "${table.name}"`, location);
  }
  const sheet = tableSheet(state, table, location);
  state.cells.writeBlock(sheet.hfId, table.rect.row, table.rect.col + index, [[`'${name}`]]);
  state.touch();
}

/** Table.showTotals: a totals row under the data with "Total" and a SUBTOTAL of the last column, as Excel adds. */
export function setShowTotals(state: WorkbookState, table: TableRecord, show: unknown, location: string): void {
  if (typeof show !== 'boolean') throw invalidArgument('showTotals must be true or false', location);
  if (show === table.showTotals) return;
  const sheet = tableSheet(state, table, location);
  const below = table.rect.row + table.rect.rowCount;
  if (show) {
    insertRows(state, sheet, below, 1, table.rect.col, table.rect.col + table.rect.colCount - 1, location);
    table.rect = { ...table.rect, rowCount: table.rect.rowCount + 1 };
    table.showTotals = true;
    const body = dataBodyRect(table);
    const lastCol = table.rect.col + table.rect.colCount - 1;
    const row: (string | null)[] = new Array(table.rect.colCount).fill(null);
    row[0] = "'Total";
    if (table.rect.colCount > 1) {
      row[row.length - 1] = `=SUBTOTAL(109,${formatRectAbsolute({ ...body, col: lastCol, colCount: 1 }).replace(/\$/g, '')})`;
    }
    state.cells.writeBlock(sheet.hfId, below, table.rect.col, [row]);
  } else {
    const totals = totalsRect(table)!;
    state.cells.clearBlock(sheet.hfId, totals);
    table.showTotals = false;
    table.rect = { ...table.rect, rowCount: table.rect.rowCount - 1 };
  }
  state.touch();
}

/** Table.delete: the table and its cells' contents and formats go, as in Excel. */
export function deleteTable(state: WorkbookState, table: TableRecord, location: string): void {
  const sheet = tableSheet(state, table, location);
  state.clear({ sheetId: sheet.id, rect: table.rect }, 'All', location);
  state.named.removeTableRecord(table);
  state.touch();
}

export function convertTableToRange(state: WorkbookState, table: TableRecord): void {
  state.named.removeTableRecord(table);
  state.touch();
}

export function findTable(state: WorkbookState, key: string, sheetId?: string): TableRecord | undefined {
  const inScope = (t: TableRecord | undefined) => t !== undefined && (sheetId === undefined || t.sheetId === sheetId);
  const named = state.named.tableNamed(key);
  if (inScope(named)) return named;
  return state.named.tables.find((t) => inScope(t) && t.id === key);
}

export function requireColumnIndex(state: WorkbookState, table: TableRecord, index: unknown, location: string): number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= table.rect.colCount) {
    throw invalidOperation(`column index ${String(index)} is outside table "${table.name}" (0..${table.rect.colCount - 1})`, location);
  }
  return index;
}

export function columnLetter(table: TableRecord, index: number): string {
  return columnLetters(table.rect.col + index);
}
