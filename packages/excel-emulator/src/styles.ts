// Cell formatting kept the way Excel keeps it: sheet, column, row and cell layers, the most specific winning.

import { CellRect, isEntireColumns, isEntireRows, rectContains } from './address';

/** Every format property the emulator stores for a cell. */
export interface CellFormat {
  numberFormat: string;
  /** null = no fill (Office.js reports "#FFFFFF"). */
  fillColor: string | null;
  fontBold: boolean;
  fontItalic: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  fontUnderline: string;
  fontStrikethrough: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
}

export const DEFAULT_FORMAT: Readonly<CellFormat> = {
  numberFormat: 'General',
  fillColor: null,
  fontBold: false,
  fontItalic: false,
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  fontUnderline: 'None',
  fontStrikethrough: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
};

export type FormatPatch = Partial<CellFormat>;
export type FormatKey = keyof CellFormat;

const COLUMN_STRIDE = 16384;
const cellKey = (row: number, col: number) => row * COLUMN_STRIDE + col;
const keyRow = (key: number) => Math.floor(key / COLUMN_STRIDE);
const keyCol = (key: number) => key % COLUMN_STRIDE;

function without(patch: FormatPatch | undefined, keys: readonly FormatKey[]): FormatPatch | undefined {
  if (!patch) return undefined;
  const copy: FormatPatch = { ...patch };
  for (const key of keys) delete copy[key];
  return Object.keys(copy).length === 0 ? undefined : copy;
}

/**
 * Sparse layered formats of one worksheet. Patches are never changed in place (a change stores a new one), so copies
 * share them; a copy also reads its source's cell layer through a frozen map until it changes more than single cells
 * (10,000 copied objective sheets held a copy of every cell's format each: about a sixth of the emulated workbook).
 */
export class StyleStore {
  private sheetLayer: FormatPatch = {};
  private columns = new Map<number, FormatPatch>();
  private rows = new Map<number, FormatPatch>();
  /** This store's own cell formats, over `frozenCells`. */
  private cells = new Map<number, FormatPatch>();
  /** Cell formats shared with copies: never changed. */
  private frozenCells: ReadonlyMap<number, FormatPatch> | null = null;

  /** An independent copy of every layer: what Worksheet.copy gives the new sheet. */
  clone(): StyleStore {
    if (this.cells.size > 0) {
      this.frozenCells = this.frozenCells ? new Map([...this.frozenCells, ...this.cells]) : this.cells;
      this.cells = new Map();
    }
    const copy = new StyleStore();
    copy.sheetLayer = this.sheetLayer;
    copy.columns = new Map(this.columns);
    copy.rows = new Map(this.rows);
    copy.frozenCells = this.frozenCells;
    return copy;
  }

  private cellPatch(key: number): FormatPatch | undefined {
    return this.cells.get(key) ?? this.frozenCells?.get(key);
  }

  /** The cell layer as this store's own, for changes that remove or move cell formats. */
  private ownCells(): Map<number, FormatPatch> {
    if (this.frozenCells) {
      this.cells = new Map([...this.frozenCells, ...this.cells]);
      this.frozenCells = null;
    }
    return this.cells;
  }

  /** The effective format of one cell. */
  resolve(row: number, col: number): CellFormat {
    return { ...DEFAULT_FORMAT, ...this.sheetLayer, ...this.columns.get(col), ...this.rows.get(row), ...this.cellPatch(cellKey(row, col)) };
  }

  /** Sets `patch` on every cell of `rect`, in the layer Excel would use for that shape. */
  apply(rect: CellRect, patch: FormatPatch): void {
    const keys = Object.keys(patch) as FormatKey[];
    if (keys.length === 0) return;
    const wholeColumns = isEntireColumns(rect);
    const wholeRows = isEntireRows(rect);
    if (wholeColumns && wholeRows) {
      this.sheetLayer = { ...this.sheetLayer, ...patch };
      this.stripLayer(this.columns, () => true, keys);
      this.stripLayer(this.rows, () => true, keys);
      this.stripLayer(this.ownCells(), () => true, keys);
      return;
    }
    if (wholeColumns) {
      const inColumns = (col: number) => col >= rect.col && col < rect.col + rect.colCount;
      for (let col = rect.col; col < rect.col + rect.colCount; col++) this.columns.set(col, { ...this.columns.get(col), ...patch });
      this.stripLayer(this.ownCells(), (key) => inColumns(keyCol(key)), keys);
      // A row format crossing these columns is older: the column's new value must win at the intersection.
      for (const [row, rowPatch] of this.rows) {
        if (!keys.some((k) => k in rowPatch)) continue;
        for (let col = rect.col; col < rect.col + rect.colCount; col++) this.mergeCell(row, col, patch);
      }
      return;
    }
    if (wholeRows) {
      for (let row = rect.row; row < rect.row + rect.rowCount; row++) this.rows.set(row, { ...this.rows.get(row), ...patch });
      this.stripLayer(this.ownCells(), (key) => keyRow(key) >= rect.row && keyRow(key) < rect.row + rect.rowCount, keys);
      return;
    }
    for (let row = rect.row; row < rect.row + rect.rowCount; row++) {
      for (let col = rect.col; col < rect.col + rect.colCount; col++) this.mergeCell(row, col, patch);
    }
  }

  /** Back to Excel's defaults on `rect` (Range.clear("Formats")). */
  clear(rect: CellRect): void {
    const wholeColumns = isEntireColumns(rect);
    const wholeRows = isEntireRows(rect);
    const all = Object.keys(DEFAULT_FORMAT) as FormatKey[];
    if (wholeColumns && wholeRows) {
      this.sheetLayer = {};
      this.columns.clear();
      this.rows.clear();
      this.cells = new Map();
      this.frozenCells = null;
      return;
    }
    if (wholeColumns) {
      for (let col = rect.col; col < rect.col + rect.colCount; col++) this.columns.delete(col);
    }
    if (wholeRows) {
      for (let row = rect.row; row < rect.row + rect.rowCount; row++) this.rows.delete(row);
    }
    this.stripLayer(this.ownCells(), (key) => rectContains(rect, keyRow(key), keyCol(key)), all);
    if (wholeColumns || wholeRows) return;
    const layered = Object.keys(this.sheetLayer).length > 0 || this.columns.size > 0 || this.rows.size > 0;
    if (!layered) return;
    for (let row = rect.row; row < rect.row + rect.rowCount; row++) {
      for (let col = rect.col; col < rect.col + rect.colCount; col++) this.cells.set(cellKey(row, col), { ...DEFAULT_FORMAT });
    }
  }

  /** Cells with a cell-level format, for the used range that counts formatting. */
  formattedCells(): Iterable<{ row: number; col: number }> {
    const { cells, frozenCells } = this;
    return {
      *[Symbol.iterator]() {
        for (const key of cells.keys()) yield { row: keyRow(key), col: keyCol(key) };
        for (const key of frozenCells?.keys() ?? []) if (!cells.has(key)) yield { row: keyRow(key), col: keyCol(key) };
      },
    };
  }

  /** Moves cell- and row-level formats of rows >= `fromRow` (within `cols` when given) down by `count`. */
  shiftRowsDown(fromRow: number, count: number, cols?: { first: number; last: number }): void {
    const inSpan = (col: number) => cols === undefined || (col >= cols.first && col <= cols.last);
    const cells = this.ownCells();
    const moved: [number, FormatPatch][] = [];
    for (const [key, patch] of cells) {
      if (keyRow(key) >= fromRow && inSpan(keyCol(key))) moved.push([key, patch]);
    }
    for (const [key] of moved) cells.delete(key);
    for (const [key, patch] of moved) cells.set(cellKey(keyRow(key) + count, keyCol(key)), patch);
    if (cols !== undefined) return;
    const movedRows = [...this.rows].filter(([row]) => row >= fromRow).sort((a, b) => b[0] - a[0]);
    for (const [row, patch] of movedRows) {
      this.rows.delete(row);
      this.rows.set(row + count, patch);
    }
  }

  private mergeCell(row: number, col: number, patch: FormatPatch): void {
    const key = cellKey(row, col);
    this.cells.set(key, { ...this.cellPatch(key), ...patch });
  }

  private stripLayer(layer: Map<number, FormatPatch>, applies: (key: number) => boolean, keys: readonly FormatKey[]): void {
    for (const [key, patch] of layer) {
      if (!applies(key)) continue;
      const rest = without(patch, keys);
      if (rest) layer.set(key, rest);
      else layer.delete(key);
    }
  }
}
