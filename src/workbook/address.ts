// A1 addresses as plain strings and numbers: the only coordinate arithmetic the layouts need.

/** Zero-based row/column of a cell. */
export interface CellPosition {
  row: number;
  column: number;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`Colonna non valida: ${column}`);
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = LETTERS[remainder] + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) {
    const digit = LETTERS.indexOf(char);
    if (digit < 0) throw new RangeError(`Colonna non valida: "${letters}"`);
    n = n * 26 + digit + 1;
  }
  return n - 1;
}

/** {row: 0, column: 1} -> "B1". */
export function cellAddress(position: CellPosition): string {
  return `${columnLetter(position.column)}${position.row + 1}`;
}

/** "B1" or "$B$1" -> {row: 0, column: 1}. */
export function parseCellAddress(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`Indirizzo di cella non valido: "${address}"`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** Top-left plus size -> "A1:C4" (or "A1" for a single cell). */
export function rangeAddress(topLeft: CellPosition, rows: number, columns: number): string {
  const start = cellAddress(topLeft);
  if (rows === 1 && columns === 1) return start;
  return `${start}:${cellAddress({ row: topLeft.row + rows - 1, column: topLeft.column + columns - 1 })}`;
}

/** "B2:D5" -> top-left and size; a single cell "B2" is a 1x1 range. Sheet prefixes are not accepted here. */
export function parseRangeAddress(address: string): { topLeft: CellPosition; rows: number; columns: number } {
  const [first, second] = address.split(':');
  const start = parseCellAddress(first);
  const end = second === undefined ? start : parseCellAddress(second);
  const topLeft = { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) };
  return {
    topLeft,
    rows: Math.abs(end.row - start.row) + 1,
    columns: Math.abs(end.column - start.column) + 1,
  };
}

/** Strips a sheet prefix: "'Obiettivo 5'!B3" -> { sheet: "Obiettivo 5", address: "B3" }. */
export function splitSheetAddress(address: string): { sheet: string | null; address: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith('=')) sheet = sheet.slice(1);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1) };
}
