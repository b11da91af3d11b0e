// Queuing an objective sheet's targeted read (objective-targets.ts): the header and footer cells it needs and the
// indicators table's rows, in the sync that would have loaded the whole used range.
import { splitSheetAddress } from '../workbook/address';
import { plannedSnapshot, type ObjectiveReadPlan } from '../workbook/objective-targets';
import type { SheetSnapshot, SnapshotValue } from '../workbook/snapshot';
import type { SheetTag } from '../workbook/tags';
import { sheetKey } from './inventory';
import type { SetSupport } from './runner';

/** Once synced: the sheet's snapshot, or null when it must be read whole. */
export type SheetFinisher = (name: string, tag: SheetTag | null) => SheetSnapshot | null;

/**
 * The plan's header and footer ranges queued for their values: with RangeAreas (ExcelApi 1.9) in one load of all of
 * them (two calls for all of them instead of two for each), else one load each.
 */
function queueRanges(sheet: Excel.Worksheet, addresses: ReadonlyArray<string>, apiSetSupported: SetSupport): () => SnapshotValue[][][] {
  if (apiSetSupported('ExcelApi', '1.9')) {
    // Loaded through the RangeAreas itself: its `areas` need no object path of their own in the request.
    const ranges = sheet.getRanges(addresses.join(',')).load('areas/items/values');
    return () => ranges.areas.items.map((area) => area.values as SnapshotValue[][]);
  }
  const ranges = addresses.map((address) => sheet.getRange(address).load('values'));
  return () => ranges.map((range) => range.values as SnapshotValue[][]);
}

export function queueTargetedRead(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: ObjectiveReadPlan, apiSetSupported: SetSupport): SheetFinisher {
  const values = queueRanges(sheet, plan.ranges, apiSetSupported);
  // The table is known to exist (the workbook's table names say so): its rows are read through it, wherever they are,
  // and its address says whether they are where the plan has them, on this sheet.
  const body = context.workbook.tables.getItem(plan.table).getDataBodyRange().load('values,address');
  return (name, tag) =>
    !isAt(body.address, name, plan.tableBody) ? null : plannedSnapshot(plan, name, tag, {
      values: values(),
      tableBody: body.values as SnapshotValue[][],
    });
}

/** Whether Excel's `address` ("'Obiettivo 5'!A20:M24") is `range` on sheet `name` (names ignore case, as Excel's do). */
function isAt(address: string, name: string, range: string): boolean {
  const at = splitSheetAddress(address);
  return at.sheet !== null && sheetKey(at.sheet) === sheetKey(name) && at.address.replace(/\$/g, '').toUpperCase() === range.toUpperCase();
}
