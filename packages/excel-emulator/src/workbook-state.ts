// The emulated workbook itself: sheets, cells, formats and the objects on them. Office.js rules are enforced here.

import type { HyperFormula } from 'hyperformula';
import {
  CellRect,
  formatRect,
  intersectRects,
  isEntireColumns,
  isEntireRows,
  qualifiedAddress,
  sameRect,
} from './address';
import { convertInput, gridFor } from './cell-input';
import { CellStore, ExcelValue, ExcelValueType, StoredContent } from './cell-store';
import { EmulatorError, ErrorCode, invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from './errors';
import { NamedObjects } from './named-objects';
import { DisplayLocale, formatCellValue } from './number-format';
import { SheetRecord, SheetVisibility } from './records';
import { sheetNameProblem } from './sheet-name';
import { CellFormat, FormatKey, FormatPatch, StyleStore } from './styles';

/** Above this many cells a single read or write is refused, as Excel refuses operations past its cell limits. */
const MAX_CELLS_PER_OPERATION = 5_000_000;

/** A format property whose cells disagree. */
export const MIXED = Symbol('mixed');

export interface WorkbookStateOptions {
  hyperformula: HyperFormula;
  initialSheets: readonly string[];
  locale: DisplayLocale;
}

/** A range as the emulator binds it: the sheet's stable id and a rectangle. */
export interface RangeBinding {
  sheetId: string;
  rect: CellRect;
  /** Only for RangeAreas: the rectangles themselves (`rect` is their bounding box); formats apply to each. */
  areas?: readonly CellRect[];
}

export class WorkbookState {
  readonly cells: CellStore;
  readonly sheets: SheetRecord[] = [];
  readonly named = new NamedObjects();
  readonly settings = new Map<string, unknown>();
  readonly locale: DisplayLocale;
  activeSheetId = '';
  selection: RangeBinding = { sheetId: '', rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  /** Worksheet.activate() and Range.select() calls so far: selecting the same cell again is a change too. */
  selectionChanges = 0;
  selectedBy: 'activate' | 'select' = 'activate';
  /** Bumped by every change, so the workbench knows when to re-render. */
  version = 0;
  private readonly sheetsById = new Map<string, SheetRecord>();
  private readonly sheetsByLowerName = new Map<string, SheetRecord>();
  private sheetCounter = 0;
  private objectCounter = 0;

  constructor(options: WorkbookStateOptions) {
    this.cells = new CellStore(options.hyperformula);
    this.locale = options.locale;
    for (const name of options.initialSheets) this.addSheet(name, 'createExcelEmulator');
    if (this.sheets.length === 0) throw invalidArgument('a workbook needs at least one sheet', 'createExcelEmulator');
    this.activeSheetId = this.sheets[0].id;
    this.selection = { sheetId: this.sheets[0].id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  }

  touch(): void {
    this.version += 1;
  }

  /** A fresh id for charts, conditional formats and tables, stable for the life of the workbook. */
  nextObjectId(): string {
    this.objectCounter += 1;
    return `{${this.objectCounter.toString(16).toUpperCase().padStart(8, '0')}-0000-4000-8000-000000000000}`;
  }

  // ---- sheets ---------------------------------------------------------------------------------------------

  sheetById(id: string): SheetRecord | undefined {
    return this.sheetsById.get(id);
  }

  sheetByName(name: string): SheetRecord | undefined {
    return this.sheetsByLowerName.get(name.toLowerCase());
  }

  /** The sheet behind a binding; a sheet deleted since fails like Office.js's stale objects. */
  requireSheet(id: string, location: string): SheetRecord {
    const sheet = this.sheetById(id);
    if (!sheet) throw itemNotFound(`the worksheet was deleted`, location);
    return sheet;
  }

  requireSheetByName(name: string, location: string): SheetRecord {
    const sheet = this.sheetByName(name);
    if (!sheet) throw itemNotFound(`worksheet "${name}"`, location);
    return sheet;
  }

  private defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const candidate = `Sheet${n}`;
      if (!this.sheetByName(candidate)) return candidate;
    }
  }

  private checkSheetName(name: unknown, location: string, self?: string): string {
    const problem = sheetNameProblem(name, (lower) => this.sheetsByLowerName.get(lower)?.name, self);
    if (problem?.kind === 'duplicate') throw itemAlreadyExists(problem.reason, location);
    if (problem) throw invalidArgument(problem.reason, location);
    return name as string;
  }

  addSheet(name: string | undefined, location: string): SheetRecord {
    const finalName = this.checkSheetName(name === undefined || name === null ? this.defaultSheetName() : name, location);
    const hfId = this.cells.addSheet(finalName);
    this.sheetCounter += 1;
    const sheet: SheetRecord = {
      id: `{00000000-${this.sheetCounter.toString(16).toUpperCase().padStart(4, '0')}-0000-C000-000000000046}`,
      hfId,
      name: finalName,
      visibility: 'Visible',
      tabColor: '',
      showGridlines: true,
      styles: new StyleStore(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      freeze: { rows: 0, columns: 0 },
      customProperties: new Map(),
      charts: [],
      conditionalFormats: [],
    };
    this.sheets.push(sheet);
    this.sheetsById.set(sheet.id, sheet);
    this.sheetsByLowerName.set(finalName.toLowerCase(), sheet);
    this.touch();
    return sheet;
  }

  renameSheet(sheet: SheetRecord, name: unknown, location: string): void {
    const finalName = this.checkSheetName(name, location, sheet.name);
    if (finalName === sheet.name) return;
    // HyperFormula stores references by sheet id, so other sheets' formulas follow the new name.
    this.cells.renameSheet(sheet.hfId, finalName);
    this.sheetsByLowerName.delete(sheet.name.toLowerCase());
    this.sheetsByLowerName.set(finalName.toLowerCase(), sheet);
    sheet.name = finalName;
    this.touch();
  }

  visibleSheets(): SheetRecord[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  deleteSheet(sheet: SheetRecord, location: string): void {
    if (sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw invalidOperation(`"${sheet.name}" is the only visible sheet; a workbook must keep one`, location);
    }
    this.cells.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheetsById.delete(sheet.id);
    this.sheetsByLowerName.delete(sheet.name.toLowerCase());
    for (const table of this.named.tablesOnSheet(sheet.id)) this.named.removeTableRecord(table);
    for (const record of this.named.names.filter((n) => n.scopeSheetId === sheet.id)) this.named.removeNameRecord(record);
    for (const other of this.sheets) {
      for (const chart of other.charts) if (chart.source?.sheetId === sheet.id) chart.source = null;
    }
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.visibleSheets()[0].id;
    if (this.selection.sheetId === sheet.id) this.selection = { sheetId: this.activeSheetId, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    this.touch();
  }

  moveSheet(sheet: SheetRecord, position: unknown, location: string): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw invalidArgument(`position ${String(position)} for "${sheet.name}" must be an integer from 0 to ${this.sheets.length - 1}`, location);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
    this.touch();
  }

  setVisibility(sheet: SheetRecord, visibility: unknown, location: string): void {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') {
      throw invalidArgument(`visibility "${String(visibility)}" must be Visible, Hidden or VeryHidden`, location);
    }
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw invalidOperation(`"${sheet.name}" is the only visible sheet and cannot be hidden`, location);
    }
    sheet.visibility = visibility as SheetVisibility;
    if (visibility !== 'Visible' && this.activeSheetId === sheet.id) this.activeSheetId = this.visibleSheets()[0].id;
    this.touch();
  }

  activate(sheet: SheetRecord, location: string): void {
    if (sheet.visibility !== 'Visible') throw invalidOperation(`hidden sheet "${sheet.name}" cannot be activated`, location);
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    this.selectionChanges += 1;
    this.selectedBy = 'activate';
    this.touch();
  }

  select(binding: RangeBinding, location: string): void {
    const sheet = this.requireSheet(binding.sheetId, location);
    this.activate(sheet, location);
    this.selection = { sheetId: binding.sheetId, rect: { ...binding.rect } };
    this.selectedBy = 'select';
  }

  // ---- addresses ------------------------------------------------------------------------------------------

  address(binding: RangeBinding): string {
    const sheet = this.sheetById(binding.sheetId);
    return sheet ? qualifiedAddress(sheet.name, binding.rect) : `#REF!${formatRect(binding.rect)}`;
  }

  // ---- cells ----------------------------------------------------------------------------------------------

  private checkSize(rect: CellRect, what: string, location: string): void {
    if (rect.rowCount * rect.colCount > MAX_CELLS_PER_OPERATION) {
      throw new EmulatorError(
        ErrorCode.rangeExceedsLimit,
        `${what} on ${rect.rowCount * rect.colCount} cells (${formatRect(rect)}) exceeds the ${MAX_CELLS_PER_OPERATION} cells the emulator handles at once`,
        location,
      );
    }
  }

  /** Range.values / Range.formulas assignment (both read strings as typed input, "=..." as a formula). */
  writeCells(binding: RangeBinding, input: unknown, property: string, location: string): void {
    const sheet = this.requireSheet(binding.sheetId, location);
    const { rect } = binding;
    const address = this.address(binding);
    const grid = gridFor(input, rect.rowCount, rect.colCount, address, property, location);
    this.checkSize(rect, `writing ${property}`, location);
    const contents: (StoredContent | undefined)[][] = [];
    const autoFormats: { row: number; col: number; format: string }[] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const line: (StoredContent | undefined)[] = new Array(rect.colCount);
      for (let c = 0; c < rect.colCount; c++) {
        const row = rect.row + r;
        const col = rect.col + c;
        const value = 'broadcast' in grid ? grid.broadcast : grid[r][c];
        if (value === null || value === undefined) {
          line[c] = undefined;
          continue;
        }
        const numberFormat = sheet.styles.resolve(row, col).numberFormat;
        const where = qualifiedAddress(sheet.name, { row, col, rowCount: 1, colCount: 1 });
        const converted = convertInput(value, numberFormat === '@', this.cells, where, location);
        line[c] = converted.content;
        if (converted.autoNumberFormat && numberFormat === 'General') autoFormats.push({ row, col, format: converted.autoNumberFormat });
      }
      contents.push(line);
    }
    this.cells.writeBlock(sheet.hfId, rect.row, rect.col, contents);
    for (const auto of autoFormats) sheet.styles.apply({ row: auto.row, col: auto.col, rowCount: 1, colCount: 1 }, { numberFormat: auto.format });
    this.touch();
  }

  writeNumberFormats(binding: RangeBinding, input: unknown, location: string): void {
    const sheet = this.requireSheet(binding.sheetId, location);
    const { rect } = binding;
    // Excel applies a 1x1 array of number formats to every cell of a larger range, as it does a single value.
    const single = Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1 ? (input[0] as unknown[])[0] : undefined;
    const grid = gridFor(single === undefined ? input : single, rect.rowCount, rect.colCount, this.address(binding), 'numberFormat', location);
    if ('broadcast' in grid) {
      if (grid.broadcast === null || grid.broadcast === undefined) return;
      if (typeof grid.broadcast !== 'string') throw invalidArgument(`numberFormat for ${this.address(binding)} must be text`, location);
      sheet.styles.apply(rect, { numberFormat: grid.broadcast });
      this.touch();
      return;
    }
    grid.forEach((line, r) =>
      line.forEach((format, c) => {
        if (format === null || format === undefined) return;
        if (typeof format !== 'string') {
          throw invalidArgument(`numberFormat at row ${r + 1}, column ${c + 1} of ${this.address(binding)} must be text, got ${typeof format}`, location);
        }
        sheet.styles.apply({ row: rect.row + r, col: rect.col + c, rowCount: 1, colCount: 1 }, { numberFormat: format });
      }),
    );
    this.touch();
  }

  readValues(binding: RangeBinding, location: string): ExcelValue[][] {
    const sheet = this.requireSheet(binding.sheetId, location);
    this.checkSize(binding.rect, 'reading values', location);
    return this.cells.values(sheet.hfId, binding.rect);
  }

  readFormulas(binding: RangeBinding, location: string): ExcelValue[][] {
    const sheet = this.requireSheet(binding.sheetId, location);
    this.checkSize(binding.rect, 'reading formulas', location);
    return this.cells.formulas(sheet.hfId, binding.rect);
  }

  readNumberFormats(binding: RangeBinding, location: string): string[][] {
    const sheet = this.requireSheet(binding.sheetId, location);
    this.checkSize(binding.rect, 'reading number formats', location);
    return this.mapCells(binding.rect, (row, col) => sheet.styles.resolve(row, col).numberFormat);
  }

  readText(binding: RangeBinding, location: string, locale: DisplayLocale = this.locale): string[][] {
    const sheet = this.requireSheet(binding.sheetId, location);
    const values = this.readValues(binding, location);
    return values.map((line, r) =>
      line.map((value, c) => formatCellValue(value, sheet.styles.resolve(binding.rect.row + r, binding.rect.col + c).numberFormat, locale)),
    );
  }

  readValueTypes(binding: RangeBinding, location: string): ExcelValueType[][] {
    const sheet = this.requireSheet(binding.sheetId, location);
    this.checkSize(binding.rect, 'reading value types', location);
    return this.cells.valueTypes(sheet.hfId, binding.rect);
  }

  private mapCells<T>(rect: CellRect, read: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const line: T[] = new Array(rect.colCount);
      for (let c = 0; c < rect.colCount; c++) line[c] = read(rect.row + r, rect.col + c);
      out.push(line);
    }
    return out;
  }

  /** The used range: cells with data, plus (unless valuesOnly) cells with their own format. Null when none. */
  usedRect(sheet: SheetRecord, valuesOnly: boolean): CellRect | null {
    let extent = this.cells.dataExtent(sheet.hfId);
    if (!valuesOnly) {
      for (const { row, col } of sheet.styles.formattedCells()) {
        const cell = { row, col, rowCount: 1, colCount: 1 };
        if (!extent) extent = cell;
        else {
          const top = Math.min(extent.row, row);
          const left = Math.min(extent.col, col);
          const bottom = Math.max(extent.row + extent.rowCount, row + 1);
          const right = Math.max(extent.col + extent.colCount, col + 1);
          extent = { row: top, col: left, rowCount: bottom - top, colCount: right - left };
        }
      }
    }
    return extent;
  }

  /** Range.getUsedRange: the smallest part of `rect` holding its own used cells (values, and formats unless valuesOnly). */
  usedRectWithin(sheet: SheetRecord, rect: CellRect, valuesOnly: boolean): CellRect | null {
    const sheetUsed = this.usedRect(sheet, valuesOnly);
    const area = sheetUsed ? intersectRects(rect, sheetUsed) : null;
    if (!area) return null;
    const formulas = this.cells.formulaTexts(sheet.hfId, area);
    const values = this.cells.values(sheet.hfId, area);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (row: number, col: number) => {
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    };
    formulas.forEach((line, r) =>
      line.forEach((formula, c) => {
        if (formula !== undefined || values[r][c] !== '') take(area.row + r, area.col + c);
      }),
    );
    if (!valuesOnly) {
      for (const cell of sheet.styles.formattedCells()) if (intersectRects(area, { ...cell, rowCount: 1, colCount: 1 })) take(cell.row, cell.col);
    }
    return bottom < 0 ? null : { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }

  clear(binding: RangeBinding, applyTo: unknown, location: string): void {
    const target = applyTo === undefined || applyTo === null ? 'All' : applyTo;
    if (target !== 'All' && target !== 'Formats' && target !== 'Contents') {
      throw invalidArgument(`clear("${String(applyTo)}") is not emulated; use All, Formats or Contents`, location);
    }
    const sheet = this.requireSheet(binding.sheetId, location);
    if (target !== 'Formats') this.cells.clearBlock(sheet.hfId, binding.rect);
    if (target !== 'Contents') {
      sheet.styles.clear(binding.rect);
      const inside = (rect: CellRect) => intersectRects(rect, binding.rect) !== null && sameRect(intersectRects(rect, binding.rect)!, rect);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !inside(cf.rect));
    }
    this.touch();
  }

  // ---- formats --------------------------------------------------------------------------------------------

  applyFormat(binding: RangeBinding, patch: FormatPatch, location: string): void {
    const sheet = this.requireSheet(binding.sheetId, location);
    for (const rect of binding.areas ?? [binding.rect]) sheet.styles.apply(rect, patch);
    this.touch();
  }

  /** One format property over a range (or areas): its value when every cell agrees, else MIXED (Office.js reports null). */
  readFormat<K extends FormatKey>(binding: RangeBinding, key: K, location: string): CellFormat[K] | typeof MIXED {
    const sheet = this.requireSheet(binding.sheetId, location);
    let first: CellFormat[K] | undefined;
    for (const area of binding.areas ?? [binding.rect]) {
      const rect = this.sampleRect(sheet, area);
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.col; c < rect.col + rect.colCount; c++) {
          const value = sheet.styles.resolve(r, c)[key];
          if (first === undefined) first = value;
          else if (value !== first) return MIXED;
        }
      }
    }
    return first as CellFormat[K];
  }

  /** Whole rows/columns are read through their used part plus one untouched cell, not a million cells. */
  private sampleRect(sheet: SheetRecord, rect: CellRect): CellRect {
    if (!isEntireColumns(rect) && !isEntireRows(rect)) return rect;
    const used = this.usedRect(sheet, false);
    const bottom = Math.min(rect.row + rect.rowCount, Math.max(rect.row + 1, used ? used.row + used.rowCount + 1 : 1));
    const right = Math.min(rect.col + rect.colCount, Math.max(rect.col + 1, used ? used.col + used.colCount + 1 : 1));
    return { row: rect.row, col: rect.col, rowCount: bottom - rect.row, colCount: right - rect.col };
  }
}
