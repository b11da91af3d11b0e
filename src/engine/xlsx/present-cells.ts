// The rows and cells an ExcelJS worksheet read from the file, gaps skipped. ExcelJS's own `includeEmpty` walk makes
// a row and a cell object for every position up to the last, which one cell at XFD1048576 turns into billions.
import type { Cell, Row, Worksheet } from 'exceljs';

/** Each row the file has (empty ones with a height or a style too), with its 1-based number. */
export function eachPresentRow(worksheet: Worksheet, visit: (row: Row, rowNumber: number) => void): void {
  const rows = (worksheet as unknown as { _rows: (Row | undefined)[] })._rows;
  rows.forEach((row) => row && visit(row, row.number));
}

/** Each cell the row has (empty ones with a format too), with its 1-based column. */
export function eachPresentCell(row: Row, visit: (cell: Cell, columnNumber: number) => void): void {
  const cells = (row as unknown as { _cells: (Cell | undefined)[] })._cells;
  cells.forEach((cell, index) => cell && visit(cell, index + 1));
}
