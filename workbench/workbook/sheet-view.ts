// Turns the emulator's inspection data into what the grid draws: display text, Excel's alignment, fills and fonts.
import type { CellSnapshot, ChartSpec, SheetInfo, SheetLayout, UsedRangeInfo } from '@traguardo/excel-emulator';
import type { ChartView } from '../chart/chart-view';
import { EMPTY_CELL, type GridCellView, type HorizontalAlign, type SheetSnapshot } from '../grid/sheet-snapshot';
import { cellAddress } from '@traguardo/excel-emulator';
import { entryText } from './cell-entry';

/** The read-only questions the workbench asks the emulated workbook (its inspection API, no sync involved). */
export interface WorkbookInspector {
  sheets(): SheetInfo[];
  usedRange(sheet: string): UsedRangeInfo | null;
  /** Cells of a local A1 range, e.g. "A1:K40". */
  cells(sheet: string, address: string): CellSnapshot[][];
  layout(sheet: string): SheetLayout;
  charts(sheet: string): ChartSpec[];
}

/** An empty sheet still shows a small grid to type into, as a new Excel sheet does. */
export const MINIMUM_ROWS = 30;
export const MINIMUM_COLUMNS = 10;
/** Cells are read from the emulator in bands of this many rows, only when the grid needs them. */
const BAND_ROWS = 50;

// Excel's General alignment: numbers and dates right, booleans and errors centred, text left.
function generalAlign(cell: CellSnapshot): HorizontalAlign {
  if (cell.valueType === 'Double') return 'right';
  if (cell.valueType === 'Boolean' || cell.valueType === 'Error') return 'center';
  return 'left';
}

function alignOf(cell: CellSnapshot): HorizontalAlign {
  switch (cell.format.horizontalAlignment) {
    case 'Left':
      return 'left';
    case 'Center':
    case 'CenterAcrossSelection':
      return 'center';
    case 'Right':
      return 'right';
    default:
      return generalAlign(cell);
  }
}

/** One cell as drawn: conditional formats over the cell's own format, as Excel paints them. */
function gridCell(cell: CellSnapshot, displayLanguage: string): GridCellView {
  const conditional = cell.conditionalFormat;
  const fontColor = conditional.fontColor ?? cell.format.fontColor;
  return {
    // Excel draws the line breaks of a cell only when its text wraps.
    text: cell.format.wrapText ? cell.text : cell.text.replace(/\r?\n/g, ' '),
    formula: cell.formula,
    input: entryText(cell, displayLanguage),
    align: alignOf(cell),
    fill: conditional.fillColor ?? cell.format.fillColor,
    fontColor: fontColor && fontColor.toUpperCase() !== '#000000' ? fontColor : null,
    bold: conditional.bold ?? cell.format.fontBold,
    italic: conditional.italic ?? cell.format.fontItalic,
    wrap: cell.format.wrapText,
  };
}

function chartView(spec: ChartSpec): ChartView {
  return {
    id: spec.id,
    name: spec.name,
    type: spec.type,
    title: spec.title.visible || spec.title.text ? spec.title.text : '',
    categories: spec.data.categories,
    series: spec.data.series,
    valueAxis: { minimum: spec.axes.value.minimum, maximum: spec.axes.value.maximum, numberFormat: spec.axes.value.numberFormat },
    width: spec.position.width,
    height: spec.position.height,
  };
}

/** Excel grows a row without a height of its own to fit its wrapped text; the emulator has no fonts, so estimate. */
function fittedRowHeight(cells: readonly CellSnapshot[], columnWidths: readonly number[], standard: number): number {
  let height = standard;
  cells.forEach((cell, col) => {
    if (cell.text === '') return;
    const { fontSize, fontBold } = cell.format;
    const lineHeight = Math.max(standard, fontSize * 1.36);
    if (!cell.format.wrapText) {
      height = Math.max(height, lineHeight);
      return;
    }
    const charWidth = fontSize * 0.5 * (fontBold ? 1.1 : 1);
    const perLine = Math.max(1, (columnWidths[col] ?? 48) - 6);
    const lines = cell.text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length * charWidth) / perLine)), 0);
    height = Math.max(height, lines * lineHeight);
  });
  // Excel's largest row height.
  return Math.min(409, height);
}

/**
 * The sheet from A1 to the used range's last cell (the grid never renders beyond it), with sizes from the sheet's
 * layout. `extraCell` widens the grid to a cell selected outside it (through the name box).
 */
export function sheetSnapshot(inspector: WorkbookInspector, sheet: string, extraCell?: { row: number; col: number }, displayLanguage = 'it-IT'): SheetSnapshot {
  const used = inspector.usedRange(sheet);
  const rowCount = Math.max(MINIMUM_ROWS, used ? used.row + used.rowCount : 0, extraCell ? extraCell.row + 1 : 0);
  const colCount = Math.max(MINIMUM_COLUMNS, used ? used.col + used.colCount : 0, extraCell ? extraCell.col + 1 : 0);
  const layout = inspector.layout(sheet);
  const columnWidths = Array.from({ length: colCount }, (_, col) => layout.columnWidths[col] ?? layout.standardColumnWidth);
  const rowHeights = Array.from({ length: rowCount }, (_, row) => layout.rowHeights[row] ?? layout.standardRowHeight);
  const usedRows = used ? used.row + used.rowCount : 0;
  const usedCols = used ? used.col + used.colCount : 0;
  const bands = new Map<number, GridCellView[][]>();

  // Reads one band of rows; returns true when a row without its own height had to grow for wrapped text.
  const readBand = (index: number): boolean => {
    const first = index * BAND_ROWS;
    const last = Math.min(usedRows, first + BAND_ROWS) - 1;
    const cells = inspector.cells(sheet, `A${first + 1}:${cellAddress(last, usedCols - 1)}`);
    bands.set(index, cells.map((line) => line.map((cell) => gridCell(cell, displayLanguage))));
    let grew = false;
    cells.forEach((line, offset) => {
      const row = first + offset;
      if (layout.rowHeights[row] !== undefined) return;
      const fitted = fittedRowHeight(line, columnWidths, layout.standardRowHeight);
      if (fitted !== rowHeights[row]) {
        rowHeights[row] = fitted;
        grew = true;
      }
    });
    return grew;
  };

  return {
    name: sheet,
    rowCount,
    colCount,
    columnWidths,
    rowHeight: (row) => rowHeights[row],
    rowHeightIsSet: (row) => layout.rowHeights[row] !== undefined,
    ensureRows(start, end) {
      let changed = false;
      const lastRow = Math.min(end, usedRows) - 1;
      for (let index = Math.floor(start / BAND_ROWS); index * BAND_ROWS <= lastRow; index++) {
        if (!bands.has(index)) changed = readBand(index) || changed;
      }
      return changed;
    },
    cell(row, col) {
      if (row >= usedRows || col >= usedCols) return EMPTY_CELL;
      const band = bands.get(Math.floor(row / BAND_ROWS));
      return band ? band[row % BAND_ROWS][col] : EMPTY_CELL;
    },
    charts: inspector.charts(sheet).map((spec) => ({ chart: chartView(spec), top: spec.position.top, left: spec.position.left })),
  };
}
