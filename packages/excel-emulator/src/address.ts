// A1 and R1C1 addresses <-> zero-based rectangles, with Excel's sheet-name quoting.

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A block of cells, zero-based, as Office.js's rowIndex/columnIndex/rowCount/columnCount. */
export interface CellRect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface ParsedAddress {
  /** Sheet name as written before "!", unquoted; absent for a local address. */
  sheet?: string;
  rect: CellRect;
}

export type AddressResult = { ok: true; value: ParsedAddress } | { ok: false; reason: string };

/** 0 -> "A", 25 -> "Z", 26 -> "AA" (bijective base 26). */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" -> 0, "aa" -> 26; NaN for anything that is not 1-3 letters within Excel's 16,384 columns. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return NaN;
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + char.charCodeAt(0) - 64;
  return index - 1 < MAX_COLUMNS ? index - 1 : NaN;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function isEntireColumns(rect: CellRect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

export function isEntireRows(rect: CellRect): boolean {
  return rect.col === 0 && rect.colCount === MAX_COLUMNS;
}

/** Excel's own spelling: "A1", "A1:C3", "B:D" for whole columns, "2:4" for whole rows. */
export function formatRect(rect: CellRect): string {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.col + rect.colCount - 1;
  if (isEntireColumns(rect) && !isEntireRows(rect)) return `${columnLetters(rect.col)}:${columnLetters(lastCol)}`;
  if (isEntireRows(rect)) return `${rect.row + 1}:${lastRow + 1}`;
  const first = cellAddress(rect.row, rect.col);
  return rect.rowCount === 1 && rect.colCount === 1 ? first : `${first}:${cellAddress(lastRow, lastCol)}`;
}

/** Same as formatRect with every part absolute ("$A$1:$B$2"), as named items and chart sources store it. */
export function formatRectAbsolute(rect: CellRect): string {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.col + rect.colCount - 1;
  if (isEntireColumns(rect) && !isEntireRows(rect)) return `$${columnLetters(rect.col)}:$${columnLetters(lastCol)}`;
  if (isEntireRows(rect)) return `$${rect.row + 1}:$${lastRow + 1}`;
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const first = cell(rect.row, rect.col);
  return rect.rowCount === 1 && rect.colCount === 1 ? first : `${first}:${cell(lastRow, lastCol)}`;
}

/** Whether a sheet name can stand unquoted before "!" in a formula. */
function isPlainSheetName(name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return false;
  // Names that read as a cell (A1, XFD3) or an R1C1 reference would be misparsed.
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return false;
  return !/^[Rr]([0-9]+)?([Cc]([0-9]+)?)?$/.test(name);
}

/** "Obiettivo 1" -> "'Obiettivo 1'", "L'anno" -> "'L''anno'", "Riepilogo" stays as is. */
export function quoteSheetName(name: string): string {
  return isPlainSheetName(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: CellRect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

/** Splits "'My sheet'!A1:B2" into the unquoted sheet name and the local part; no "!" gives no sheet. */
function splitSheetQualifier(address: string): { sheet?: string; local: string } | { error: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return { error: `unterminated quoted sheet name in "${address}"` };
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

interface AddressPart {
  row?: number;
  col?: number;
}

function parsePart(part: string): AddressPart | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?$/.exec(part);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const result: AddressPart = {};
  if (m[1] !== undefined) {
    const col = columnIndex(m[1]);
    if (Number.isNaN(col)) return null;
    result.col = col;
  }
  if (m[2] !== undefined) {
    const row = Number(m[2]) - 1;
    if (row < 0 || row >= MAX_ROWS) return null;
    result.row = row;
  }
  return result;
}

/** Parses a local A1 address (no sheet): "B3", "$A$1:C4", "C:C", "2:5". */
export function parseLocalAddress(local: string): CellRect | null {
  const pieces = local.trim().split(':');
  if (pieces.length > 2 || pieces.some((p) => p === '')) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  const hasCol = (p: AddressPart) => p.col !== undefined;
  const hasRow = (p: AddressPart) => p.row !== undefined;
  if (hasCol(a) && hasRow(a) && hasCol(b) && hasRow(b)) {
    return spanning(a.row!, a.col!, b.row!, b.col!);
  }
  if (pieces.length === 2 && hasCol(a) && !hasRow(a) && hasCol(b) && !hasRow(b)) {
    return spanning(0, a.col!, MAX_ROWS - 1, b.col!);
  }
  if (pieces.length === 2 && hasRow(a) && !hasCol(a) && hasRow(b) && !hasCol(b)) {
    return spanning(a.row!, 0, b.row!, MAX_COLUMNS - 1);
  }
  return null;
}

function spanning(r1: number, c1: number, r2: number, c2: number): CellRect {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rowCount: Math.abs(r2 - r1) + 1, colCount: Math.abs(c2 - c1) + 1 };
}

/** Parses "A1", "Sheet1!A1:B2", "'Obiettivo 1'!B3"; the reason names the address when it is not one. */
export function parseAddress(address: string): AddressResult {
  const split = splitSheetQualifier(address);
  if ('error' in split) return { ok: false, reason: split.error };
  const rect = parseLocalAddress(split.local);
  if (!rect) return { ok: false, reason: `"${address}" is not an A1 address` };
  return { ok: true, value: split.sheet === undefined ? { rect } : { sheet: split.sheet, rect } };
}

/** "R2C3:R4C5" for a rectangle (absolute R1C1, as Range.addressR1C1 style helpers need). */
export function formatRectR1C1(rect: CellRect): string {
  const first = `R${rect.row + 1}C${rect.col + 1}`;
  if (rect.rowCount === 1 && rect.colCount === 1) return first;
  return `${first}:R${rect.row + rect.rowCount}C${rect.col + rect.colCount}`;
}

/** Parses an absolute R1C1 address "R2C3" or "R2C3:R4C5". */
export function parseRectR1C1(text: string): CellRect | null {
  const m = /^R([0-9]+)C([0-9]+)(?::R([0-9]+)C([0-9]+))?$/i.exec(text.trim());
  if (!m) return null;
  const r1 = Number(m[1]) - 1;
  const c1 = Number(m[2]) - 1;
  const r2 = m[3] === undefined ? r1 : Number(m[3]) - 1;
  const c2 = m[4] === undefined ? c1 : Number(m[4]) - 1;
  if ([r1, r2].some((r) => r < 0 || r >= MAX_ROWS) || [c1, c2].some((c) => c < 0 || c >= MAX_COLUMNS)) return null;
  return spanning(r1, c1, r2, c2);
}

export function rectContains(outer: CellRect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rowCount && col >= outer.col && col < outer.col + outer.colCount;
}

export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

export function intersectRects(a: CellRect, b: CellRect): CellRect | null {
  if (!rectsIntersect(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const lastRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const lastCol = Math.min(a.col + a.colCount, b.col + b.colCount);
  return { row, col, rowCount: lastRow - row, colCount: lastCol - col };
}

export function boundingRect(a: CellRect, b: CellRect): CellRect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const lastRow = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const lastCol = Math.max(a.col + a.colCount, b.col + b.colCount);
  return { row, col, rowCount: lastRow - row, colCount: lastCol - col };
}

export function sameRect(a: CellRect, b: CellRect): boolean {
  return a.row === b.row && a.col === b.col && a.rowCount === b.rowCount && a.colCount === b.colCount;
}

export function isInsideSheet(rect: CellRect): boolean {
  return rect.row >= 0 && rect.col >= 0 && rect.rowCount > 0 && rect.colCount > 0 &&
    rect.row + rect.rowCount <= MAX_ROWS && rect.col + rect.colCount <= MAX_COLUMNS;
}
