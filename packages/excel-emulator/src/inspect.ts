// A read-only view of the emulated workbook for tests and the workbench. Not the Office API: no sync, no load.

import { CellRect, formatRect, parseLocalAddress, qualifiedAddress, rectContains } from './address';
import { ExcelValue } from './cell-store';
import { ChartData, chartData } from './charts';
import { conditionalStyleAt } from './conditional-formats';
import { itemNotFound, invalidArgument } from './errors';
import { nameType, nameValue } from './names';
import { DisplayLocale, formatCellValue } from './number-format';
import { ChartRecord, ConditionalFormatStyle, ConditionalRule, SheetRecord, SheetVisibility, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT } from './records';
import { CellFormat } from './styles';
import { columnNames } from './tables';
import { WorkbookState } from './workbook-state';
import { nameFormula } from './resolve-address';

export interface SheetInfo {
  id: string;
  name: string;
  position: number;
  visibility: SheetVisibility;
  tabColor: string;
  active: boolean;
  frozenRows: number;
  frozenColumns: number;
  showGridlines: boolean;
}

/** What a file holds of a cell: no display text, no conditional formats applied. */
export interface CellContent {
  /** Computed value as Range.values gives it ("" when empty, "#DIV/0!" for errors). */
  value: ExcelValue;
  /** The formula, or null for a constant or an empty cell. */
  formula: string | null;
  numberFormat: string;
  valueType: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  format: CellFormat;
}

export interface CellSnapshot extends CellContent {
  /** Local address, e.g. "B3". */
  address: string;
  /** What Excel's formula bar shows: the formula, or the constant as typed back (TRUE, 0.5, text). */
  input: string;
  /** The value rendered through its number format in the emulator's locale (Range.text). */
  text: string;
  /** What the sheet's conditional formats add to this cell now (empty when no rule matches). */
  conditionalFormat: ConditionalFormatStyle;
  /** Name of the table this cell belongs to, if any. */
  table: string | null;
}

export interface UsedRangeInfo {
  address: string;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** The selection as the user sees it: the range Range.select() chose, or A1 of the sheet Worksheet.activate() showed. */
export interface SelectionInfo extends UsedRangeInfo {
  sheet: string;
  /** Grows with every activate() and select(), so a caller sees a repeated selection of the same cell. */
  changes: number;
  by: 'activate' | 'select';
}

export interface TableSpec {
  id: string;
  name: string;
  sheet: string;
  /** Whole table, header (and totals) included, e.g. "A12:K17". */
  address: string;
  headers: string[];
  showTotals: boolean;
  style: string;
}

export interface NameSpec {
  name: string;
  /** Sheet name for a sheet-scoped name, null for the workbook. */
  scope: string | null;
  formula: string;
  type: string;
  value: ExcelValue;
  comment: string;
  visible: boolean;
}

export interface ChartSpec extends Omit<ChartRecord, 'source'> {
  /** "'Riepilogo'!B2:C13" or null when its sheet was deleted. */
  sourceAddress: string | null;
  /** Categories and series as Excel would draw them from the source cells now. */
  data: ChartData;
}

export interface ConditionalFormatSpec {
  id: string;
  type: string;
  address: string;
  priority: number;
  rule: ConditionalRule | null;
  format: ConditionalFormatStyle;
  stopIfTrue: boolean;
}

export interface SheetLayout {
  /** Column index -> width in points, for columns that differ from the standard width. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  standardColumnWidth: number;
  standardRowHeight: number;
  frozenRows: number;
  frozenColumns: number;
}

export function sheetNamed(state: WorkbookState, name: string): SheetRecord {
  const sheet = state.sheetByName(name);
  if (!sheet) throw itemNotFound(`worksheet "${name}" (sheets: ${state.sheets.map((s) => s.name).join(', ')})`, 'inspect');
  return sheet;
}

function localRect(address: string): CellRect {
  const rect = parseLocalAddress(address.replace(/^.*!/, ''));
  if (!rect) throw invalidArgument(`"${address}" is not an A1 address`, 'inspect');
  return rect;
}

export function sheetInfos(state: WorkbookState): SheetInfo[] {
  return state.sheets.map((sheet, position) => ({
    id: sheet.id,
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    active: sheet.id === state.activeSheetId,
    frozenRows: sheet.freeze.rows,
    frozenColumns: sheet.freeze.columns,
    showGridlines: sheet.showGridlines,
  }));
}

/** What the formula bar shows for a constant: numbers in full (en-US), TRUE/FALSE, text as is. */
function inputText(value: ExcelValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The cells of `address` as a file holds them: a file writer needs neither display texts nor conditional formats applied. */
export function cellContents(state: WorkbookState, sheetName: string, address: string): CellContent[][] {
  const sheet = sheetNamed(state, sheetName);
  const rect = localRect(address);
  if (rect.rowCount * rect.colCount > 1_000_000) throw invalidArgument(`${address} has more than a million cells`, 'inspect.cells');
  const values = state.cells.values(sheet.hfId, rect);
  const formulas = state.cells.formulaTexts(sheet.hfId, rect);
  const types = state.readValueTypes({ sheetId: sheet.id, rect }, 'inspect.cells');
  return values.map((line, r) =>
    line.map((value, c) => {
      const format = sheet.styles.resolve(rect.row + r, rect.col + c);
      return { value, formula: formulas[r][c] ?? null, numberFormat: format.numberFormat, valueType: types[r][c], format };
    }),
  );
}

export function cellSnapshots(state: WorkbookState, sheetName: string, address: string, locale: DisplayLocale): CellSnapshot[][] {
  const sheet = sheetNamed(state, sheetName);
  const rect = localRect(address);
  const tables = state.named.tablesOnSheet(sheet.id);
  return cellContents(state, sheetName, address).map((line, r) =>
    line.map((content, c) => {
      const row = rect.row + r;
      const col = rect.col + c;
      return {
        ...content,
        address: formatRect({ row, col, rowCount: 1, colCount: 1 }),
        input: content.formula ?? inputText(content.value),
        text: formatCellValue(content.value, content.numberFormat, locale),
        conditionalFormat: sheet.conditionalFormats.length > 0 ? conditionalStyleAt(state, sheet, row, col, content.value) : {},
        table: tables.find((t) => rectContains(t.rect, row, col))?.name ?? null,
      };
    }),
  );
}

export function usedRangeInfo(state: WorkbookState, sheetName: string, valuesOnly: boolean): UsedRangeInfo | null {
  const rect = state.usedRect(sheetNamed(state, sheetName), valuesOnly);
  return rect ? { address: formatRect(rect), row: rect.row, col: rect.col, rowCount: rect.rowCount, colCount: rect.colCount } : null;
}

export function tableSpecs(state: WorkbookState): TableSpec[] {
  return state.named.tables.map((table) => {
    const sheet = state.requireSheet(table.sheetId, 'inspect.tables');
    return {
      id: table.id,
      name: table.name,
      sheet: sheet.name,
      address: formatRect(table.rect),
      headers: columnNames(state, table, 'inspect.tables'),
      showTotals: table.showTotals,
      style: table.style,
    };
  });
}

export function nameSpecs(state: WorkbookState): NameSpec[] {
  return state.named.names.map((record) => ({
    name: record.name,
    scope: record.scopeSheetId === null ? null : state.sheetById(record.scopeSheetId)?.name ?? null,
    formula: nameFormula(state, record) ?? '',
    type: nameType(state, record),
    value: nameValue(state, record),
    comment: record.comment,
    visible: record.visible,
  }));
}

export function chartSpecs(state: WorkbookState, sheetName: string): ChartSpec[] {
  const sheet = sheetNamed(state, sheetName);
  return sheet.charts.map((chart) => {
    const { source, ...rest } = chart;
    const sourceSheet = source ? state.sheetById(source.sheetId) : undefined;
    return {
      ...structuredCloneRecord(rest),
      sourceAddress: source && sourceSheet ? qualifiedAddress(sourceSheet.name, source.rect) : null,
      data: chartData(state, chart),
    };
  });
}

/** Specs are copies: callers may keep or change them without touching the workbook. */
function structuredCloneRecord<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function conditionalFormatSpecs(state: WorkbookState, sheetName: string): ConditionalFormatSpec[] {
  return sheetNamed(state, sheetName).conditionalFormats.map((cf, priority) => ({
    id: cf.id,
    type: cf.kind,
    address: formatRect(cf.rect),
    priority,
    rule: cf.rule ? structuredCloneRecord(cf.rule) : null,
    format: { ...cf.format },
    stopIfTrue: cf.stopIfTrue,
  }));
}

export function customPropertyMap(state: WorkbookState, sheetName: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { key, value } of sheetNamed(state, sheetName).customProperties.values()) result[key] = value;
  return result;
}

export function sheetLayout(state: WorkbookState, sheetName: string): SheetLayout {
  const sheet = sheetNamed(state, sheetName);
  return {
    columnWidths: Object.fromEntries(sheet.columnWidths),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    standardColumnWidth: STANDARD_COLUMN_WIDTH,
    standardRowHeight: STANDARD_ROW_HEIGHT,
    frozenRows: sheet.freeze.rows,
    frozenColumns: sheet.freeze.columns,
  };
}

export function selectionInfo(state: WorkbookState): SelectionInfo {
  const { rect } = state.selection;
  return {
    sheet: state.sheetById(state.selection.sheetId)?.name ?? '',
    address: formatRect(rect),
    ...rect,
    changes: state.selectionChanges,
    by: state.selectedBy,
  };
}
