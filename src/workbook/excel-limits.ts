// Excel's own limits checked on a layout before anything is written: a cell over 32,767 characters, a formula over
// 8,192, a sheet past row 1,048,576 or column XFD, or a name over 31 characters makes a file Excel will not open.
import { EXCEL_LIMITS, INPUT_LIMITS } from '../core/limits';
import { msg, type Message } from '../core/messages';
import { cellAddress, parseCellAddress, parseRangeAddress } from './address';
import type { CellScalar, LayoutCell, SheetLayout } from './layout';
import { OBJECTIVE_SCHEMA, type ObjectiveSchema } from './objective-schema';

interface Placed {
  row: number;
  column: number;
  cell: LayoutCell;
}

function* placedCells(layout: SheetLayout): Generator<Placed> {
  for (const block of layout.blocks) {
    const origin = parseCellAddress(block.address);
    for (const [i, cells] of block.cells.entries()) {
      for (const [j, cell] of cells.entries()) if (cell !== null) yield { row: origin.row + i, column: origin.column + j, cell };
    }
  }
}

function textAt(layout: SheetLayout, row: number, column: number): CellScalar | undefined {
  for (const placed of placedCells(layout)) if (placed.row === row && placed.column === column) return placed.cell.value;
  return undefined;
}

/** The schema's labels for a label written on the sheet (in Italian). */
function labelsOf(written: CellScalar | undefined, schema: ObjectiveSchema): { it: string; en: string } | null {
  const fields = [...schema.header, ...schema.indicators, ...schema.footer];
  return fields.find((field) => field.label.it === written)?.label ?? null;
}

/**
 * Where a cell is, as the analyst knows it: on an objective sheet the field (the label in column A of its row, or
 * the table's column header for an indicator row), else the sheet and the cell.
 */
function placeOf(layout: SheetLayout, row: number, column: number, schema: ObjectiveSchema): Message {
  const cell = msg('limits.cell', { sheet: layout.name, cell: cellAddress({ row, column }) });
  if (layout.tag.kind !== 'objective') return cell;
  const objective = layout.tag.number;
  const table = layout.tables[0] ? parseRangeAddress(layout.tables[0].range) : null;
  const inTable = table !== null && row > table.topLeft.row && row < table.topLeft.row + table.rows;
  const labels = labelsOf(inTable ? textAt(layout, table.topLeft.row, column) : textAt(layout, row, 0), schema);
  if (labels === null) return msg('limits.objectiveCell', { objective, cell });
  return msg('limits.field', { objective, indicator: inTable ? row - table.topLeft.row : null, it: labels.it, en: labels.en });
}

/** The first of Excel's limits the layout passes, naming the objective and field (or the cell), else null. */
export function layoutLimitProblem(layout: SheetLayout, schema: ObjectiveSchema = OBJECTIVE_SCHEMA): Message | null {
  if (layout.name.length > EXCEL_LIMITS.sheetNameCharacters) return msg('limits.sheetNameTooLong', { name: layout.name, limit: EXCEL_LIMITS.sheetNameCharacters });
  const indicators = layout.tag.kind === 'objective' && layout.tables[0] ? parseRangeAddress(layout.tables[0].range).rows - 1 : 0;
  if (layout.tag.kind === 'objective' && indicators > INPUT_LIMITS.indicatorsPerObjective) {
    return msg('limits.tooManyIndicators', { objective: layout.tag.number, indicators, limit: INPUT_LIMITS.indicatorsPerObjective });
  }
  for (const { row, column, cell } of placedCells(layout)) {
    if (row >= EXCEL_LIMITS.rows || column >= EXCEL_LIMITS.columns) {
      return msg('limits.sheetTooLarge', { sheet: layout.name, cell: cellAddress({ row, column }), rows: EXCEL_LIMITS.rows });
    }
    if (cell.formula !== undefined && cell.formula.length > EXCEL_LIMITS.formulaCharacters) {
      return msg('limits.formulaTooLong', { where: placeOf(layout, row, column, schema), length: cell.formula.length, limit: EXCEL_LIMITS.formulaCharacters });
    }
    if (cell.formula === undefined && typeof cell.value === 'string' && cell.value.length > EXCEL_LIMITS.cellCharacters) {
      return msg('limits.textTooLongForCell', { where: placeOf(layout, row, column, schema), length: cell.value.length, limit: EXCEL_LIMITS.cellCharacters });
    }
  }
  return null;
}
