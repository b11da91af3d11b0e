// Queuing an objective sheet's targeted read (objective-targets.ts): the header and footer cells it needs and the
// indicators table's rows, in the sync that would have loaded the whole used range.
import { plannedSnapshot, type ObjectiveReadPlan } from '../workbook/objective-targets';
import type { SheetSnapshot, SnapshotValue } from '../workbook/snapshot';
import type { SheetTag } from '../workbook/tags';

/** Once synced: the sheet's snapshot, or null when it must be read whole. */
export type SheetFinisher = (name: string, tag: SheetTag | null) => SheetSnapshot | null;

export function queueTargetedRead(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: ObjectiveReadPlan): SheetFinisher {
  const ranges = plan.ranges.map((address) => sheet.getRange(address).load('values'));
  // The table is known to exist (the workbook's table names say so): its rows are read through it, wherever they are.
  const body = context.workbook.tables.getItem(plan.table).getDataBodyRange().load('values');
  // Whether it is on this sheet, asked of the sheet's own tables: nothing but that comes back.
  const here = sheet.tables.getItemOrNullObject(plan.table);
  return (name, tag) =>
    // eslint-disable-next-line office-addins/call-sync-before-read -- called only after readSheets' sync
    here.isNullObject ? null : plannedSnapshot(plan, name, tag, {
      values: ranges.map((range) => range.values as SnapshotValue[][]),
      tableBody: body.values as SnapshotValue[][],
    });
}
