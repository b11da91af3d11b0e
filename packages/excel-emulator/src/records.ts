// The emulated workbook's stored objects: plain records the Office.js facade and the inspection API both read.

import type { CellRect } from './address';
import type { StyleStore } from './styles';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface CustomPropertyRecord {
  key: string;
  value: string;
}

export interface ChartAxisRecord {
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  numberFormat: string;
  visible: boolean;
}

export interface ChartRecord {
  id: string;
  name: string;
  /** Excel.ChartType value, e.g. "BarClustered". */
  type: string;
  source: { sheetId: string; rect: CellRect } | null;
  /** "Auto" | "Columns" | "Rows", as passed to charts.add. */
  seriesBy: string;
  title: { text: string; visible: boolean };
  axes: { category: ChartAxisRecord; value: ChartAxisRecord };
  legend: { visible: boolean; position: string };
  /** Points from the sheet's top-left corner, as Chart.top/left/width/height. */
  position: { top: number; left: number; width: number; height: number };
  /** The cells given to setPosition, when it was called. */
  anchor: { startCell: string; endCell: string | null } | null;
}

export type ConditionalFormatKind = 'CellValue' | 'ContainsText' | 'Custom';

export interface ConditionalFormatStyle {
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  numberFormat?: string;
}

export type ConditionalRule =
  | { kind: 'CellValue'; operator: string; formula1: string; formula2?: string }
  | { kind: 'ContainsText'; operator: string; text: string }
  | { kind: 'Custom'; formula: string };

export interface ConditionalFormatRecord {
  id: string;
  kind: ConditionalFormatKind;
  rect: CellRect;
  rule: ConditionalRule | null;
  format: ConditionalFormatStyle;
  stopIfTrue: boolean;
}

export interface SheetRecord {
  readonly id: string;
  /** HyperFormula's id for this sheet's cells. */
  readonly hfId: number;
  name: string;
  visibility: SheetVisibility;
  tabColor: string;
  showGridlines: boolean;
  styles: StyleStore;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number };
  /** Keyed by lower-case key: worksheet custom property keys are case-insensitive. */
  customProperties: Map<string, CustomPropertyRecord>;
  charts: ChartRecord[];
  /** Highest priority first, as Excel evaluates them. */
  conditionalFormats: ConditionalFormatRecord[];
}

export interface TableRecord {
  id: string;
  name: string;
  sheetId: string;
  /** Header row, data rows and, when shown, the totals row. */
  rect: CellRect;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface NameRecord {
  name: string;
  /** null = workbook scope. */
  scopeSheetId: string | null;
  comment: string;
  visible: boolean;
}

/** Standard column width and row height of Calibri 11, in points as Office.js reports them. */
export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;
