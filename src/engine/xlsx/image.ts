// A workbook as plain data, between the emulator and an .xlsx file: what one side captures, the other writes.
// Neither ExcelJS nor the emulator appears here, so each direction of the mapping is a small, testable step.

/** An Excel error value ("#N/A", "#DIV/0!"), kept apart from a text that merely looks like one. */
export interface ImageError {
  error: string;
}

/** A constant, or the cached result of a formula; null = empty. */
export type ImageValue = number | string | boolean | ImageError | null;

/** The formatting Traguardo writes, in Office.js terms ("#RRGGBB" colours, alignment names); absent = Excel's default. */
export interface ImageStyle {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: 'Left' | 'Center' | 'Right' | 'Justify' | 'Fill' | 'Distributed' | 'CenterAcrossSelection';
  verticalAlignment?: 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
}

export interface ImageCell {
  /** Zero-based row and column. */
  row: number;
  col: number;
  /** en-US formula text starting with "=", e.g. "=PERF.ACHIEVED(F7,IF(LEN(D7)>0,D7,C7))". */
  formula?: string;
  /** The constant, or the formula's result as last computed (null when unknown). */
  value: ImageValue;
  /** Excel number format code; absent = "General". */
  numberFormat?: string;
  style?: ImageStyle;
}

export interface ImageTable {
  name: string;
  /** Header row, data rows and totals row, e.g. "A4:K15". */
  range: string;
  /** Built-in style name, e.g. "TableStyleLight9". */
  style: string;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  /** Header texts, left to right. */
  columns: string[];
}

export type ImageRule =
  | { kind: 'Custom'; formula: string }
  | { kind: 'CellValue'; operator: string; formula1: string; formula2?: string }
  | { kind: 'ContainsText'; operator: string; text: string };

export interface ImageConditionalFormat {
  range: string;
  /** Formulas start with "=" and are relative to the range's top-left cell, as in Office.js. */
  rule: ImageRule;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean; numberFormat?: string };
  stopIfTrue: boolean;
}

/** A chart, kept only to say what a file format cannot carry. */
export interface ImageChart {
  name: string;
  type: string;
  title: string;
  /** Source range on its sheet, e.g. "M4:N15"; null when unknown. */
  source: string | null;
}

export type ImageVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ImageSheet {
  name: string;
  visibility: ImageVisibility;
  /** "#RRGGBB"; absent = no colour. */
  tabColor?: string;
  /** Worksheet custom properties (the add-in's sheet tag is one). */
  customProperties: Record<string, string>;
  /** Widths in points (Office.js `format.columnWidth`) of the columns that have one; zero-based column. */
  columnWidths: { col: number; width: number }[];
  /** Heights in points of the rows that have one; zero-based row. */
  rowHeights: { row: number; height: number }[];
  freeze: { rows: number; columns: number };
  /** Non-empty or formatted cells, in any order. */
  cells: ImageCell[];
  tables: ImageTable[];
  /** Highest priority first. */
  conditionalFormats: ImageConditionalFormat[];
  charts: ImageChart[];
}

export interface ImageName {
  name: string;
  /** What it refers to, with "=": "='Obiettivo 5'!$B$22". */
  formula: string;
  comment?: string;
}

export interface WorkbookImage {
  /** In tab order. */
  sheets: ImageSheet[];
  /** Workbook-scoped named items. */
  names: ImageName[];
}

export function isImageError(value: ImageValue | undefined): value is ImageError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** "#N/A"-like text as Office.js reports an error value. */
export function imageValueText(value: ImageValue): string | number | boolean {
  if (value === null) return '';
  return isImageError(value) ? value.error : value;
}

export function emptySheet(name: string): ImageSheet {
  return {
    name,
    visibility: 'Visible',
    customProperties: {},
    columnWidths: [],
    rowHeights: [],
    freeze: { rows: 0, columns: 0 },
    cells: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
  };
}
