// A sheet as data: what the add-in wants a worksheet to hold. Plain JSON, built by pure functions,
// applied to Excel by src/excel/ and unit-tested without any spreadsheet.
import type { SheetTag } from './tags';

/** A constant a cell can hold. */
export type CellScalar = string | number | boolean;

export interface LayoutCell {
  /** A constant; ignored when `formula` is set. Absent with no formula = an empty cell. */
  value?: CellScalar;
  /** Formula text in en-US syntax (',' separators), starting with '='. */
  formula?: string;
  /** Excel number format code (en-US), e.g. "0.00%", "@" for text. */
  numberFormat?: string;
  /** Name of a style in the layout's `styles`. */
  style?: string;
  /** An analyst input cell: filled by the add-in only while it is empty, never overwritten afterwards. */
  input?: true;
}

/** A rectangle of cells written as one 2-D assignment; `null` is an empty cell with no format. */
export interface CellBlock {
  /** Top-left cell, e.g. "A17". */
  address: string;
  cells: (LayoutCell | null)[][];
}

export type HorizontalAlignment = 'General' | 'Left' | 'Center' | 'Right';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom';

export interface CellStyle {
  /** Fill colour "#RRGGBB". */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
}

export interface ColumnWidth {
  /** Column letter, e.g. "A". */
  column: string;
  /** Width in points, as Office.js `format.columnWidth`. */
  width: number;
}

export interface TableSpec {
  /** Workbook-unique table name (letters, digits, underscores). */
  name: string;
  /** Header row plus data rows, e.g. "A17:K20". */
  range: string;
  /** Built-in table style, e.g. "TableStyleLight9". */
  style: string;
  showTotals?: boolean;
}

/** A workbook-scoped named item pointing at a cell of this sheet (the sheet name is added when applied). */
export interface NameSpec {
  name: string;
  address: string;
  comment?: string;
}

/**
 * A custom-formula rule (en-US syntax, relative to the range's top-left cell, e.g. `=$H5="Raggiunto"`).
 * Formulas rather than cell-value rules, because Excel ranks any text above any number and "n.v." would turn green.
 */
export interface ConditionalFormatSpec {
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface ChartSpec {
  type: 'barClustered';
  /** Categories in the first column, values in the next, header row on top. */
  source: string;
  title: string;
  seriesBy: 'Columns';
  /** Where the chart sits: top-left and bottom-right cells. */
  topLeft: string;
  bottomRight: string;
  name: string;
  showLegend: boolean;
  /** Value axis bounds and format, e.g. 0..1 shown as %. */
  valueAxis?: { minimum: number; maximum: number; numberFormat: string };
}

/**
 * What to do when the sheet already exists:
 * refresh = rewrite structure and formulas, keep analyst input cells that hold something;
 * replace = delete and recreate (the summary); keep = leave it untouched (settings already there).
 */
export type ExistingSheetPolicy = 'refresh' | 'replace' | 'keep';

export interface SheetLayout {
  /** Stable id: "objective:5", "summary", "settings". */
  key: string;
  /** Preferred sheet name; a clash with a sheet that is not ours gets a numbered suffix. */
  name: string;
  tag: SheetTag;
  onExisting: ExistingSheetPolicy;
  visibility: 'Visible' | 'Hidden';
  /** Zero-based tab position, when the sheet has a place (the summary goes first). */
  position?: number;
  tabColor?: string;
  blocks: CellBlock[];
  styles: Record<string, CellStyle>;
  columnWidths: ColumnWidth[];
  tables: TableSpec[];
  names: NameSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  /** Rows frozen at the top (0 = none). */
  freezeRows: number;
}

/** Rows and columns covered by a block. */
export function blockSize(block: CellBlock): { rows: number; columns: number } {
  return { rows: block.cells.length, columns: block.cells.reduce((max, row) => Math.max(max, row.length), 0) };
}
