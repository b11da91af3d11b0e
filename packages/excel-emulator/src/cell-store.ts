// The cells of every sheet live in HyperFormula; this is the only module that reads or writes them.

import type { CellValue as HfCellValue, HyperFormula, RawCellContent } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import type { CellRect } from './address';
import { indexDependencyEdges } from './edge-index';

/** A computed value as Range.values reports it: errors as their "#DIV/0!"-like text, empty as "". */
export type ExcelValue = number | string | boolean;

export type ExcelValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

/** What goes into a cell: a number, a boolean, "=formula", "'text" (forced text) , "#N/A"-like error, or null (empty). */
export type StoredContent = number | boolean | string | null;

const MAX_REMEMBERED_FORMULAS = 100_000;
/** A quoted sheet name before a reference ('Obiettivo 5'!, 'It''s'!); never across a " (string literals stay whole). */
const QUOTED_SHEET_PREFIX = /'(?:[^'"]|'')+'!/g;

/** Names the emulator adds to HyperFormula itself: Excel's bare TRUE and FALSE. */
export const INTERNAL_NAMES: readonly string[] = ['TRUE', 'FALSE'];

function toExcelValue(value: HfCellValue): ExcelValue {
  if (value === null || value === undefined) return '';
  if (value instanceof DetailedCellError) return value.value;
  return value;
}

/** Reads and writes cells, and keeps HyperFormula's evaluation suspended while a sync writes. */
/** What a stored constant shows, as Range.values reports it; undefined when HyperFormula must say (formulas, other text). */
function constantValue(content: StoredContent): ExcelValue | undefined {
  if (content === null) return '';
  if (typeof content === 'number' || typeof content === 'boolean') return content;
  // "'text" is text as typed; any other string (a formula, an error literal) is left to HyperFormula.
  return content.startsWith("'") ? content.slice(1) : undefined;
}

/** Row-major key of a cell in a sheet: Excel has 16,384 columns. */
const CELL_KEY_COLUMNS = 16_384;

export class CellStore {
  private suspendedDepth = 0;
  /** Constants written since the batch began, by sheet: as stored, so a read of them needs no recalculation. */
  private writtenInBatch: Map<number, Map<number, StoredContent>> | null = null;
  /** Formula text -> syntax valid: the same formulas recur on every objective sheet, and parsing is what costs. */
  private readonly validity = new Map<string, boolean>();
  /** sheetContents' answers, dropped when their sheet is written, a sheet they name is renamed or removed, or rows move (formula texts follow). */
  private readonly contents = new Map<number, RawCellContent[][]>();

  constructor(readonly hf: HyperFormula) {
    indexDependencyEdges(hf);
    // Excel accepts a bare TRUE/FALSE in formulas; HyperFormula only knows TRUE()/FALSE().
    for (const name of INTERNAL_NAMES) {
      if (hf.getNamedExpression(name) === undefined) hf.addNamedExpression(name, `=${name}()`);
    }
  }

  /**
   * Suspends recalculation until the matching endBatch, so a sync's many writes recalculate once. `noteConstants`
   * false: nothing is read before the batch ends (a file being loaded), so the constants written are not noted.
   */
  beginBatch(noteConstants = true): void {
    if (this.suspendedDepth === 0 && !this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
    if (this.suspendedDepth === 0 && noteConstants) this.writtenInBatch = new Map();
    this.suspendedDepth += 1;
  }

  endBatch(): void {
    this.suspendedDepth = Math.max(0, this.suspendedDepth - 1);
    if (this.suspendedDepth === 0) {
      this.writtenInBatch = null;
      if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
    }
  }

  private noteWritten(sheet: number, row: number, col: number, content: StoredContent): void {
    if (!this.writtenInBatch) return;
    let cells = this.writtenInBatch.get(sheet);
    const key = row * CELL_KEY_COLUMNS + col;
    // Only constants are read back from here: a formula just forgets the cell (a whole Riepilogo of formulas noted cost ~100 MB).
    if (constantValue(content) === undefined) {
      cells?.delete(key);
      return;
    }
    if (!cells) this.writtenInBatch.set(sheet, (cells = new Map()));
    cells.set(key, content);
  }

  /** After rows move or a sheet comes or goes, what was noted about its cells no longer holds. */
  private forgetWritten(sheet: number): void {
    this.writtenInBatch?.delete(sheet);
  }

  /**
   * The values of `rect` when this batch wrote every cell of it as a constant (a table's header row, just written):
   * known without recalculating everything written so far. Null when any cell needs HyperFormula.
   */
  constantsWritten(sheet: number, rect: CellRect): ExcelValue[][] | null {
    const cells = this.writtenInBatch?.get(sheet);
    if (!cells) return null;
    const result: ExcelValue[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const line: ExcelValue[] = [];
      for (let c = 0; c < rect.colCount; c++) {
        const key = (rect.row + r) * CELL_KEY_COLUMNS + rect.col + c;
        if (!cells.has(key)) return null;
        const value = constantValue(cells.get(key)!);
        if (value === undefined) return null;
        line.push(value);
      }
      result.push(line);
    }
    return result;
  }

  /** Reads computed values inside a batch: recalculates what earlier writes changed, then suspends again. */
  private evaluated<T>(read: () => T): T {
    if (!this.hf.isEvaluationSuspended()) return read();
    this.hf.resumeEvaluation();
    try {
      return read();
    } finally {
      this.hf.suspendEvaluation();
    }
  }

  addSheet(name: string): number {
    const added = this.hf.addSheet(name);
    const id = this.hf.getSheetId(added);
    if (id === undefined) throw new Error(`HyperFormula did not create sheet "${name}"`);
    this.contents.delete(id);
    this.forgetWritten(id);
    return id;
  }

  /** A sheet's cells as typed (formulas as text), read once while nothing changes them: copies of one sheet share it. */
  sheetContents(sheet: number): RawCellContent[][] {
    let contents = this.contents.get(sheet);
    if (!contents) {
      contents = this.evaluated(() => this.hf.getSheetSerialized(sheet));
      this.contents.set(sheet, contents);
    }
    return contents;
  }

  /**
   * Drops the remembered contents whose formulas may name `sheet` (their text follows its rename or removal): only
   * those, so renaming a fresh copy leaves its template's contents remembered.
   */
  private forgetContentsNaming(sheet: number): void {
    const name = this.hf.getSheetName(sheet)?.toLowerCase();
    this.contents.delete(sheet);
    for (const [id, contents] of this.contents) {
      const names = name === undefined || contents.some((line) => line.some((cell) => typeof cell === 'string' && cell.startsWith('=') && cell.toLowerCase().includes(name)));
      if (names) this.contents.delete(id);
    }
  }

  /** Every cell of `from` written into the empty sheet `to`, as typed (formulas keep their text). */
  copySheetContents(from: number, to: number): void {
    this.hf.setSheetContent(to, this.sheetContents(from));
    this.forgetWritten(to);
  }

  renameSheet(sheet: number, name: string): void {
    this.forgetContentsNaming(sheet);
    this.hf.renameSheet(sheet, name);
  }

  removeSheet(sheet: number): void {
    this.forgetContentsNaming(sheet);
    this.hf.removeSheet(sheet);
    this.forgetWritten(sheet);
  }

  /** Writes a block; `undefined` entries leave their cell unchanged (Office.js's null in a 2-D assignment). */
  writeBlock(sheet: number, row: number, col: number, contents: (StoredContent | undefined)[][]): void {
    this.contents.delete(sheet);
    if (this.writtenInBatch) {
      contents.forEach((line, r) =>
        line.forEach((content, c) => {
          if (content !== undefined) this.noteWritten(sheet, row + r, col + c, content);
        }),
      );
    }
    const complete = contents.every((line) => line.every((c) => c !== undefined));
    if (complete) {
      if (contents.length > 0) this.hf.setCellContents({ sheet, row, col }, contents as StoredContent[][]);
      return;
    }
    contents.forEach((line, r) => {
      let start = 0;
      while (start < line.length) {
        if (line[start] === undefined) {
          start += 1;
          continue;
        }
        let end = start;
        while (end < line.length && line[end] !== undefined) end += 1;
        this.hf.setCellContents({ sheet, row: row + r, col: col + start }, [line.slice(start, end) as StoredContent[]]);
        start = end;
      }
    });
  }

  clearBlock(sheet: number, rect: CellRect): void {
    this.contents.delete(sheet);
    const clipped = this.clip(sheet, rect);
    if (!clipped) return;
    const empty: null[][] = Array.from({ length: clipped.rowCount }, () => new Array<null>(clipped.colCount).fill(null));
    this.hf.setCellContents({ sheet, row: clipped.row, col: clipped.col }, empty);
    if (this.writtenInBatch) {
      for (let r = 0; r < clipped.rowCount; r++) for (let c = 0; c < clipped.colCount; c++) this.noteWritten(sheet, clipped.row + r, clipped.col + c, null);
    }
  }

  /** The part of `rect` inside the sheet's data extent, or null when nothing there holds data. */
  clip(sheet: number, rect: CellRect): CellRect | null {
    const { width, height } = this.hf.getSheetDimensions(sheet);
    const lastRow = Math.min(rect.row + rect.rowCount, height);
    const lastCol = Math.min(rect.col + rect.colCount, width);
    if (lastRow <= rect.row || lastCol <= rect.col) return null;
    return { row: rect.row, col: rect.col, rowCount: lastRow - rect.row, colCount: lastCol - rect.col };
  }

  private readBlock<T>(sheet: number, rect: CellRect, empty: T, read: (clipped: CellRect) => T[][]): T[][] {
    const result: T[][] = Array.from({ length: rect.rowCount }, () => new Array<T>(rect.colCount).fill(empty));
    const clipped = this.clip(sheet, rect);
    if (!clipped) return result;
    const block = read(clipped);
    for (let r = 0; r < clipped.rowCount; r++) {
      const target = result[r];
      const source = block[r];
      for (let c = 0; c < clipped.colCount; c++) target[c] = source[c];
    }
    return result;
  }

  private range(sheet: number, rect: CellRect) {
    return {
      start: { sheet, row: rect.row, col: rect.col },
      end: { sheet, row: rect.row + rect.rowCount - 1, col: rect.col + rect.colCount - 1 },
    };
  }

  /** Computed values, as Range.values. */
  values(sheet: number, rect: CellRect): ExcelValue[][] {
    return this.readBlock<ExcelValue>(sheet, rect, '', (clipped) =>
      this.evaluated(() => this.hf.getRangeValues(this.range(sheet, clipped))).map((line) => line.map(toExcelValue)),
    );
  }

  /** Range.valueTypes: what each cell holds once computed (an error typed as a constant is an Error too). */
  valueTypes(sheet: number, rect: CellRect): ExcelValueType[][] {
    const formulas = this.formulaTexts(sheet, rect);
    return this.readBlock<HfCellValue>(sheet, rect, null, (clipped) => this.evaluated(() => this.hf.getRangeValues(this.range(sheet, clipped)))).map((line, r) =>
      line.map((value, c) => {
        if (value instanceof DetailedCellError) return 'Error';
        if (typeof value === 'number') return 'Double';
        if (typeof value === 'boolean') return 'Boolean';
        if ((value === null || value === undefined) && formulas[r][c] === undefined) return 'Empty';
        return 'String';
      }),
    );
  }

  /** Formula text per cell, undefined where the cell holds a constant or nothing. */
  formulaTexts(sheet: number, rect: CellRect): (string | undefined)[][] {
    return this.readBlock<string | undefined>(sheet, rect, undefined, (clipped) => this.hf.getRangeFormulas(this.range(sheet, clipped)));
  }

  /** As Range.formulas: the formula where there is one, else the constant ("" when empty). */
  formulas(sheet: number, rect: CellRect): ExcelValue[][] {
    const texts = this.formulaTexts(sheet, rect);
    const constants = this.values(sheet, rect);
    return texts.map((line, r) => line.map((formula, c) => formula ?? constants[r][c]));
  }

  valueAt(sheet: number, row: number, col: number): ExcelValue {
    return toExcelValue(this.evaluated(() => this.hf.getCellValue({ sheet, row, col })));
  }

  formulaAt(sheet: number, row: number, col: number): string | undefined {
    return this.hf.getCellFormula({ sheet, row, col });
  }

  /** Bounding box of non-empty cells, or null for an empty sheet. */
  dataExtent(sheet: number): CellRect | null {
    const { width, height } = this.hf.getSheetDimensions(sheet);
    if (width === 0 || height === 0) return null;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    // By the kind of each cell, without writing formulas as text or computing values: only a spilled cell needs its value.
    const holdsData = (row: number, col: number): boolean => {
      const type = this.hf.getCellType({ sheet, row, col });
      if (type === 'EMPTY') return false;
      if (type !== 'ARRAY') return true;
      const value = this.evaluated(() => this.hf.getCellValue({ sheet, row, col }));
      return value !== null && value !== undefined;
    };
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        if (!holdsData(r, c)) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }

  /** Inserts whole rows, letting HyperFormula move cells and widen the ranges that span the insertion. */
  insertRows(sheet: number, atRow: number, count: number): void {
    this.contents.clear();
    this.hf.addRows(sheet, [atRow, count]);
    this.forgetWritten(sheet);
  }

  /** Moves a block of cells (references to it follow, as Excel's insert-and-shift does for moved cells). */
  moveBlock(sheet: number, rect: CellRect, toRow: number, toCol: number): void {
    this.contents.clear();
    this.hf.moveCells(this.range(sheet, rect), { sheet, row: toRow, col: toCol });
    this.forgetWritten(sheet);
  }

  /**
   * Syntax only (unknown sheets, names and functions are valid text), so the answer can be remembered; and a quoted
   * sheet name never changes it, so "='Obiettivo 5'!B21" and "='Obiettivo 6'!B21" share one check.
   */
  isValidFormula(formula: string): boolean {
    const shape = formula.replace(QUOTED_SHEET_PREFIX, "'S'!");
    let valid = this.validity.get(shape);
    if (valid === undefined) {
      valid = this.hf.validateFormula(formula);
      if (this.validity.size >= MAX_REMEMBERED_FORMULAS) this.validity.clear();
      this.validity.set(shape, valid);
    }
    return valid;
  }

  /** Evaluates a formula as if typed on `sheet` (for conditional-format rules). */
  evaluate(formula: string, sheet: number): ExcelValue {
    const result = this.evaluated(() => this.hf.calculateFormula(formula, sheet));
    if (Array.isArray(result)) return toExcelValue(result[0]?.[0] ?? null);
    return toExcelValue(result);
  }
}
