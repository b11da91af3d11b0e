// The cells of an objective sheet that the summary's row links to, as computed, for the headline figures
// (src/core/summary-totals) to be worked out from the objective sheets instead of the summary sheet.
import type { Status } from '../core/model';
import type { SummaryRowCells, SheetValue } from '../core/summary-totals';
import type { ObjectiveCells } from './objective-geometry';
import { snapshotCell, type SheetSnapshot } from './snapshot';

/** A cell's computed value; null only when the cell is truly empty (a formula giving "" is not blank). */
function computedAt(snapshot: SheetSnapshot, address: string): SheetValue {
  const cell = snapshotCell(snapshot, address);
  if (cell.formula === '' || cell.formula === null) return null;
  return cell.value;
}

/** What the summary row of the objective on `snapshot` (its cells found by the reader) links to. */
export function summaryRowCells(snapshot: SheetSnapshot, cells: ObjectiveCells, stated: Status | null = null): SummaryRowCells {
  return {
    stated,
    weight: computedAt(snapshot, cells.header.weight),
    allocated: computedAt(snapshot, cells.header.allocatedAmount),
    finalDegree: computedAt(snapshot, cells.footer.finalDegree),
    status: computedAt(snapshot, cells.footer.status),
    payable: computedAt(snapshot, cells.footer.payable),
  };
}
