// What the grid's edits do to the emulated workbook: one typed entry, a cleared block, a pasted block (one write,
// one recalculation), and the copied cells as clipboard text.
import { cellAddress, formatRect, MAX_COLUMNS, MAX_ROWS } from '@traguardo/excel-emulator';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import { parseClipboardText, toClipboardText } from '../grid/clipboard-text';
import type { CellBlock, CellPosition } from '../grid/selection';
import { entryToEnUs } from './cell-entry';

type Workbook = Pick<ExcelEmulator, 'cell' | 'cells' | 'setCellInput' | 'setCellInputs'>;

/** Writes what the user typed into one cell, read in the display language. */
export function writeEntry(workbook: Workbook, sheet: string, at: CellPosition, text: string, displayLanguage: string): void {
  const address = cellAddress(at.row, at.col);
  workbook.setCellInput(sheet, address, entryToEnUs(text, displayLanguage, workbook.cell(sheet, address).numberFormat === '@'));
}

/** Writes rows of typed texts from `at` on, each read as typing it there would be, in one write. */
function writeEntries(workbook: Workbook, sheet: string, at: CellPosition, texts: readonly (readonly string[])[], displayLanguage: string): void {
  const block = { row: at.row, col: at.col, rowCount: texts.length, colCount: texts[0].length };
  const formats = workbook.cells(sheet, formatRect(block));
  const entries = texts.map((line, r) => line.map((text, c) => entryToEnUs(text, displayLanguage, formats[r][c].numberFormat === '@')));
  workbook.setCellInputs(sheet, cellAddress(at.row, at.col), entries);
}

/** Delete on a selection: every cell's contents go, formats stay, in one write. */
export function clearBlock(workbook: Workbook, sheet: string, block: CellBlock): void {
  const empty = Array.from({ length: block.rowCount }, () => Array<string>(block.colCount).fill(''));
  workbook.setCellInputs(sheet, cellAddress(block.row, block.col), empty);
}

/**
 * Ctrl+V: the clipboard's tab-separated block written from `at` (cut at the sheet's edge). Returns the cells
 * written, which Excel then shows selected, or null when the clipboard held no cells.
 */
export function pasteText(workbook: Workbook, sheet: string, at: CellPosition, text: string, displayLanguage: string): CellBlock | null {
  const rows = parseClipboardText(text)
    .slice(0, MAX_ROWS - at.row)
    .map((line) => line.slice(0, MAX_COLUMNS - at.col));
  if (rows.length === 0 || rows[0].length === 0) return null;
  writeEntries(workbook, sheet, at, rows, displayLanguage);
  return { row: at.row, col: at.col, rowCount: rows.length, colCount: rows[0].length };
}

/** Ctrl+C: the selected cells as they are shown (31/07/2022, 99,00%), as Excel puts them on the clipboard as text. */
export function copyText(workbook: Workbook, sheet: string, block: CellBlock): string {
  return toClipboardText(workbook.cells(sheet, formatRect(block)).map((line) => line.map((cell) => cell.text)));
}
