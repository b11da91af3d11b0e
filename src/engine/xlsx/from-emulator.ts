// The emulated workbook -> WorkbookImage, through the emulator's inspection API (no Office.js batch needed):
// cells with their formulas, computed values, number formats and styles, and the objects on each sheet.
import { msg, type Message } from '../../core/messages';
import type { CellContent, ExcelEmulator, SheetInfo, TableSpec } from '@traguardo/excel-emulator';
import { DEFAULT_FORMAT, formatRect, type CellFormat } from '@traguardo/excel-emulator';
import { emptySheet, type ImageCell, type ImageConditionalFormat, type ImageSheet, type ImageStyle, type WorkbookImage } from './image';

/** Something of the emulated workbook that the image leaves out. */
export interface CaptureNotice {
  sheet: string | null;
  message: Message;
}

export interface CaptureResult {
  image: WorkbookImage;
  notices: CaptureNotice[];
}

const HORIZONTAL = new Set(['Left', 'Center', 'Right', 'Justify', 'Fill', 'Distributed', 'CenterAcrossSelection']);
const VERTICAL = new Set(['Top', 'Center', 'Justify', 'Distributed']);

/** The format's differences from Excel's default cell, in the image's terms. */
function imageStyleOf(format: CellFormat): ImageStyle | undefined {
  const style: ImageStyle = {};
  if (format.fillColor !== null && format.fillColor !== DEFAULT_FORMAT.fillColor) style.fill = format.fillColor;
  if (format.fontBold) style.bold = true;
  if (format.fontItalic) style.italic = true;
  if (format.fontUnderline !== 'None') style.underline = true;
  if (format.fontColor !== DEFAULT_FORMAT.fontColor) style.fontColor = format.fontColor;
  if (format.fontSize !== DEFAULT_FORMAT.fontSize) style.fontSize = format.fontSize;
  if (format.fontName !== DEFAULT_FORMAT.fontName) style.fontName = format.fontName;
  if (format.wrapText) style.wrapText = true;
  if (HORIZONTAL.has(format.horizontalAlignment)) style.horizontalAlignment = format.horizontalAlignment as ImageStyle['horizontalAlignment'];
  if (VERTICAL.has(format.verticalAlignment)) style.verticalAlignment = format.verticalAlignment as ImageStyle['verticalAlignment'];
  return Object.keys(style).length > 0 ? style : undefined;
}

/**
 * One copy of each formula text and style: every objective sheet repeats the same formulas and formats, and a copy
 * per cell made the image of 10,000 objectives half a gigabyte.
 */
class Shared {
  private readonly formulas = new Map<string, string>();
  private readonly styles = new Map<string, ImageStyle>();

  formula(text: string): string {
    // A formula naming another sheet is one of a kind (the Riepilogo's links): remembering it would only hold it.
    if (text.includes('!')) return text;
    const known = this.formulas.get(text);
    if (known !== undefined) return known;
    this.formulas.set(text, text);
    return text;
  }

  style(style: ImageStyle | undefined): ImageStyle | undefined {
    if (style === undefined) return undefined;
    const key = JSON.stringify(style);
    const known = this.styles.get(key);
    if (known !== undefined) return known;
    this.styles.set(key, style);
    return style;
  }
}

/** Rows read from the emulator at a time: a whole 60,000-row Riepilogo as snapshots at once costs hundreds of MB. */
const ROWS_PER_READ = 2_000;

function imageCell(snapshot: CellContent, row: number, col: number, shared: Shared): ImageCell | null {
  const cell: ImageCell = { row, col, value: null };
  if (snapshot.formula !== null) cell.formula = shared.formula(snapshot.formula);
  if (snapshot.valueType === 'Error') cell.value = { error: String(snapshot.value) };
  else if (snapshot.valueType !== 'Empty') cell.value = snapshot.value;
  if (snapshot.numberFormat !== DEFAULT_FORMAT.numberFormat) cell.numberFormat = snapshot.numberFormat;
  const style = shared.style(imageStyleOf(snapshot.format));
  if (style) cell.style = style;
  const empty = cell.formula === undefined && cell.value === null && cell.numberFormat === undefined && cell.style === undefined;
  return empty ? null : cell;
}

function captureSheet(emulator: ExcelEmulator, info: SheetInfo | undefined, name: string, tables: ReadonlyArray<TableSpec>, notices: CaptureNotice[], shared: Shared): ImageSheet {
  const sheet = emptySheet(name);
  if (info) {
    sheet.visibility = info.visibility;
    if (info.tabColor) sheet.tabColor = info.tabColor;
    sheet.freeze = { rows: info.frozenRows, columns: info.frozenColumns };
  }
  sheet.customProperties = emulator.customProperties(name);
  const layout = emulator.layout(name);
  sheet.columnWidths = Object.entries(layout.columnWidths).map(([col, width]) => ({ col: Number(col), width }));
  sheet.rowHeights = Object.entries(layout.rowHeights).map(([row, height]) => ({ row: Number(row), height }));

  const used = emulator.usedRange(name, false);
  for (let first = used?.row ?? 0; used && first < used.row + used.rowCount; first += ROWS_PER_READ) {
    const rowCount = Math.min(ROWS_PER_READ, used.row + used.rowCount - first);
    emulator.cellContents(name, formatRect({ row: first, col: used.col, rowCount, colCount: used.colCount })).forEach((line, r) =>
      line.forEach((snapshot, c) => {
        const cell = imageCell(snapshot, first + r, used.col + c, shared);
        if (cell) sheet.cells.push(cell);
      }),
    );
  }

  sheet.tables = tables.map((table) => ({
    name: table.name,
    range: table.address,
    style: table.style,
    showTotals: table.showTotals,
    // The inspection API does not expose these; they are Office.js's defaults for a new table.
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    columns: table.headers,
  }));

  sheet.conditionalFormats = emulator
    .conditionalFormats(name)
    .sort((a, b) => a.priority - b.priority)
    .flatMap((spec): ImageConditionalFormat[] => {
      if (spec.rule === null) {
        notices.push({ sheet: name, message: msg('xlsx.conditionalFormatWithoutRule', { range: spec.address }) });
        return [];
      }
      const format: ImageConditionalFormat['format'] = {};
      if (spec.format.fillColor) format.fill = spec.format.fillColor;
      if (spec.format.fontColor) format.fontColor = spec.format.fontColor;
      if (spec.format.bold) format.bold = true;
      if (spec.format.italic) format.italic = true;
      if (spec.format.numberFormat) format.numberFormat = spec.format.numberFormat;
      return [{ range: spec.address, rule: { ...spec.rule }, format, stopIfTrue: spec.stopIfTrue }];
    });

  sheet.charts = emulator.charts(name).map((chart) => ({
    name: chart.name,
    type: chart.type,
    title: chart.title.text,
    source: chart.sourceAddress,
  }));
  return sheet;
}

/** Captures one sheet of the emulated workbook, by name, each time it is called: a writer can let each go before the next. */
export function sheetCapturer(emulator: ExcelEmulator, notices: CaptureNotice[]): (name: string) => ImageSheet {
  // Listed once, not per sheet: each list covers the whole workbook (tables read their headers).
  const tablesBySheet = new Map<string, TableSpec[]>();
  for (const table of emulator.tables()) tablesBySheet.set(table.sheet, [...(tablesBySheet.get(table.sheet) ?? []), table]);
  const infos = new Map(emulator.sheets().map((info) => [info.name, info]));
  const shared = new Shared();
  return (name) => captureSheet(emulator, infos.get(name), name, tablesBySheet.get(name) ?? [], notices, shared);
}

/** The workbook's defined names an .xlsx can carry (a name of one sheet is said, not kept). */
export function captureNames(emulator: ExcelEmulator, notices: CaptureNotice[]): WorkbookImage['names'] {
  return emulator.names().flatMap((name) => {
    if (name.scope !== null) {
      notices.push({ sheet: name.scope, message: msg('xlsx.nameOfSheet', { name: name.name }) });
      return [];
    }
    return [{ name: name.name, formula: name.formula, ...(name.comment ? { comment: name.comment } : {}) }];
  });
}

/** Everything the emulated workbook holds that an .xlsx can carry, in tab order. */
export function captureEmulator(emulator: ExcelEmulator): CaptureResult {
  const notices: CaptureNotice[] = [];
  const sheets = emulator.sheetNames().map(sheetCapturer(emulator, notices));
  return { image: { sheets, names: captureNames(emulator, notices) }, notices };
}
