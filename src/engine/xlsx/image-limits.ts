// The ranges a workbook image asks the engine to build, checked before loading it: HyperFormula spends about
// 400 bytes per cell of a range, empty or not, so one =SUM(A1:XFD1048576) would take the machine's memory.
import { INPUT_LIMITS } from '../../core/limits';
import { msg, type Message } from '../../core/messages';
import { cellAddress } from '@traguardo/excel-emulator';
import type { WorkbookImage } from './image';
import { coveredCells, referenceAreas, type ReferenceArea } from './reference-areas';

interface Extent {
  rows: number;
  columns: number;
}

/** Where a range is written: a cell of a sheet, or a named item (sheet null). */
interface Place {
  sheet: string | null;
  cell: string;
}

/** How far each sheet's cells reach: a whole-column range is as long as its sheet is used. */
function extents(image: WorkbookImage): Map<string, Extent> {
  const found = new Map<string, Extent>();
  for (const sheet of image.sheets) {
    let rows = 0;
    let columns = 0;
    for (const cell of sheet.cells) {
      rows = Math.max(rows, cell.row + 1);
      columns = Math.max(columns, cell.col + 1);
    }
    found.set(sheet.name.toLowerCase(), { rows, columns });
  }
  return found;
}

/**
 * Null when the distinct ranges of the formulas, named items and tables cover INPUT_LIMITS.rangeCells cells at
 * most, else the first place that passes it, with the range and its size.
 */
export function imageRangeProblem(image: WorkbookImage): Message | null {
  const used = extents(image);
  const seen = new Set<string>();
  // Objective sheets repeat the same formula texts: each text's ranges are found once.
  const rangesOf = new Map<string, ReferenceArea[]>();
  let total = 0;
  const charge = (text: string, placeOf: () => Place, ownSheet: string | null): Message | null => {
    let areas = rangesOf.get(text);
    if (areas === undefined) rangesOf.set(text, (areas = referenceAreas(text).filter((area) => area.rows * area.columns !== 1)));
    for (const area of areas) {
      const sheet = (area.sheet ?? ownSheet ?? '').toLowerCase();
      const key = `${sheet}!${area.reference.toUpperCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const cells = coveredCells(area, used.get(sheet) ?? { rows: 1, columns: 1 });
      total += cells;
      if (total > INPUT_LIMITS.rangeCells) return msg('limits.rangeTooLarge', { ...placeOf(), range: area.reference, cells, limit: INPUT_LIMITS.rangeCells });
    }
    return null;
  };
  for (const sheet of image.sheets) {
    for (const cell of sheet.cells) {
      const problem = cell.formula === undefined ? null : charge(cell.formula, () => ({ sheet: sheet.name, cell: cellAddress(cell.row, cell.col) }), sheet.name);
      if (problem !== null) return problem;
    }
    for (const table of sheet.tables) {
      const problem = charge(table.range, () => ({ sheet: sheet.name, cell: table.name }), sheet.name);
      if (problem !== null) return problem;
    }
  }
  for (const name of image.names) {
    const problem = charge(name.formula, () => ({ sheet: null, cell: name.name }), null);
    if (problem !== null) return problem;
  }
  return null;
}
