// Reading every tagged objective sheet and the settings in one batch (two syncs, whatever their number).
import type { SheetSnapshot } from '../workbook/snapshot';
import type { WorkbookSnapshot } from '../workbook/workbook-reading';
import type { Inventory } from './inventory';
import { loadWorkbookSheets, sheetKey, type ObjectiveCellsRead } from './load';
import type { SetSupport } from './runner';

export interface WorkbookSnapshotRead extends WorkbookSnapshot {
  /** Reusable by a write in the same batch. */
  inventory: Inventory;
  /** Every snapshot read, by lower-cased sheet name (a refresh of these sheets needs no new read). */
  snapshots: ReadonlyMap<string, SheetSnapshot>;
  /** context.sync() calls made (2; 3 only when a tagged sheet had lost its named items). */
  syncs: number;
}

/**
 * Values only: nothing read here is rewritten with the analyst's formulas, so half the bytes come back. For a summary
 * ('summary'), objective sheets as built are read only at the cells it needs (their free text is left unread).
 */
export async function readWorkbook(context: Excel.RequestContext, apiSetSupported: SetSupport, objectives: ObjectiveCellsRead = 'whole'): Promise<WorkbookSnapshotRead> {
  const read = await loadWorkbookSheets(context, apiSetSupported, (tag) => tag.kind === 'objective' || tag.kind === 'settings', 'values', objectives);
  const { inventory, snapshots } = read;
  const byPosition = [...inventory.sheets].sort((a, b) => a.position - b.position);
  const objectiveSheets = byPosition.filter((sheet) => sheet.tag?.kind === 'objective');
  const settingsSheet = byPosition.find((sheet) => sheet.tag?.kind === 'settings');
  const snapshotOf = (name: string): SheetSnapshot => snapshots.get(sheetKey(name))!;
  return {
    sheets: inventory.sheets,
    objectiveSheets: objectiveSheets.map((sheet) => snapshotOf(sheet.name)),
    settingsSheet: settingsSheet ? snapshotOf(settingsSheet.name) : null,
    inventory,
    snapshots,
    syncs: read.syncs,
  };
}
