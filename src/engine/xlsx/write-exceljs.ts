// WorkbookImage sheets -> ExcelJS worksheets, which xlsx-package.ts renders into the .xlsx. Formulas keep their cached
// results, so a reader that does not recalculate (a preview, a script) sees the engine's numbers. What ExcelJS cannot
// write is listed, never dropped silently.
import {
  Workbook,
  type Cell,
  type CellIsOperators,
  type CellValue,
  type ConditionalFormattingRule,
  type Fill,
  type Font,
  type Style,
  type TableStyleProperties,
  type Worksheet,
} from 'exceljs';
import { msg, type Message } from '../../core/messages';
import { cellAddress, parseLocalAddress } from '@traguardo/excel-emulator';
import { PERF_NAMESPACE } from '../perf-plugin';
import { toFileFormula } from './file-formulas';
import { isImageError, type ImageCell, type ImageConditionalFormat, type ImageSheet, type ImageStyle, type ImageTable, type ImageValue, type WorkbookImage } from './image';
import { CELL_VALUE_OPERATORS, hexToArgb, horizontalToFile, pointsToColumnWidth, verticalToFile } from './units';

/** Something in the image that the .xlsx written by ExcelJS does not hold. */
export interface OmittedItem {
  sheet: string | null;
  kind: 'chart' | 'customProperty' | 'nameComment' | 'name' | 'stopIfTrue';
  /** The chart's, property's or name's own name. */
  name: string;
  /** Why, for the person running the command. */
  reason: Message;
}

function fileValue(value: ImageValue): CellValue {
  if (value === null) return null;
  if (isImageError(value)) return { error: value.error } as CellValue;
  return value;
}

function cellContent(cell: ImageCell): CellValue {
  if (cell.formula === undefined) return fileValue(cell.value);
  const formula = toFileFormula(cell.formula, [PERF_NAMESPACE]);
  // A formula without a computed value is written without one: Excel computes it when the file opens.
  return (cell.value === null ? { formula } : { formula, result: fileValue(cell.value) }) as CellValue;
}

/** The ExcelJS style of a cell; objects are shared between equal cells so a large sheet stays small in memory. */
export class StyleCache {
  private readonly cache = new Map<string, Partial<Style>>();

  styleFor(numberFormat: string | undefined, style: ImageStyle | undefined): Partial<Style> | null {
    if (numberFormat === undefined && style === undefined) return null;
    const key = `${numberFormat ?? ''}\u0000${style ? JSON.stringify(style) : ''}`;
    let built = this.cache.get(key);
    if (!built) {
      built = buildStyle(numberFormat, style ?? {});
      this.cache.set(key, built);
    }
    return built;
  }
}

function buildStyle(numberFormat: string | undefined, style: ImageStyle): Partial<Style> {
  const built: Partial<Style> = {};
  if (numberFormat !== undefined && numberFormat !== 'General') built.numFmt = numberFormat;
  const font: Partial<Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.underline) font.underline = true;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontName !== undefined) font.name = style.fontName;
  const fontColor = hexToArgb(style.fontColor);
  if (fontColor) font.color = { argb: fontColor };
  if (Object.keys(font).length > 0) built.font = font;
  const fill = hexToArgb(style.fill);
  if (fill) built.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } } as Fill;
  const alignment: Style['alignment'] = {};
  if (style.wrapText) alignment.wrapText = true;
  if (style.horizontalAlignment) alignment.horizontal = horizontalToFile(style.horizontalAlignment);
  if (style.verticalAlignment) alignment.vertical = verticalToFile(style.verticalAlignment);
  if (Object.keys(alignment).length > 0) built.alignment = alignment;
  return built;
}

/** ExcelJS writes a table's header and rows into the cells itself; it gets the image's own cells, rewritten after. */
function addTable(worksheet: Worksheet, table: ImageTable, cellAt: (row: number, col: number) => ImageCell | undefined): void {
  const rect = parseLocalAddress(table.range);
  if (!rect) throw new Error(`Tabella "${table.name}": intervallo "${table.range}" non valido`);
  const dataRows = rect.rowCount - 1 - (table.showTotals ? 1 : 0);
  const rows: CellValue[][] = [];
  for (let r = 0; r < dataRows; r++) {
    const line: CellValue[] = [];
    for (let c = 0; c < rect.colCount; c++) {
      const cell = cellAt(rect.row + 1 + r, rect.col + c);
      line.push(cell ? cellContent(cell) : null);
    }
    rows.push(line);
  }
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(rect.row, rect.col),
    headerRow: true,
    totalsRow: table.showTotals,
    style: {
      // Excel's style names as the image has them; ExcelJS's type lists only the built-in ones.
      theme: table.style as TableStyleProperties['theme'],
      showRowStripes: table.showBandedRows,
      showColumnStripes: table.showBandedColumns,
      showFirstColumn: table.highlightFirstColumn,
      showLastColumn: table.highlightLastColumn,
    },
    columns: table.columns.map((name) => ({ name, filterButton: table.showFilterButton })),
    rows,
  });
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Office.js text rules become the expression Excel itself stores for them (ExcelJS writes only "contains"). */
function textRuleFormula(operator: string, text: string, topLeft: string): string {
  const literal = quoted(text);
  switch (operator) {
    case 'NotContains':
      return `ISERROR(SEARCH(${literal},${topLeft}))`;
    case 'BeginsWith':
      return `LEFT(${topLeft},LEN(${literal}))=${literal}`;
    case 'EndsWith':
      return `RIGHT(${topLeft},LEN(${literal}))=${literal}`;
    default:
      return `NOT(ISERROR(SEARCH(${literal},${topLeft})))`;
  }
}

function conditionalRule(format: ImageConditionalFormat, priority: number): ConditionalFormattingRule {
  const style: Partial<Style> = {};
  const fill = hexToArgb(format.format.fill);
  // Differential formats take the fill colour as bgColor (a solid pattern's background).
  if (fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } as Fill;
  const font: Partial<Font> = {};
  const fontColor = hexToArgb(format.format.fontColor);
  if (fontColor) font.color = { argb: fontColor };
  if (format.format.bold) font.bold = true;
  if (format.format.italic) font.italic = true;
  if (Object.keys(font).length > 0) style.font = font;
  if (format.format.numberFormat) style.numFmt = format.format.numberFormat;
  const rule = format.rule;
  switch (rule.kind) {
    case 'Custom':
      return { type: 'expression', priority, formulae: [toFileFormula(rule.formula, [PERF_NAMESPACE])], style };
    case 'CellValue': {
      const formulae = [toFileFormula(rule.formula1, [PERF_NAMESPACE])];
      if (rule.formula2 !== undefined) formulae.push(toFileFormula(rule.formula2, [PERF_NAMESPACE]));
      // ExcelJS writes every operator of the file format (notEqual, notBetween...), though its type lists only four.
      const operator = (CELL_VALUE_OPERATORS[rule.operator] ?? 'equal') as CellIsOperators;
      return { type: 'cellIs', priority, operator, formulae, style };
    }
    case 'ContainsText': {
      const topLeft = format.range.split(':')[0].replace(/\$/g, '');
      return { type: 'expression', priority, formulae: [textRuleFormula(rule.operator, rule.text, topLeft)], style };
    }
  }
}

/** Row-major key of a cell: Excel has 16,384 columns. */
const positionKey = (row: number, col: number): number => row * 16_384 + col;

/** One sheet of the image added to an ExcelJS workbook, with what it could not carry added to `omitted`. */
export function writeSheet(workbook: Workbook, sheet: ImageSheet, styles: StyleCache, omitted: OmittedItem[]): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.visibility === 'Visible' ? 'visible' : sheet.visibility === 'Hidden' ? 'hidden' : 'veryHidden',
    properties: sheet.tabColor ? { tabColor: { argb: hexToArgb(sheet.tabColor) } } : {},
    views:
      sheet.freeze.rows > 0 || sheet.freeze.columns > 0
        ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
        : [],
  });
  for (const { col, width } of sheet.columnWidths) worksheet.getColumn(col + 1).width = pointsToColumnWidth(width);
  for (const { row, height } of sheet.rowHeights) worksheet.getRow(row + 1).height = height;

  // Only the cells inside tables are looked up by position: a key per cell of a 500,000-cell Riepilogo costs memory.
  const inTables = sheet.tables.flatMap((table) => parseLocalAddress(table.range) ?? []);
  const byPosition = new Map<number, ImageCell>();
  if (inTables.length > 0) {
    for (const cell of sheet.cells) {
      if (inTables.some((rect) => cell.row >= rect.row && cell.row < rect.row + rect.rowCount && cell.col >= rect.col && cell.col < rect.col + rect.colCount)) {
        byPosition.set(positionKey(cell.row, cell.col), cell);
      }
    }
  }
  for (const table of sheet.tables) addTable(worksheet, table, (row, col) => byPosition.get(positionKey(row, col)));

  for (const cell of sheet.cells) {
    const target: Cell = worksheet.getCell(cell.row + 1, cell.col + 1);
    target.value = cellContent(cell);
    const style = styles.styleFor(cell.numberFormat, cell.style);
    if (style) target.style = style;
  }

  sheet.conditionalFormats.forEach((format, index) => {
    worksheet.addConditionalFormatting({ ref: format.range, rules: [conditionalRule(format, index + 1)] });
    if (format.stopIfTrue) {
      omitted.push({ sheet: sheet.name, kind: 'stopIfTrue', name: format.range, reason: msg('xlsx.noStopIfTrue') });
    }
  });
  for (const chart of sheet.charts) {
    omitted.push({ sheet: sheet.name, kind: 'chart', name: chart.name, reason: msg('xlsx.noCharts') });
  }
  for (const key of Object.keys(sheet.customProperties)) {
    omitted.push({ sheet: sheet.name, kind: 'customProperty', name: key, reason: msg('xlsx.noSheetProperties') });
  }
}

const PLAIN_REFERENCE = /^=?('([^']|'')+'|[^'!=]+)!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;

/** The image's defined names as the workbook's; those ExcelJS cannot hold go to `omitted`. */
export function addNames(workbook: Workbook, names: WorkbookImage['names'], omitted: OmittedItem[]): void {
  for (const name of names) {
    // ExcelJS keeps defined names as cell ranges only; a name holding a formula or a constant has no place there.
    if (!PLAIN_REFERENCE.test(name.formula.trim())) {
      omitted.push({ sheet: null, kind: 'name', name: name.name, reason: msg('xlsx.onlyCellNames', { formula: name.formula }) });
      continue;
    }
    workbook.definedNames.add(name.formula.trim().replace(/^=/, ''), name.name);
    if (name.comment) omitted.push({ sheet: null, kind: 'nameComment', name: name.name, reason: msg('xlsx.noNameComments') });
  }
}

export interface XlsxWriteOptions {
  /** Empties each sheet's cells once written, so the image and the ExcelJS workbook never both hold every cell. */
  consumeCells?: boolean;
}
