// Sheets that look alike are written once and copied (Worksheet.copy, ExcelApi 1.7): a copy costs one call, and only
// the cells that differ from the sheet copied are sent, instead of every width, format, formula and style again.
import { parseCellAddress, rangeAddress } from '../workbook/address';
import { blockSize, type CellScalar, type LayoutCell, type SheetLayout } from '../workbook/layout';
import { encodeTag } from '../workbook/tags';
import { joinedPatches } from './patch-join';
import type { WriteOp } from './write-ops';

const GENERAL = 'General';

/**
 * What a copy inherits and a patch cannot change: block geometry, each cell's look, widths, tables, conditional
 * formats, frozen rows and tab colour. Null for a layout with charts, which are never copied. Contents and number formats
 * are left out: the patch writes them.
 */
export function frameKey(layout: SheetLayout): string | null {
  if (layout.charts.length > 0) return null;
  const looks = layout.blocks.map((block) => ({
    at: block.address,
    size: blockSize(block),
    looks: block.cells.map((row) => row.map((cell) => (cell?.style === undefined ? null : (layout.styles[cell.style] ?? null)))),
  }));
  const tables = layout.tables.map((table) => ({ range: table.range, style: table.style, showTotals: table.showTotals ?? false }));
  return JSON.stringify([looks, layout.columnWidths, tables, layout.conditionalFormats, layout.freezeRows, layout.tabColor ?? '']);
}

const content = (cell: LayoutCell | null | undefined): CellScalar => cell?.formula ?? cell?.value ?? '';
const numberFormatOf = (cell: LayoutCell | null | undefined): string => cell?.numberFormat ?? GENERAL;
/** Excel guesses a format only for an entry it reads from text (a formula, `31/7/2022`, `10%`), never for a number, TRUE/FALSE or nothing. */
const mayHaveGuessedFormat = (cell: LayoutCell | null | undefined): boolean => typeof content(cell) === 'string' && content(cell) !== '';

/**
 * The writes that turn a copy of `template` (same frame key) into `layout`: per block, the smallest rectangle holding
 * every cell that differs, with null (Office.js: leave the cell as it is) for the cells inside it that do not. A General
 * cell whose content changes from a text or formula gets its number format too, so a format Excel guessed for the
 * template's entry does not stay.
 */
export function patchOps(template: SheetLayout, layout: SheetLayout, sheet: string): Array<Extract<WriteOp, { op: 'patch' }>> {
  const ops: Array<Extract<WriteOp, { op: 'patch' }>> = [];
  layout.blocks.forEach((block, index) => {
    const model = template.blocks[index];
    const { rows, columns } = blockSize(block);
    const formulas: (CellScalar | null)[][] = [];
    const formats: (string | null)[][] = [];
    let top = rows;
    let bottom = -1;
    let left = columns;
    let right = -1;
    for (let r = 0; r < rows; r++) {
      const contentLine: (CellScalar | null)[] = [];
      const formatLine: (string | null)[] = [];
      for (let c = 0; c < columns; c++) {
        const cell = block.cells[r][c];
        const was = model.cells[r]?.[c];
        const changed = content(cell) !== content(was);
        // Excel may have guessed a format for what the template's General cell got: a new entry there says its own.
        const formatChanged = numberFormatOf(cell) !== numberFormatOf(was) || (changed && numberFormatOf(cell) === GENERAL && mayHaveGuessedFormat(was));
        contentLine.push(changed ? content(cell) : null);
        formatLine.push(formatChanged ? numberFormatOf(cell) : null);
        if (!changed && !formatChanged) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
      formulas.push(contentLine);
      formats.push(formatLine);
    }
    if (bottom < 0) return;
    const cut = <T>(grid: T[][]): T[][] => grid.slice(top, bottom + 1).map((line) => line.slice(left, right + 1));
    const origin = parseCellAddress(block.address);
    const patchFormulas = cut(formulas);
    const patchFormats = cut(formats);
    ops.push({
      op: 'patch',
      sheet,
      address: rangeAddress({ row: origin.row + top, column: origin.column + left }, bottom - top + 1, right - left + 1),
      numberFormat: patchFormats.some((line) => line.some((format) => format !== null)) ? patchFormats : null,
      formulas: patchFormulas.some((line) => line.some((value) => value !== null)) ? patchFormulas : null,
    });
  });
  return ops;
}

/**
 * Everything that writes `layout` onto a new sheet `sheet` as a copy of `templateSheet` (where `template` was written
 * in full earlier in the same batch): the copy, its tag, the differing cells, its tables' names and its properties.
 */
export function copiedLayoutOps(template: SheetLayout, templateSheet: string, layout: SheetLayout, sheet: string): WriteOp[] {
  return [
    { op: 'copySheet', sheet, from: templateSheet },
    { op: 'tag', sheet, value: encodeTag(layout.tag) },
    ...joinedPatches(patchOps(template, layout, sheet)),
    ...layout.tables.map((table, index): WriteOp => ({ op: 'renameTable', sheet, index, name: table.name })),
    ...copyProperties(template, layout, sheet),
  ];
}

/**
 * The sheet properties a copy of `template`'s sheet does not already have: Excel copies a visible sheet as visible and
 * keeps its tab colour, so most copies need only their position, if any.
 */
function copyProperties(template: SheetLayout, layout: SheetLayout, sheet: string): WriteOp[] {
  const visible = layout.visibility === 'Visible' && template.visibility === 'Visible';
  const op: Extract<WriteOp, { op: 'sheetProperties' }> = {
    op: 'sheetProperties',
    sheet,
    ...(visible ? {} : { visibility: layout.visibility }),
    ...(layout.position === undefined ? {} : { position: layout.position }),
    ...(layout.tabColor === undefined || layout.tabColor === template.tabColor ? {} : { tabColor: layout.tabColor }),
  };
  return Object.keys(op).length > 2 ? [op] : [];
}
