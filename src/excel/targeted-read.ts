// Queuing an objective sheet's targeted read (objective-targets.ts): the header and footer cells it needs and the
// indicators table's rows, in the sync that would have loaded the whole used range.
import { plannedSnapshot, type ObjectiveReadPlan } from '../workbook/objective-targets';
import type { SheetSnapshot, SnapshotValue } from '../workbook/snapshot';
import type { SheetTag } from '../workbook/tags';
import type { SetSupport } from './runner';

/** Once synced: the sheet's snapshot, or null when it must be read whole. */
export type SheetFinisher = (name: string, tag: SheetTag | null) => SheetSnapshot | null;

/**
 * The plan's header and footer ranges queued for their values: with RangeAreas (ExcelApi 1.9) in one load of all of
 * them (three calls instead of two per range), else one load each.
 */
function queueRanges(sheet: Excel.Worksheet, addresses: ReadonlyArray<string>, apiSetSupported: SetSupport): () => SnapshotValue[][][] {
  if (apiSetSupported('ExcelApi', '1.9')) {
    const areas = sheet.getRanges(addresses.join(',')).areas;
    areas.load('items/values');
    return () => areas.items.map((area) => area.values as SnapshotValue[][]);
  }
  const ranges = addresses.map((address) => sheet.getRange(address).load('values'));
  return () => ranges.map((range) => range.values as SnapshotValue[][]);
}

export function queueTargetedRead(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: ObjectiveReadPlan, apiSetSupported: SetSupport): SheetFinisher {
  const values = queueRanges(sheet, plan.ranges, apiSetSupported);
  // The table is known to exist (the workbook's table names say so): its rows are read through it, wherever they are.
  const body = context.workbook.tables.getItem(plan.table).getDataBodyRange().load('values');
  // Whether it is on this sheet, asked of the sheet's own tables: nothing but that comes back.
  const here = sheet.tables.getItemOrNullObject(plan.table);
  return (name, tag) =>
    // eslint-disable-next-line office-addins/call-sync-before-read -- called only after readSheets' sync
    here.isNullObject ? null : plannedSnapshot(plan, name, tag, {
      values: values(),
      tableBody: body.values as SnapshotValue[][],
    });
}
