// .xlsx bytes -> ExcelJS workbook -> WorkbookImage. Cached results come from the sheet XML (cached-results.ts),
// because ExcelJS drops FALSE, 0 and "" results; what the image cannot hold is listed as a notice.
import { Workbook, type Cell, type CellValue, type Worksheet } from 'exceljs';
import { msg, renderMessage, type Message } from '../../core/messages';
import { cellAddress } from '@traguardo/excel-emulator';
import { PERF_NAMESPACE } from '../perf-plugin';
import { MissingPartError, partsReader, readCachedResults, type CachedResults, type PackageParts } from './cached-results';
import { fromFileFormula } from './file-formulas';
import { imageRangeProblem } from './image-limits';
import {
  emptySheet,
  type ImageCell,
  type ImageConditionalFormat,
  type ImageName,
  type ImageSheet,
  type ImageStyle,
  type ImageTable,
  type ImageValue,
  type WorkbookImage,
} from './image';
import { xlsxPackageProblem } from './package-limits';
import { packageWithoutCells } from './without-cells';
import { definedNames, sheetParts } from './workbook-parts';
import { eachPresentCell, eachPresentRow } from './present-cells';
import { argbToHex, CELL_VALUE_OPERATORS, columnWidthToPoints, dateToSerial, horizontalFromFile, keyForValue, verticalFromFile } from './units';

/** Something in the file that the image leaves out, said to the person running the command. */
export interface ReadNotice {
  sheet: string | null;
  message: Message;
}

export interface XlsxReadResult {
  image: WorkbookImage;
  notices: ReadNotice[];
  /** The sheet read without its cells, as `withoutCells` asked (its columns, rules and tables are read). */
  withoutCells?: string;
}

interface ReadContext {
  date1904: boolean;
  namespaces: readonly string[];
  styles: boolean;
  /** File formula text -> formula: objective sheets repeat the same texts. */
  formulas: Map<string, string>;
}

/** Raised for bytes that are not a readable .xlsx; `reason` says why. */
export class XlsxReadError extends Error {
  constructor(
    readonly reason: Message,
    readonly cause?: unknown,
  ) {
    // The Italian words as `message`, so that a stack trace still reads.
    super(renderMessage(reason, 'it'));
    this.name = 'XlsxReadError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** A constant or a formula result as ExcelJS gives it -> an image value. */
function imageValue(value: unknown, context: ReadContext): ImageValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, context.date1904);
  if (isRecord(value)) {
    if (typeof value.error === 'string') return { error: value.error };
    if (Array.isArray(value.richText)) return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
    if (typeof value.text === 'string') return value.text; // a hyperlink shows its text
  }
  return null;
}

function cellStyle(cell: Cell): ImageStyle | undefined {
  const style: ImageStyle = {};
  const font = cell.font;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  if (font?.underline) style.underline = true;
  if (typeof font?.size === 'number' && font.size !== 11) style.fontSize = font.size;
  if (typeof font?.name === 'string' && font.name !== 'Calibri') style.fontName = font.name;
  const fontColor = argbToHex(font?.color?.argb);
  if (fontColor && fontColor !== '#000000') style.fontColor = fontColor;
  const fill = cell.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const color = argbToHex(fill.fgColor?.argb);
    if (color) style.fill = color;
  }
  const alignment = cell.alignment;
  if (alignment?.wrapText) style.wrapText = true;
  const horizontal = horizontalFromFile(alignment?.horizontal);
  if (horizontal) style.horizontalAlignment = horizontal;
  const vertical = verticalFromFile(alignment?.vertical);
  if (vertical && vertical !== 'Bottom') style.verticalAlignment = vertical;
  return Object.keys(style).length > 0 ? style : undefined;
}

function readCell(cell: Cell, row: number, col: number, cached: Map<string, ImageValue> | undefined, context: ReadContext): ImageCell | null {
  const raw = cell.value as CellValue | undefined;
  const formulaText = cell.formula;
  const image: ImageCell = { row, col, value: null };
  if (typeof formulaText === 'string' && formulaText !== '') {
    let formula = context.formulas.get(formulaText);
    if (formula === undefined) context.formulas.set(formulaText, (formula = fromFileFormula(formulaText, context.namespaces)));
    image.formula = formula;
    const address = cellAddress(row, col);
    // The XML's own result wins: ExcelJS loses FALSE, 0 and "".
    image.value = cached?.has(address) ? (cached.get(address) ?? null) : imageValue(cell.result, context);
  } else {
    image.value = imageValue(raw, context);
  }
  const numberFormat = cell.numFmt;
  if (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General') image.numberFormat = numberFormat;
  const style = context.styles ? cellStyle(cell) : undefined;
  if (style) image.style = style;
  const empty = image.value === null && image.formula === undefined && image.numberFormat === undefined && image.style === undefined;
  return empty ? null : image;
}

interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
  columns?: { name?: string; filterButton?: boolean }[];
  style?: { theme?: string; showRowStripes?: boolean; showColumnStripes?: boolean; showFirstColumn?: boolean; showLastColumn?: boolean };
}

function readTables(worksheet: Worksheet): ImageTable[] {
  return worksheet.getTables().flatMap((entry) => {
    const model = ((entry as unknown as { table?: TableModel }).table ?? entry) as TableModel;
    const range = model.tableRef ?? model.ref;
    const name = model.displayName ?? model.name;
    if (!range || !name) return [];
    const columns = model.columns ?? [];
    return [
      {
        name,
        range,
        style: model.style?.theme ?? 'TableStyleMedium2',
        showTotals: model.totalsRow === true,
        showBandedRows: model.style?.showRowStripes ?? true,
        showBandedColumns: model.style?.showColumnStripes ?? false,
        showFilterButton: columns.some((column) => column.filterButton !== false),
        highlightFirstColumn: model.style?.showFirstColumn ?? false,
        highlightLastColumn: model.style?.showLastColumn ?? false,
        columns: columns.map((column, index) => column.name ?? `Column${index + 1}`),
      },
    ];
  });
}

interface RuleModel {
  type?: string;
  priority?: number;
  operator?: string;
  formulae?: unknown[];
  text?: string;
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean; italic?: boolean }; numFmt?: unknown };
}

function readConditionalFormats(worksheet: Worksheet, context: ReadContext, notices: ReadNotice[]): ImageConditionalFormat[] {
  const found: { priority: number; format: ImageConditionalFormat }[] = [];
  const entries = (worksheet as unknown as { conditionalFormattings?: { ref: string; rules: RuleModel[] }[] }).conditionalFormattings ?? [];
  for (const entry of entries) {
    for (const rule of entry.rules) {
      const formula = (index: number) => fromFileFormula(String(rule.formulae?.[index] ?? ''), context.namespaces);
      const numberFormat = rule.style?.numFmt;
      const format: ImageConditionalFormat['format'] = {};
      const fill = argbToHex(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb);
      if (fill) format.fill = fill;
      const fontColor = argbToHex(rule.style?.font?.color?.argb);
      if (fontColor) format.fontColor = fontColor;
      if (rule.style?.font?.bold) format.bold = true;
      if (rule.style?.font?.italic) format.italic = true;
      if (typeof numberFormat === 'string') format.numberFormat = numberFormat;
      else if (isRecord(numberFormat) && typeof numberFormat.formatCode === 'string') format.numberFormat = numberFormat.formatCode;
      let imageRule: ImageConditionalFormat['rule'] | null = null;
      if (rule.type === 'expression' && rule.formulae?.length) imageRule = { kind: 'Custom', formula: formula(0) };
      else if (rule.type === 'cellIs' && rule.formulae?.length) {
        const operator = keyForValue(CELL_VALUE_OPERATORS, rule.operator) ?? 'EqualTo';
        imageRule = { kind: 'CellValue', operator, formula1: formula(0), ...(rule.formulae.length > 1 ? { formula2: formula(1) } : {}) };
      } else if (rule.type === 'containsText' && rule.formulae?.length) imageRule = { kind: 'Custom', formula: formula(0) };
      if (imageRule === null) {
        notices.push({ sheet: worksheet.name, message: msg('xlsx.conditionalFormatNotRead', { type: String(rule.type), range: entry.ref }) });
        continue;
      }
      found.push({ priority: rule.priority ?? Number.MAX_SAFE_INTEGER, format: { range: entry.ref, rule: imageRule, format, stopIfTrue: false } });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((item) => item.format);
}

function readSheet(worksheet: Worksheet, cached: Map<string, ImageValue> | undefined, context: ReadContext, notices: ReadNotice[]): ImageSheet {
  const sheet = emptySheet(worksheet.name);
  sheet.visibility = worksheet.state === 'hidden' ? 'Hidden' : worksheet.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
  const tabColor = argbToHex(worksheet.properties?.tabColor?.argb);
  if (tabColor) sheet.tabColor = tabColor;
  const view = worksheet.views?.[0];
  if (view?.state === 'frozen') sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  // columnCount walks every row each time it is read; a sheet without cells (read so) keeps its columns' widths.
  const columnCount = worksheet.columnCount || (worksheet.columns?.length ?? 0);
  for (let col = 1; col <= columnCount; col++) {
    const width = worksheet.getColumn(col).width;
    if (typeof width === 'number' && width > 0) sheet.columnWidths.push({ col: col - 1, width: columnWidthToPoints(width) });
  }
  // Empty cells count: an analyst's input cell is empty and still carries its fill and number format.
  eachPresentRow(worksheet, (row, rowNumber) => {
    if (typeof row.height === 'number' && (row as unknown as { customHeight?: boolean }).customHeight) {
      sheet.rowHeights.push({ row: rowNumber - 1, height: row.height });
    }
    eachPresentCell(row, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const image = readCell(cell, rowNumber - 1, colNumber - 1, cached, context);
      if (image) sheet.cells.push(image);
    });
  });
  sheet.tables = readTables(worksheet);
  sheet.conditionalFormats = readConditionalFormats(worksheet, context, notices);
  return sheet;
}

function readNames(workbook: Workbook, notices: ReadNotice[]): ImageName[] {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const names: ImageName[] = [];
  for (const entry of model) {
    // Excel's own names (print areas, filter ranges) are per sheet and mean nothing to the engine.
    if (/^_xlnm\./i.test(entry.name)) continue;
    if (entry.ranges.length !== 1) {
      notices.push({ sheet: null, message: msg('xlsx.nameNotRead', { name: entry.name, ranges: entry.ranges.length }) });
      continue;
    }
    names.push({ name: entry.name, formula: `=${entry.ranges[0]}` });
  }
  return names;
}

export interface XlsxReadOptions {
  /** Custom-function namespaces to restore from Excel's "_xldudf_" form (default: PERF). */
  namespaces?: readonly string[];
  /** Also read fonts, fills and alignment (nothing computes from them: false saves time on large files). Default true. */
  styles?: boolean;
  /** Given the workbook's own defined names, a sheet whose cells the caller will not need (it replaces the sheet). */
  withoutCells?: (names: ReadonlyArray<{ name: string; formula: string }>) => string | undefined;
}

/** The image of an .xlsx file. Throws XlsxReadError when the bytes are not a readable .xlsx. */
export async function readXlsx(data: Uint8Array, options: XlsxReadOptions = {}): Promise<XlsxReadResult> {
  // Before ExcelJS inflates anything: a bomb or a sheet of billions of cells stops here, in bounded memory. The
  // formula results come from the same inflation, so no part is inflated a third time for them.
  const parts: PackageParts = { texts: new Map(), results: new Map() };
  const limit = xlsxPackageProblem(data, partsReader(parts));
  if (limit !== null) throw new XlsxReadError(limit);
  const left = leftOut(data, parts, options.withoutCells);
  const workbook = new Workbook();
  let cached: CachedResults;
  try {
    await workbook.xlsx.load((left?.bytes ?? data) as unknown as ArrayBuffer);
    cached = await readCachedResults(data, parts);
  } catch (error) {
    throw new XlsxReadError(msg('xlsx.unreadable', { reason: readErrorReason(error) }), error);
  }
  const context: ReadContext = {
    date1904: Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904),
    namespaces: options.namespaces ?? [PERF_NAMESPACE],
    styles: options.styles ?? true,
    formulas: new Map(),
  };
  const notices: ReadNotice[] = [];
  const sheets = workbook.worksheets.map((worksheet) => readSheet(worksheet, cached.get(worksheet.name), context, notices));
  const image = { sheets, names: readNames(workbook, notices) };
  const ranges = imageRangeProblem(image);
  if (ranges !== null) throw new XlsxReadError(ranges);
  return left ? { image, notices, withoutCells: left.sheet } : { image, notices };
}

/** The package with the cells of the sheet `withoutCells` names left out, or null to read it as it is. */
function leftOut(data: Uint8Array, parts: PackageParts, withoutCells: XlsxReadOptions['withoutCells']): { sheet: string; bytes: Uint8Array } | null {
  const workbookXml = parts.texts.get('xl/workbook.xml');
  const relsXml = parts.texts.get('xl/_rels/workbook.xml.rels');
  if (withoutCells === undefined || workbookXml === undefined || relsXml === undefined) return null;
  const wanted = withoutCells(definedNames(workbookXml))?.toLowerCase();
  // Sheet names ignore case in Excel, a name's reference may write it otherwise than the sheet list.
  const found = [...sheetParts(workbookXml, relsXml)].find(([sheet]) => sheet.toLowerCase() === wanted);
  const bytes = found === undefined ? null : packageWithoutCells(data, found[1]);
  return found === undefined || bytes === null ? null : { sheet: found[0], bytes };
}

function readErrorReason(error: unknown): Message {
  if (error instanceof MissingPartError) return error.reason;
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory|zip/i.test(message)) return msg('xlsx.notZip');
  // The reader library's own words, first line.
  return msg('general.text', { text: message.split('\n')[0] });
}
