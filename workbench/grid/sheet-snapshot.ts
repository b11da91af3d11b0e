// One sheet as the grid shows it: the used range's display texts, formulas and formats, read once per change.
import type { ChartView } from '../chart/chart-view';

export type HorizontalAlign = 'left' | 'center' | 'right';

export interface GridCellView {
  /** What the cell shows, formatted as Italian Excel does (31/07/2022, 99,00%, 1.234,50 €); on one line unless wrapped. */
  text: string;
  /** The formula (en-US syntax, as Office.js `formulas` gives it), or null for a constant or an empty cell. */
  formula: string | null;
  /** What the formula bar shows and edits: the formula in the display language's syntax, else the constant as typed. */
  input: string;
  align: HorizontalAlign;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  wrap: boolean;
}

/** A chart floating over the grid where the sheet places it, as in Excel. */
export interface PlacedChart {
  chart: ChartView;
  /** Points from the sheet's top-left corner (below the column headers, right of the row numbers). */
  top: number;
  left: number;
}

export interface SheetSnapshot {
  name: string;
  /** First row/column shown (0-based) and how many: A1 to the used range's last cell, at least a small empty grid. */
  rowCount: number;
  colCount: number;
  /** Column widths in points, as Office.js reports them. */
  columnWidths: number[];
  /** Row height in points: the sheet's own when set, else fitted to the wrapped text of the rows read so far. */
  rowHeight(row: number): number;
  /** The sheet gives the row a height of its own, which Excel keeps; other rows fit their text. */
  rowHeightIsSet(row: number): boolean;
  /**
   * Reads the cells of rows [start, end) when not read yet (a 5,000-row summary reads only the rows on screen).
   * True when that changed some row's height, so the caller lays the rows out again.
   */
  ensureRows(start: number, end: number): boolean;
  /** A cell of a row already read (an unread row shows empty). */
  cell(row: number, col: number): GridCellView;
  charts: PlacedChart[];
}

export const EMPTY_CELL: GridCellView = {
  text: '',
  formula: null,
  input: '',
  align: 'left',
  fill: null,
  fontColor: null,
  bold: false,
  italic: false,
  wrap: false,
};

/** Points to CSS pixels (Excel's 96 dpi). */
export function pointsToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}
