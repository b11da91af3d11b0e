// Rows inserted inside a sheet, as a table grows: cells, formats, row heights and the objects over them move down.
import { CellRect, MAX_ROWS } from './address';
import { invalidOperation } from './errors';
import type { SheetRecord } from './records';
import type { WorkbookState } from './workbook-state';

/**
 * Inserts `count` rows at `atRow` for the columns first..last, as a table row insertion does. When nothing else
 * sits beside those columns below `atRow`, whole rows are inserted (formulas spanning the insertion widen);
 * otherwise only the cells under the columns move down.
 */
export function insertRows(state: WorkbookState, sheet: SheetRecord, atRow: number, count: number, first: number, last: number, location: string): void {
  const used = state.usedRect(sheet, true);
  if (used && used.row + used.rowCount + count > MAX_ROWS) throw invalidOperation('inserting rows would push data off the sheet', location);
  const besideHasData = used !== null && hasDataOutside(state, sheet, atRow, first, last, used);
  const span = besideHasData ? { first, last } : undefined;
  if (!besideHasData) {
    state.cells.insertRows(sheet.hfId, atRow, count);
    const movedHeights = [...sheet.rowHeights].filter(([row]) => row >= atRow).sort((a, b) => b[0] - a[0]);
    for (const [row, height] of movedHeights) {
      sheet.rowHeights.delete(row);
      sheet.rowHeights.set(row + count, height);
    }
  } else if (used && used.row + used.rowCount > atRow) {
    const bottom = used.row + used.rowCount;
    state.cells.moveBlock(sheet.hfId, { row: atRow, col: first, rowCount: bottom - atRow, colCount: last - first + 1 }, atRow + count, first);
  }
  sheet.styles.shiftRowsDown(atRow, count, span);
  const shift = (rect: CellRect): CellRect => {
    const inSpan = !span || (rect.col >= span.first && rect.col + rect.colCount - 1 <= span.last);
    if (!inSpan) return rect;
    if (rect.row >= atRow) return { ...rect, row: rect.row + count };
    if (rect.row + rect.rowCount > atRow) return { ...rect, rowCount: rect.rowCount + count };
    return rect;
  };
  for (const table of state.named.tablesOnSheet(sheet.id)) table.rect = shift(table.rect);
  for (const cf of sheet.conditionalFormats) cf.rect = shift(cf.rect);
  for (const other of state.sheets) {
    for (const chart of other.charts) if (chart.source?.sheetId === sheet.id) chart.source.rect = shift(chart.source.rect);
  }
  state.touch();
}

function hasDataOutside(state: WorkbookState, sheet: SheetRecord, fromRow: number, first: number, last: number, used: CellRect): boolean {
  const bottom = used.row + used.rowCount;
  if (bottom <= fromRow) return false;
  const rows = { row: fromRow, rowCount: bottom - fromRow };
  const left = first > used.col ? { ...rows, col: used.col, colCount: first - used.col } : null;
  const rightStart = last + 1;
  const right = rightStart < used.col + used.colCount ? { ...rows, col: rightStart, colCount: used.col + used.colCount - rightStart } : null;
  return [left, right].some((rect) => {
    if (!rect) return false;
    const formulas = state.cells.formulaTexts(sheet.hfId, rect);
    const values = state.cells.values(sheet.hfId, rect);
    return values.some((line, r) => line.some((v, c) => v !== '' || formulas[r][c] !== undefined));
  });
}
