// Reading every tagged objective sheet and the settings in one batch (three syncs, whatever their number).
import type { WorkbookSnapshot } from '../workbook/workbook-reading';
import type { Inventory } from './inventory';
import { loadInventory, loadSnapshots } from './load';

export interface WorkbookSnapshotRead extends WorkbookSnapshot {
  /** Reusable by a write in the same batch. */
  inventory: Inventory;
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshotRead> {
  const inventory = await loadInventory(context);
  const objectiveSheets = inventory.sheets
    .filter((sheet) => sheet.tag?.kind === 'objective')
    .sort((a, b) => a.position - b.position);
  const settingsSheet = inventory.sheets.filter((sheet) => sheet.tag?.kind === 'settings').sort((a, b) => a.position - b.position)[0];
  const toRead = settingsSheet ? [...objectiveSheets, settingsSheet] : objectiveSheets;
  const snapshots = await loadSnapshots(context, toRead.map((sheet) => ({ name: sheet.name, tag: sheet.tag })));
  return {
    sheets: inventory.sheets,
    objectiveSheets: snapshots.slice(0, objectiveSheets.length),
    settingsSheet: settingsSheet ? snapshots[snapshots.length - 1] : null,
    inventory,
  };
}
