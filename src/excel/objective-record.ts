// Which objectives the settings sheet records after a write: what it recorded, every objective sheet there is,
// and the ones being built. The record only grows here (objective-record.ts says why).
import { recordedObjectives, withObjectiveRecord } from '../workbook/objective-record';
import type { SheetLayout } from '../workbook/layout';
import type { SheetSnapshot } from '../workbook/snapshot';
import type { Inventory } from './inventory';

/** The objectives the record holds after the write: what it recorded, the objective sheets there are, `built`. */
export function recordAfterWrite(read: { inventory: Inventory }, snapshot: SheetSnapshot | null, built: Iterable<number> = []): number[] {
  const present = read.inventory.sheets.flatMap((sheet) => (sheet.tag?.kind === 'objective' ? [sheet.tag.number] : []));
  return [...new Set([...(recordedObjectives(snapshot) ?? []), ...present, ...built])];
}

/** The settings layout carrying the record of the workbook's objectives, `built` included. */
export function withRecordOf(settings: SheetLayout, read: { inventory: Inventory }, snapshot: SheetSnapshot | null, built: Iterable<number> = []): SheetLayout {
  return withObjectiveRecord(settings, recordAfterWrite(read, snapshot, built));
}
