// Reading from the workbook, each function a fixed number of syncs whatever the number of sheets.
import type { SheetSnapshot, SnapshotValue } from '../workbook/snapshot';
import { splitSheetAddress } from '../workbook/address';
import { decodeTag, TAG_PROPERTY, type SheetTag } from '../workbook/tags';
import type { SetSupport } from './runner';
import { objectiveReadPlan, type ObjectiveReadPlan } from '../workbook/objective-targets';
import { resolveTags, sheetKey, sheetsTaggedByNames, type Inventory, type InventoryName, type InventorySheet } from './inventory';
import { queueTargetedRead, type SheetFinisher } from './targeted-read';

export { sheetKey };

export interface WorkbookSheetsRead {
  /** Every sheet with its tag, the named items and the table names. */
  inventory: Inventory;
  /** The used range of every sheet asked for, by lower-cased sheet name. */
  snapshots: Map<string, SheetSnapshot>;
  /** context.sync() calls made: 2, or 3 when a sheet tagged only by its custom property had to be read apart. */
  syncs: number;
}

/** values: what a reader needs; formulas too only where an analyst's formula must be carried (a refresh). */
export type CellsRead = 'values' | 'values,formulas';

/** Objective sheets read whole, or only the cells a summary needs where their structure allows (objective-targets.ts). */
export type ObjectiveCellsRead = 'whole' | 'summary';

/** Queues one sheet's loads; what it returns makes the snapshot once synced. */
type SheetRead = () => SheetFinisher;

function usedRangeRead(sheet: Excel.Worksheet, cells: CellsRead): SheetRead {
  return () => {
    const range = sheet.getUsedRangeOrNullObject(true);
    if (cells === 'values') range.load('address,values');
    else range.load('address,values,formulas');
    return (name, tag) => snapshotOf(range, name, tag, cells);
  };
}

/** Excel on the web refuses a request or a response past 5 MB: either is read again in halves. */
function tooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/**
 * Queues `reads` with whatever `alongside` queues, in one sync; only when Excel refuses the request or the response
 * for passing its 5 MB limit are the sheets read in halves (`alongside` goes with the first half).
 */
async function readSheets<T>(
  context: Excel.RequestContext,
  reads: ReadonlyArray<SheetRead>,
  alongside: () => T,
): Promise<{ finishers: SheetFinisher[]; alongside: T; syncs: number }> {
  const extra = alongside();
  const finishers = reads.map((read) => read());
  try {
    await context.sync();
    return { finishers, alongside: extra, syncs: 1 };
  } catch (error) {
    if (!tooLarge(error) || reads.length <= 1) throw error;
    const half = Math.ceil(reads.length / 2);
    const first = await readSheets(context, reads.slice(0, half), alongside);
    const second = await readSheets(context, reads.slice(half), () => undefined);
    return { finishers: [...first.finishers, ...second.finishers], alongside: first.alongside, syncs: 1 + first.syncs + second.syncs };
  }
}

function snapshotOf(range: Excel.Range, name: string, tag: SheetTag | null, cells: CellsRead): SheetSnapshot {
  if (range.isNullObject) return { name, tag, origin: 'A1', values: [], formulas: [] };
  const topLeft = splitSheetAddress(range.address).address.split(':')[0].replace(/\$/g, '');
  const values = range.values as SnapshotValue[][];
  // Read for values only, a constant's value is what was entered: the readers take it from either array.
  const formulas = cells === 'values' ? values : (range.formulas as SnapshotValue[][]);
  return { name, tag, origin: topLeft, values, formulas };
}

/**
 * Every sheet's name, position and tag, the named items, the table names, and the used range of the
 * sheets whose tag `wanted` accepts. Two syncs: the collections first; then the tag property of each sheet our named
 * items do not tag beyond doubt, together with the used ranges of the sheets they point at. A sheet tagged
 * only by its property (its named items lost) is read in a third sync; a response over 5 MB is read in parts.
 * With `objectives` 'summary' (values only), an objective sheet as built is read at the cells a summary needs, its
 * structure confirmed in the same sync; one that is not is read whole in that third sync.
 */
export async function loadWorkbookSheets(
  context: Excel.RequestContext,
  apiSetSupported: SetSupport,
  wanted: (tag: SheetTag) => boolean,
  cells: CellsRead = 'values,formulas',
  objectives: ObjectiveCellsRead = 'whole',
): Promise<WorkbookSheetsRead> {
  const worksheets = context.workbook.worksheets;
  // Excel lists the sheets in tab order: their positions are their indexes, not worth a property each.
  worksheets.load('items/name');
  const names = context.workbook.names;
  // A named range's value is its reference without the "=": the formula's text, a few bytes shorter on every name.
  names.load('items/name,items/value');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();
  let syncs = 1;

  const nameList: InventoryName[] = names.items.map((item) => ({ name: item.name, formula: String(item.value ?? '') }));
  const tableList = tables.items.map((table) => table.name);
  const untagged: InventorySheet[] = worksheets.items.map((sheet, position) => ({
    name: sheet.name,
    tag: null,
    position,
  }));
  const byNames = resolveTags(untagged, nameList);
  const named = sheetsTaggedByNames(nameList);
  // Per sheet, its tag property's reading once synced. Custom properties came with ExcelApi 1.12: older Excel
  // knows our sheets by our named items alone. A sheet they tag beyond doubt needs no reading.
  const queueTagProperties = (): ((() => SheetTag | null) | null)[] =>
    apiSetSupported('ExcelApi', '1.12')
      ? worksheets.items.map((sheet) => {
          if (named.has(sheetKey(sheet.name))) return null;
          const property = sheet.customProperties.getItemOrNullObject(TAG_PROPERTY);
          property.load('value');
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- called only after readSheets' sync
          return () => (property.isNullObject ? null : decodeTag(property.value));
        })
      : [];
  const candidates = byNames.flatMap((sheet, index) => (sheet.tag !== null && wanted(sheet.tag) ? [index] : []));
  const readOf = objectiveReads(context, apiSetSupported, objectives === 'summary' && cells === 'values', nameList, tableList);
  // Nothing to read (no property to ask, no sheet of ours yet): no request, as an empty sync sends none.
  const nothingToRead = candidates.length === 0 && (!apiSetSupported('ExcelApi', '1.12') || worksheets.items.every((sheet) => named.has(sheetKey(sheet.name))));
  const read = nothingToRead
    ? { finishers: [], alongside: [], syncs: 0 }
    : await readSheets(context, candidates.map((index) => readOf(worksheets.items[index], byNames[index], cells)), queueTagProperties);
  syncs += read.syncs;
  const tagProperties = read.alongside;

  // The custom property is the tag; our named items stand in only where it is missing.
  const sheets: InventorySheet[] = byNames.map((sheet, index) => {
    const tag = tagProperties[index]?.() ?? null;
    return tag === null ? sheet : { ...sheet, tag };
  });
  const snapshots = new Map<string, SheetSnapshot>();
  candidates.forEach((index, position) => {
    const sheet = sheets[index];
    if (sheet.tag === null || !wanted(sheet.tag)) return;
    const snapshot = read.finishers[position](sheet.name, sheet.tag);
    if (snapshot !== null) snapshots.set(sheetKey(sheet.name), snapshot);
  });
  const late = sheets.flatMap((sheet, index) => (sheet.tag !== null && wanted(sheet.tag) && !snapshots.has(sheetKey(sheet.name)) ? [index] : []));
  if (late.length > 0) {
    // One extra read, only for sheets whose named items were lost or whose structure a targeted read did not find.
    const lateRead = await readSheets(context, late.map((index) => usedRangeRead(worksheets.items[index], cells)), () => undefined);
    late.forEach((index, position) => snapshots.set(sheetKey(sheets[index].name), lateRead.finishers[position](sheets[index].name, sheets[index].tag)!));
    syncs += lateRead.syncs;
  }
  return { inventory: { sheets, names: nameList, tables: tableList }, snapshots, syncs };
}

/** How each candidate sheet is read: whole, or (for a summary) at the planned cells of an objective sheet as built. */
function objectiveReads(
  context: Excel.RequestContext,
  apiSetSupported: SetSupport,
  targeted: boolean,
  names: ReadonlyArray<InventoryName>,
  tables: ReadonlyArray<string>,
): (sheet: Excel.Worksheet, info: InventorySheet, cells: CellsRead) => SheetRead {
  if (!targeted) return (sheet, _info, cells) => usedRangeRead(sheet, cells);
  const formulas = new Map(names.map((item) => [item.name.toUpperCase(), item.formula]));
  const tableNames = new Set(tables.map((name) => name.toUpperCase()));
  return (sheet, info, cells) => {
    const plan = info.tag?.kind === 'objective'
      ? objectiveReadPlan(info.tag.number, info.name, (name) => formulas.get(name.toUpperCase()), (name) => tableNames.has(name.toUpperCase()))
      : null;
    return plan === null ? usedRangeRead(sheet, cells) : () => queueTargetedRead(context, sheet, plan, apiSetSupported);
  };
}

/**
 * Sheets just built, read as a summary reads them: at the cells their `plan` names (from the layouts written), values
 * only; a sheet without a plan, or not as the plan supposed, is read whole in one more sync.
 */
export async function loadBuiltSnapshots(
  context: Excel.RequestContext,
  apiSetSupported: SetSupport,
  sheets: ReadonlyArray<{ name: string; tag: SheetTag; plan: ObjectiveReadPlan | null }>,
): Promise<{ snapshots: SheetSnapshot[]; syncs: number }> {
  if (sheets.length === 0) return { snapshots: [], syncs: 0 };
  const worksheets = context.workbook.worksheets;
  const reads = sheets.map(({ name, plan }): SheetRead => {
    const worksheet = worksheets.getItem(name);
    return plan === null ? usedRangeRead(worksheet, 'values') : () => queueTargetedRead(context, worksheet, plan, apiSetSupported);
  });
  const read = await readSheets(context, reads, () => undefined);
  const snapshots = sheets.map((sheet, index) => read.finishers[index](sheet.name, sheet.tag));
  const whole = snapshots.flatMap((snapshot, index) => (snapshot === null ? [index] : []));
  let syncs = read.syncs;
  if (whole.length > 0) {
    const late = await readSheets(context, whole.map((index) => usedRangeRead(worksheets.getItem(sheets[index].name), 'values')), () => undefined);
    whole.forEach((index, position) => (snapshots[index] = late.finishers[position](sheets[index].name, sheets[index].tag)));
    syncs += late.syncs;
  }
  // A whole read always gives a snapshot (an empty sheet an empty one), so none is missing here.
  return { snapshots: snapshots.map((snapshot, index) => snapshot ?? { name: sheets[index].name, tag: sheets[index].tag, origin: 'A1', values: [], formulas: [] }), syncs };
}

/** Sheets (names, tab order, tags), named items and table names: two syncs. */
export async function loadInventory(context: Excel.RequestContext, apiSetSupported: SetSupport): Promise<Inventory> {
  return (await loadWorkbookSheets(context, apiSetSupported, () => false)).inventory;
}

/** The used range of each named sheet (values and formulas), and the syncs it took: one for all of them (more only past 5 MB). */
export async function loadSnapshotsCounted(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<{ name: string; tag: SheetSnapshot['tag'] }>,
): Promise<{ snapshots: SheetSnapshot[]; syncs: number }> {
  if (sheets.length === 0) return { snapshots: [], syncs: 0 };
  const read = await readSheets(context, sheets.map((sheet) => usedRangeRead(context.workbook.worksheets.getItem(sheet.name), 'values,formulas')), () => undefined);
  return { snapshots: sheets.map((sheet, index) => read.finishers[index](sheet.name, sheet.tag)!), syncs: read.syncs };
}
