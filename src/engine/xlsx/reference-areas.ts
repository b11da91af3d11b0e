// The cell references in a formula or a list of ranges, with the cells each covers: how the limits see a range
// before ExcelJS or HyperFormula builds it (both spend memory per cell of a range, whatever the cells hold).
import { EXCEL_LIMITS } from '../../core/limits';

export interface ReferenceArea {
  /** The sheet named before "!", else null. */
  sheet: string | null;
  /** The reference as written, without "$". */
  reference: string;
  rows: number;
  columns: number;
  /** A whole column ("A:C") or a whole row ("2:5") reference, whose size is the sheet's. */
  whole: 'columns' | 'rows' | null;
  /** True when the reference leaves Excel's grid (row 0, past row 1,048,576 or column XFD). */
  outside: boolean;
}

const STRING_LITERAL = /"(?:[^"]|"")*"/g;
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\u00C0-\uFFFF]+))!`;
const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
const COLUMN = String.raw`\$?([A-Za-z]{1,3})`;
const ROW = String.raw`\$?(\d+)`;
const REFERENCE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$\u00C0-\uFFFF'])(?:${SHEET})?(?:${CELL}(?::${CELL})?|${COLUMN}:${COLUMN}|${ROW}:${ROW})(?![A-Za-z0-9_.(\u00C0-\uFFFF!])`,
  'g',
);

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

const rowInside = (row: number) => row >= 1 && row <= EXCEL_LIMITS.rows;
const columnInside = (column: number) => column >= 1 && column <= EXCEL_LIMITS.columns;
const span = (a: number, b: number) => Math.abs(a - b) + 1;

const PLAIN_CELL = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

/** For a plain cell address as a file writes it ("B7"): whether it leaves Excel's grid; null for anything else. */
export function plainCellOutside(reference: string): boolean | null {
  const match = PLAIN_CELL.exec(reference);
  return match === null ? null : !columnInside(columnNumber(match[1])) || !rowInside(Number(match[2]));
}

/** Every cell, range, whole-column and whole-row reference in `text` (quoted strings skipped). */
export function referenceAreas(text: string): ReferenceArea[] {
  const found: ReferenceArea[] = [];
  for (const match of text.replace(STRING_LITERAL, '""').matchAll(REFERENCE)) {
    const [written, quoted, bare, c1, r1, c2, r2, wholeC1, wholeC2, wholeR1, wholeR2] = match;
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? null);
    const reference = written.slice(written.lastIndexOf('!') + 1).replace(/\$/g, '');
    if (c1 !== undefined) {
      const columns = [columnNumber(c1), columnNumber(c2 ?? c1)];
      const rows = [Number(r1), Number(r2 ?? r1)];
      const outside = !columns.every(columnInside) || !rows.every(rowInside);
      found.push({ sheet, reference, rows: span(rows[0], rows[1]), columns: span(columns[0], columns[1]), whole: null, outside });
    } else if (wholeC1 !== undefined) {
      const columns = [columnNumber(wholeC1), columnNumber(wholeC2)];
      found.push({ sheet, reference, rows: EXCEL_LIMITS.rows, columns: span(columns[0], columns[1]), whole: 'columns', outside: !columns.every(columnInside) });
    } else {
      const rows = [Number(wholeR1), Number(wholeR2)];
      found.push({ sheet, reference, rows: span(rows[0], rows[1]), columns: EXCEL_LIMITS.columns, whole: 'rows', outside: !rows.every(rowInside) });
    }
  }
  return found;
}

/** Cells a reference covers, a whole column or row counted as far as the used part of the sheet reaches. */
export function coveredCells(area: ReferenceArea, used: { rows: number; columns: number }): number {
  if (area.whole === 'columns') return area.columns * Math.max(1, used.rows);
  if (area.whole === 'rows') return area.rows * Math.max(1, used.columns);
  return area.rows * area.columns;
}
