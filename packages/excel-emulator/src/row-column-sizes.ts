// Column widths and row heights: reading them (one value only when the range agrees), setting them, and autofit.
import { CellRect, intersectRects } from './address';
import { invalidArgument } from './errors';
import { SheetRecord, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from './records';
import type { CellFormat } from './styles';
import type { RangeBinding, WorkbookState } from './workbook-state';

/** The size shared by `count` rows/columns from `first`, or null when they differ. */
function uniformSize(custom: Map<number, number>, first: number, count: number, standard: number): number | null {
  const sizes = new Set<number>();
  let customInside = 0;
  for (const [index, size] of custom) {
    if (index < first || index >= first + count) continue;
    customInside += 1;
    sizes.add(size);
  }
  if (customInside < count) sizes.add(standard);
  return sizes.size === 1 ? [...sizes][0] : null;
}

/** A column's width in points: its own, or the standard one. */
export function columnWidth(sheet: SheetRecord, col: number): number {
  return sheet.columnWidths.get(col) ?? STANDARD_COLUMN_WIDTH;
}

/** A row's height in points: its own, or the standard one. */
export function rowHeight(sheet: SheetRecord, row: number): number {
  return sheet.rowHeights.get(row) ?? STANDARD_ROW_HEIGHT;
}

/** Width of the range's columns when they agree, else null. */
export function readColumnWidth(state: WorkbookState, binding: RangeBinding, location: string): number | null {
  const sheet = state.requireSheet(binding.sheetId, location);
  return uniformSize(sheet.columnWidths, binding.rect.col, binding.rect.colCount, STANDARD_COLUMN_WIDTH);
}

export function readRowHeight(state: WorkbookState, binding: RangeBinding, location: string): number | null {
  const sheet = state.requireSheet(binding.sheetId, location);
  return uniformSize(sheet.rowHeights, binding.rect.row, binding.rect.rowCount, STANDARD_ROW_HEIGHT);
}

export function setColumnWidth(state: WorkbookState, binding: RangeBinding, width: unknown, location: string): void {
  const sheet = state.requireSheet(binding.sheetId, location);
  if (typeof width !== 'number' || !(width >= 0)) throw invalidArgument(`column width ${String(width)} must be a number of points >= 0`, location);
  for (let c = binding.rect.col; c < binding.rect.col + binding.rect.colCount; c++) sheet.columnWidths.set(c, width);
  state.touch();
}

export function setRowHeight(state: WorkbookState, binding: RangeBinding, height: unknown, location: string): void {
  const sheet = state.requireSheet(binding.sheetId, location);
  if (typeof height !== 'number' || !(height >= 0) || height > 409) {
    throw invalidArgument(`row height ${String(height)} must be a number of points from 0 to 409`, location);
  }
  if (binding.rect.rowCount > 100_000) throw invalidArgument('row height on more than 100,000 rows is not emulated', location);
  for (let r = binding.rect.row; r < binding.rect.row + binding.rect.rowCount; r++) sheet.rowHeights.set(r, height);
  state.touch();
}

/** Approximate text width in points for autofit: the emulator has no fonts, so it assumes an average glyph. */
function textWidth(text: string, format: CellFormat): number {
  const longestLine = text.split('\n').reduce((max, line) => Math.max(max, line.length), 0);
  return longestLine * format.fontSize * 0.55 * (format.fontBold ? 1.1 : 1) + 6;
}

// Autofit looks only at the part of the range that holds values, and measures their displayed text.
function usedTextsIn(state: WorkbookState, binding: RangeBinding, location: string): { sheet: SheetRecord; rect: CellRect; texts: string[][] } | null {
  const sheet = state.requireSheet(binding.sheetId, location);
  const used = state.usedRect(sheet, true);
  if (!used) return null;
  const rect = intersectRects(binding.rect, used);
  if (!rect) return null;
  return { sheet, rect, texts: state.readText({ sheetId: sheet.id, rect }, location) };
}

export function autofitColumns(state: WorkbookState, binding: RangeBinding, location: string): void {
  const target = usedTextsIn(state, binding, location);
  if (!target) return;
  const { sheet, rect, texts } = target;
  for (let c = 0; c < rect.colCount; c++) {
    let width = 0;
    for (let r = 0; r < rect.rowCount; r++) {
      const format = sheet.styles.resolve(rect.row + r, rect.col + c);
      if (format.wrapText || texts[r][c] === '') continue;
      width = Math.max(width, textWidth(texts[r][c], format));
    }
    if (width > 0) sheet.columnWidths.set(rect.col + c, Math.min(409.5, Math.round(width * 4) / 4));
  }
  state.touch();
}

export function autofitRows(state: WorkbookState, binding: RangeBinding, location: string): void {
  const target = usedTextsIn(state, binding, location);
  if (!target) return;
  const { sheet, rect, texts } = target;
  for (let r = 0; r < rect.rowCount; r++) {
    let height = STANDARD_ROW_HEIGHT;
    for (let c = 0; c < rect.colCount; c++) {
      const format = sheet.styles.resolve(rect.row + r, rect.col + c);
      const lineHeight = Math.max(STANDARD_ROW_HEIGHT, format.fontSize * 1.36);
      if (!format.wrapText || texts[r][c] === '') {
        height = Math.max(height, lineHeight);
        continue;
      }
      const perLine = Math.max(1, columnWidth(sheet, rect.col + c) - 6);
      const lines = texts[r][c].split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line, format) / perLine)), 0);
      height = Math.max(height, lines * lineHeight);
    }
    sheet.rowHeights.set(rect.row + r, Math.min(409, Math.round(height * 4) / 4));
  }
  state.touch();
}

// ---- inserting rows (tables grow this way) ---------------------------------------------------------------
