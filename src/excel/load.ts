// Reading from the workbook, each function a fixed number of syncs whatever the number of sheets.
import type { SheetSnapshot, SnapshotValue } from '../workbook/snapshot';
import { splitSheetAddress } from '../workbook/address';
import { decodeTag, TAG_PROPERTY, type SheetTag } from '../workbook/tags';
import type { SetSupport } from './runner';
import { resolveTags, sheetKey, type Inventory, type InventoryName, type InventorySheet } from './inventory';

export { sheetKey };

export interface WorkbookSheetsRead {
  /** Every sheet with its tag, the named items and the table names. */
  inventory: Inventory;
  /** The used range of every sheet asked for, by lower-cased sheet name. */
  snapshots: Map<string, SheetSnapshot>;
  /** context.sync() calls made: 2, or 3 when a sheet tagged only by its custom property had to be read apart. */
  syncs: number;
}

type LoadedRange = Excel.Range;

/** values: what a reader needs; formulas too only where an analyst's formula must be carried (a refresh). */
export type CellsRead = 'values' | 'values,formulas';

function queueUsedRange(sheet: Excel.Worksheet, cells: CellsRead): LoadedRange {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load(`address,${cells}`);
  return range;
}

function responseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Loads the used ranges of `sheets` with whatever `alongside` queues, in one sync; only when Excel refuses the
 * response for passing its 5 MB limit are the sheets read in halves (`alongside` goes with the first half).
 */
async function readUsedRanges<T>(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<Excel.Worksheet>,
  alongside: () => T,
  cells: CellsRead,
): Promise<{ ranges: LoadedRange[]; alongside: T; syncs: number }> {
  const extra = alongside();
  const ranges = sheets.map((sheet) => queueUsedRange(sheet, cells));
  try {
    await context.sync();
    return { ranges, alongside: extra, syncs: 1 };
  } catch (error) {
    if (!responseTooLarge(error) || sheets.length <= 1) throw error;
    const half = Math.ceil(sheets.length / 2);
    const first = await readUsedRanges(context, sheets.slice(0, half), alongside, cells);
    const second = await readUsedRanges(context, sheets.slice(half), () => undefined, cells);
    return { ranges: [...first.ranges, ...second.ranges], alongside: first.alongside, syncs: 1 + first.syncs + second.syncs };
  }
}

function snapshotOf(range: LoadedRange, name: string, tag: SheetTag | null, cells: CellsRead): SheetSnapshot {
  if (range.isNullObject) return { name, tag, origin: 'A1', values: [], formulas: [] };
  const topLeft = splitSheetAddress(range.address).address.split(':')[0].replace(/\$/g, '');
  const values = range.values as SnapshotValue[][];
  // Read for values only, a constant's value is what was entered: the readers take it from either array.
  const formulas = cells === 'values' ? values : (range.formulas as SnapshotValue[][]);
  return { name, tag, origin: topLeft, values, formulas };
}

/**
 * Every sheet's name, visibility, position and tag, the named items, the table names, and the used range of the
 * sheets whose tag `wanted` accepts. Two syncs: the collections first; then each sheet's tag property together
 * with the used ranges of the sheets our named items point at (the tag property confirms them). A sheet tagged
 * only by its property (its named items lost) is read in a third sync; a response over 5 MB is read in parts.
 */
export async function loadWorkbookSheets(
  context: Excel.RequestContext,
  apiSetSupported: SetSupport,
  wanted: (tag: SheetTag) => boolean,
  cells: CellsRead = 'values,formulas',
): Promise<WorkbookSheetsRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/position');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();
  let syncs = 1;

  const nameList: InventoryName[] = names.items.map((item) => ({ name: item.name, formula: String(item.formula ?? '') }));
  const untagged: InventorySheet[] = worksheets.items.map((sheet) => ({
    name: sheet.name,
    tag: null,
    visible: sheet.visibility === 'Visible',
    position: sheet.position,
  }));
  const byNames = resolveTags(untagged, nameList);
  // Per sheet, its tag property's reading once synced. Custom properties came with ExcelApi 1.12: older Excel
  // knows our sheets by our named items alone.
  const queueTagProperties = (): (() => SheetTag | null)[] =>
    apiSetSupported('ExcelApi', '1.12')
      ? worksheets.items.map((sheet) => {
          const property = sheet.customProperties.getItemOrNullObject(TAG_PROPERTY);
          property.load('value');
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- called only after readUsedRanges' sync
          return () => (property.isNullObject ? null : decodeTag(property.value));
        })
      : [];
  const candidates = byNames.flatMap((sheet, index) => (sheet.tag !== null && wanted(sheet.tag) ? [index] : []));
  // Nothing to read (an Excel without custom properties, no sheet of ours yet): no request, as an empty sync sends none.
  const nothingToRead = candidates.length === 0 && !apiSetSupported('ExcelApi', '1.12');
  const read = nothingToRead
    ? { ranges: [], alongside: [], syncs: 0 }
    : await readUsedRanges(context, candidates.map((index) => worksheets.items[index]), queueTagProperties, cells);
  syncs += read.syncs;
  const tagProperties = read.alongside;
  const ranges = new Map<number, LoadedRange>(candidates.map((index, position) => [index, read.ranges[position]]));

  // The custom property is the tag; our named items stand in only where it is missing.
  const sheets: InventorySheet[] = byNames.map((sheet, index) => {
    const tag = tagProperties[index]?.() ?? null;
    return tag === null ? sheet : { ...sheet, tag };
  });
  const late = sheets.flatMap((sheet, index) => (sheet.tag !== null && wanted(sheet.tag) && !ranges.has(index) ? [index] : []));
  if (late.length > 0) {
    // One extra read, only for sheets whose named items were lost.
    const lateRead = await readUsedRanges(context, late.map((index) => worksheets.items[index]), () => undefined, cells);
    late.forEach((index, position) => ranges.set(index, lateRead.ranges[position]));
    syncs += lateRead.syncs;
  }

  const snapshots = new Map<string, SheetSnapshot>();
  sheets.forEach((sheet, index) => {
    const range = ranges.get(index);
    if (range && sheet.tag !== null && wanted(sheet.tag)) snapshots.set(sheetKey(sheet.name), snapshotOf(range, sheet.name, sheet.tag, cells));
  });
  return { inventory: { sheets, names: nameList, tables: tables.items.map((table) => table.name) }, snapshots, syncs };
}

/** Sheets (names, visibility, tab order, tags), named items and table names: two syncs. */
export async function loadInventory(context: Excel.RequestContext, apiSetSupported: SetSupport): Promise<Inventory> {
  return (await loadWorkbookSheets(context, apiSetSupported, () => false)).inventory;
}

/** The used range of each named sheet (values and formulas): one sync for all of them (more only past 5 MB). */
export async function loadSnapshots(context: Excel.RequestContext, sheets: ReadonlyArray<{ name: string; tag: SheetSnapshot['tag'] }>): Promise<SheetSnapshot[]> {
  return (await loadSnapshotsCounted(context, sheets)).snapshots;
}

/** loadSnapshots, with the number of syncs it took. */
export async function loadSnapshotsCounted(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<{ name: string; tag: SheetSnapshot['tag'] }>,
): Promise<{ snapshots: SheetSnapshot[]; syncs: number }> {
  if (sheets.length === 0) return { snapshots: [], syncs: 0 };
  const read = await readUsedRanges(context, sheets.map((sheet) => context.workbook.worksheets.getItem(sheet.name)), () => undefined, 'values,formulas');
  return { snapshots: sheets.map((sheet, index) => snapshotOf(read.ranges[index], sheet.name, sheet.tag, 'values,formulas')), syncs: read.syncs };
}
