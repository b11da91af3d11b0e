// The writes a plan turns into, as plain data: each op maps to a few Office.js calls (execute.ts) and
// has a size, so a batch can be split before it passes Excel on the web's 5 MB request limit.
import { columnIndex, columnLetter, parseCellAddress, rangeAddress } from '../workbook/address';
import { blockSize, type CellBlock, type CellScalar, type CellStyle, type ChartSpec, type ColumnWidth, type ConditionalFormatSpec, type NameSpec, type SheetLayout, type TableSpec } from '../workbook/layout';
import type { CarriedInputs } from '../workbook/refresh';
import { encodeTag } from '../workbook/tags';
import { utf8Length } from '../workbook/utf8-length';

export type WriteOp =
  | { op: 'deleteName'; name: string }
  | { op: 'deleteTable'; name: string }
  | { op: 'deleteSheet'; sheet: string }
  | { op: 'addSheet'; sheet: string }
  | { op: 'tag'; sheet: string; value: string }
  | { op: 'clear'; sheet: string; address: string }
  /** `numberFormat` null: the block's formats went ahead as `numberFormat` ops. */
  | { op: 'write'; sheet: string; address: string; numberFormat: string[][] | null; formulas: CellScalar[][] }
  /** Number formats of `address` ahead of its contents; a 1x1 `format` Excel applies to every cell of the range. */
  | { op: 'numberFormat'; sheet: string; address: string; format: string[][] }
  /** A copy of sheet `from` named `sheet`, placed last (sheetProperties gives it its position). */
  | { op: 'copySheet'; sheet: string; from: string }
  /** Some cells of a copied sheet: null leaves a cell (or its number format) as copied; a null array sends nothing. */
  | { op: 'patch'; sheet: string; address: string; numberFormat: (string | null)[][] | null; formulas: (CellScalar | null)[][] | null }
  /** The `index`-th table of a copied sheet, which Excel named after the original's, takes the layout's name. */
  | { op: 'renameTable'; sheet: string; index: number; name: string }
  /** `address` may list several areas ("B3, B5:B10"): every cell of one style, formatted in one call. */
  | { op: 'style'; sheet: string; address: string; style: CellStyle }
  /** Columns `from` to `to` (the same letter for one column), all of one width. */
  | { op: 'columnWidth'; sheet: string; from: string; to: string; width: number }
  | { op: 'table'; sheet: string; table: TableSpec }
  | { op: 'addName'; sheet: string; item: NameSpec }
  | { op: 'conditionalFormat'; sheet: string; rule: ConditionalFormatSpec }
  | { op: 'chart'; sheet: string; chart: ChartSpec }
  | { op: 'freezeRows'; sheet: string; rows: number }
  /** Only the properties given are set: a copy already has its source's visibility and tab colour. */
  | { op: 'sheetProperties'; sheet: string; visibility?: 'Visible' | 'Hidden'; position?: number; tabColor?: string }
  | { op: 'activate'; sheet: string };

const GENERAL = 'General';

/** A block as the two 2-D arrays Office.js takes, inputs the analyst filled replaced by what they entered. */
export function blockArrays(block: CellBlock, carried: ReadonlyMap<string, CellScalar | null> = new Map()): { numberFormat: string[][]; formulas: CellScalar[][] } {
  const origin = parseCellAddress(block.address);
  const { columns } = blockSize(block);
  const numberFormat: string[][] = [];
  const formulas: CellScalar[][] = [];
  block.cells.forEach((row, r) => {
    const formats: string[] = [];
    const contents: CellScalar[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = row[c] ?? null;
      formats.push(cell?.numberFormat ?? GENERAL);
      let content: CellScalar = cell?.formula ?? cell?.value ?? '';
      if (cell?.input) {
        const kept = carried.get(rangeAddress({ row: origin.row + r, column: origin.column + c }, 1, 1));
        if (kept !== undefined && kept !== null) content = kept;
      }
      contents.push(content);
    }
    numberFormat.push(formats);
    formulas.push(contents);
  });
  return { numberFormat, formulas };
}

/** What a `numberFormat` op adds to a request besides its address and formats (see CALL_OVERHEAD_BYTES). */
const FORMAT_RUN_BYTES = 300;

/**
 * A block's number formats in fewer bytes than every cell's: a column with long runs of one format as those runs (each
 * a 1x1 array, which Excel applies to its whole range; side-by-side runs joined), the other columns as arrays of their
 * own, neighbours joined. Null when that saves nothing (short blocks, formats changing every row).
 */
export function formatAssignments(topLeft: string, numberFormat: ReadonlyArray<ReadonlyArray<string>>): { address: string; format: string[][] }[] | null {
  const rows = numberFormat.length;
  const columns = numberFormat[0]?.length ?? 0;
  if (rows < 2 || columns === 0) return null;
  const origin = parseCellAddress(topLeft);
  const at = (top: number, left: number, height: number, width: number) => rangeAddress({ row: origin.row + top, column: origin.column + left }, height, width);
  type Rectangle = { format: string; top: number; bottom: number; left: number; right: number };
  const rectangles: Rectangle[] = [];
  // The last rectangle of each row span and format, which the same run in the next column extends.
  const open = new Map<string, Rectangle>();
  const arrays: { left: number; right: number }[] = [];
  for (let c = 0; c < columns; c++) {
    const runs: { format: string; top: number; bottom: number }[] = [];
    for (let r = 0; r < rows; ) {
      const format = numberFormat[r][c];
      const top = r;
      while (r < rows && numberFormat[r][c] === format) r++;
      runs.push({ format, top, bottom: r - 1 });
    }
    const columnBytes = numberFormat.reduce((sum, line) => sum + utf8Length(line[c]) + 5, 0);
    if (runs.length * FORMAT_RUN_BYTES >= columnBytes) {
      const last = arrays[arrays.length - 1];
      if (last && last.right === c - 1) last.right = c;
      else arrays.push({ left: c, right: c });
      continue;
    }
    for (const { format, top, bottom } of runs) {
      const key = `${top}:${bottom}:${format}`;
      const left = open.get(key);
      if (left && left.right === c - 1) left.right = c;
      else {
        const rectangle = { format, top, bottom, left: c, right: c };
        rectangles.push(rectangle);
        open.set(key, rectangle);
      }
    }
  }
  const arrayBytes = arrays.reduce((sum, { left, right }) => sum + numberFormat.reduce((bytes, line) => bytes + utf8Length(JSON.stringify(line.slice(left, right + 1))), 0), 0);
  if (rectangles.length === 0 || (rectangles.length + arrays.length) * FORMAT_RUN_BYTES + arrayBytes >= utf8Length(JSON.stringify(numberFormat))) return null;
  return [
    ...rectangles.map(({ format, top, bottom, left, right }) => ({ address: at(top, left, bottom - top + 1, right - left + 1), format: [[format]] })),
    ...arrays.map(({ left, right }) => ({ address: at(0, left, rows, right - left + 1), format: numberFormat.map((line) => line.slice(left, right + 1)) })),
  ];
}

/**
 * Rectangles of equal style in a block: vertical runs per column, then side-by-side runs merged,
 * so a styled column of 1,000 rows is one format call, not 1,000.
 */
export function styleRuns(block: CellBlock): { address: string; style: string }[] {
  const origin = parseCellAddress(block.address);
  const { rows, columns } = blockSize(block);
  type Run = { style: string; top: number; bottom: number; left: number; right: number };
  const runs: Run[] = [];
  for (let c = 0; c < columns; c++) {
    let current: Run | null = null;
    for (let r = 0; r <= rows; r++) {
      const style = r < rows ? block.cells[r][c]?.style : undefined;
      if (current && style === current.style) {
        current.bottom = r;
        continue;
      }
      if (current) runs.push(current);
      current = style === undefined ? null : { style, top: r, bottom: r, left: c, right: c };
    }
  }
  const merged: Run[] = [];
  for (const run of runs) {
    const neighbour = merged.find(
      (candidate) => candidate.style === run.style && candidate.top === run.top && candidate.bottom === run.bottom && candidate.right === run.left - 1,
    );
    if (neighbour) neighbour.right = run.right;
    else merged.push({ ...run });
  }
  return merged.map((run) => ({
    address: rangeAddress({ row: origin.row + run.top, column: origin.column + run.left }, run.bottom - run.top + 1, run.right - run.left + 1),
    style: run.style,
  }));
}

/** Longest area list put in one style call: Excel's limit for a reference typed as text is 255 characters. */
const MAX_AREAS_ADDRESS_LENGTH = 255;

/**
 * The layout's style runs grouped by what they look like (two style names may format alike): one group per look,
 * its areas listed in one address, so a sheet takes a handful of format calls instead of one per run.
 */
function styleGroups(layout: SheetLayout): { address: string; style: CellStyle }[] {
  const groups = new Map<string, { style: CellStyle; addresses: string[] }>();
  for (const block of layout.blocks) {
    for (const run of styleRuns(block)) {
      const style = layout.styles[run.style];
      if (!style) continue;
      const look = JSON.stringify(style, Object.keys(style).sort());
      const group = groups.get(look);
      if (group) group.addresses.push(run.address);
      else groups.set(look, { style, addresses: [run.address] });
    }
  }
  const calls: { address: string; style: CellStyle }[] = [];
  for (const { style, addresses } of groups.values()) {
    let current = '';
    for (const address of addresses) {
      const joined = current === '' ? address : `${current}, ${address}`;
      if (current !== '' && joined.length > MAX_AREAS_ADDRESS_LENGTH) {
        calls.push({ address: current, style });
        current = address;
      } else current = joined;
    }
    if (current !== '') calls.push({ address: current, style });
  }
  return calls;
}

/** Neighbouring columns of equal width joined, so each run of them costs one call instead of one per column. */
export function columnWidthRuns(widths: ReadonlyArray<ColumnWidth>): { from: string; to: string; width: number }[] {
  const runs: { from: string; to: string; width: number }[] = [];
  for (const { column, width } of widths) {
    const last = runs[runs.length - 1];
    if (last && last.width === width && columnIndex(column) === columnIndex(last.to) + 1) last.to = column;
    else runs.push({ from: column, to: column, width });
  }
  return runs;
}

/** The widest of the old layout and the new one, so a refresh leaves nothing of either behind. */
function clearedColumn(layout: SheetLayout, carried: CarriedInputs): string {
  const widest = layout.blocks.reduce((max, block) => Math.max(max, parseCellAddress(block.address).column + blockSize(block).columns - 1), 0);
  return columnLetter(Math.max(widest, columnIndex(carried.previousLastColumn)));
}

/** Everything that writes a layout's content onto a sheet that exists (new, cleared or replaced). */
export function layoutContentOps(layout: SheetLayout, sheet: string, carried?: CarriedInputs): WriteOp[] {
  const ops: WriteOp[] = [{ op: 'tag', sheet, value: encodeTag(layout.tag) }];
  if (carried && carried.previousLastRow > 0) ops.push({ op: 'clear', sheet, address: `A1:${clearedColumn(layout, carried)}${carried.previousLastRow}` });
  for (const run of columnWidthRuns(layout.columnWidths)) ops.push({ op: 'columnWidth', sheet, ...run });
  for (const block of layout.blocks) {
    const size = blockSize(block);
    if (size.rows === 0 || size.columns === 0) continue;
    const arrays = blockArrays(block, carried?.values as ReadonlyMap<string, CellScalar | null> | undefined);
    const address = rangeAddress(parseCellAddress(block.address), size.rows, size.columns);
    // Formats go first either way, so "1.134" or "100%" written next into a text cell stay text.
    const formats = formatAssignments(block.address, arrays.numberFormat);
    for (const assignment of formats ?? []) ops.push({ op: 'numberFormat', sheet, ...assignment });
    ops.push({ op: 'write', sheet, address, formulas: arrays.formulas, numberFormat: formats === null ? arrays.numberFormat : null });
  }
  for (const group of styleGroups(layout)) ops.push({ op: 'style', sheet, address: group.address, style: group.style });
  for (const table of layout.tables) ops.push({ op: 'table', sheet, table });
  for (const rule of layout.conditionalFormats) ops.push({ op: 'conditionalFormat', sheet, rule });
  for (const chart of layout.charts) ops.push({ op: 'chart', sheet, chart });
  if (layout.freezeRows > 0) ops.push({ op: 'freezeRows', sheet, rows: layout.freezeRows });
  ops.push({ op: 'sheetProperties', sheet, visibility: layout.visibility, position: layout.position, tabColor: layout.tabColor });
  return ops;
}

/**
 * Bytes an op adds to a request: its data as JSON plus what Office.js sends for the calls it makes
 * (object paths, property sets), measured per kind against the emulator's wire format and rounded up.
 */
export function opSize(op: WriteOp): number {
  return utf8Length(JSON.stringify(op)) + CALL_OVERHEAD_BYTES[op.op];
}

const CALL_OVERHEAD_BYTES: Record<WriteOp['op'], number> = {
  deleteName: 300,
  deleteTable: 300,
  deleteSheet: 300,
  addSheet: 300,
  tag: 400,
  clear: 400,
  write: 400,
  numberFormat: FORMAT_RUN_BYTES,
  copySheet: 500,
  patch: 400,
  renameTable: 400,
  style: 500,
  columnWidth: 400,
  table: 700,
  addName: 500,
  conditionalFormat: 1600,
  chart: 2000,
  freezeRows: 300,
  sheetProperties: 300,
  activate: 300,
};

/** Excel on the web refuses requests over 5 MB; the margin covers what the estimate does not see. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 4.5 * 1024 * 1024;

/**
 * A write (or a column of number formats) over the limit as bands of whole rows, each under it: one sheet's block
 * (the annex of many objectives) may exceed a request.
 */
export function splitWrite(op: WriteOp, maxBytes: number): WriteOp[] {
  const rows = op.op === 'write' ? op.formulas.length : op.op === 'numberFormat' ? op.format.length : 0;
  if (rows < 2 || opSize(op) <= maxBytes || (op.op !== 'write' && op.op !== 'numberFormat')) return [op];
  const [topLeft] = op.address.split(':');
  const origin = parseCellAddress(topLeft);
  const columns = op.op === 'write' ? op.formulas[0].length : op.format[0].length;
  const band = (from: number, to: number): WriteOp => {
    const address = rangeAddress({ row: origin.row + from, column: origin.column }, to - from, columns);
    if (op.op === 'numberFormat') return { ...op, address, format: op.format.slice(from, to) };
    return { ...op, address, numberFormat: op.numberFormat === null ? null : op.numberFormat.slice(from, to), formulas: op.formulas.slice(from, to) };
  };
  const half = Math.ceil(rows / 2);
  return [...splitWrite(band(0, half), maxBytes), ...splitWrite(band(half, rows), maxBytes)];
}

/** Consecutive ops grouped so each group's estimated size stays under the limit (an op larger than it goes alone). */
export function chunkOps<T extends { size: number }>(ops: ReadonlyArray<T>, maxBytes: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.size > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
