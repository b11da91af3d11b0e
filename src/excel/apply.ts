// Writing any number of layouts in one Excel.run: read what exists (a fixed number of syncs), plan,
// queue every write, and sync once — or once per 5 MB of queued payload, never once per sheet.
import { splitSheetAddress } from '../workbook/address';
import { layoutLimitProblem } from '../workbook/excel-limits';
import type { NameSpec, SheetLayout } from '../workbook/layout';
import { sameSheetName } from '../workbook/naming';
import { carriedInputs, type CarriedInputs } from '../workbook/refresh';
import type { SheetSnapshot } from '../workbook/snapshot';
import { msg } from '../core/messages';
import { ExcelOperationError, officeReason } from './errors';
import { SheetProxies, queueOp } from './execute';
import { copiedLayoutOps, frameKey } from './sheet-templates';
import type { Inventory, InventoryName } from './inventory';
import { loadInventory, loadSnapshotsCounted, sheetKey } from './load';
import { planSheets, type SheetAction, type SheetPlan } from './plan';
import type { SetSupport } from './runner';
import { chunkOps, DEFAULT_MAX_PAYLOAD_BYTES, layoutContentOps, opSize, splitWrite, type WriteOp } from './write-ops';

export type ProgressListener = (fraction: number) => void;

export interface ApplyOptions {
  /** The inventory loaded earlier in the same batch (saves its two syncs). */
  inventory?: Inventory;
  /** Sheets read earlier in the same batch, by lower-cased name: refreshing them needs no new read. */
  previous?: ReadonlyMap<string, SheetSnapshot>;
  /** Split the writes so no request passes this estimated size (default 4 MB, under the 5 MB limit). */
  maxPayloadBytes?: number;
  /** Called after each request with the fraction of the writes done. */
  onProgress?: ProgressListener;
  /** Key of the layout whose sheet the user is shown when the write ends: activated in the last request, no sync of its own. */
  activate?: string;
}

export interface SheetReport {
  key: string;
  sheet: string;
  action: SheetAction;
  /** The layout's preferred name was taken by a sheet that is not ours. */
  preferredNameTaken: boolean;
  /** Analyst inputs found and kept. */
  inputsKept: number;
  /** Addresses (on the old sheet) of inputs that had no place in the new layout, e.g. of a removed indicator. */
  inputsDropped: string[];
}

export interface ApplyReport {
  sheets: SheetReport[];
  /** context.sync() calls made by this operation. */
  syncs: number;
  /** Write requests (1 unless the 5 MB limit forced a split). */
  writeRequests: number;
  /** Estimated size of all writes and of the largest request, in bytes. */
  estimatedBytes: number;
  largestRequestBytes: number;
}

interface SizedOp {
  op: WriteOp;
  size: number;
  /** Index of the layout the op belongs to; -1 for the final activation, which writes nothing. */
  unit: number;
}

function sameTarget(existing: InventoryName, sheet: string, address: string): boolean {
  const target = splitSheetAddress(existing.formula.trim());
  return target.sheet !== null && sameSheetName(target.sheet, sheet) && target.address.replace(/\$/g, '').toUpperCase() === address.toUpperCase();
}

/** The inventory's names and tables by lower-cased name, so planning thousands of sheets stays linear. */
interface InventoryIndex {
  names: Map<string, InventoryName>;
  tables: Map<string, string>;
}

function indexInventory(inventory: Inventory): InventoryIndex {
  const names = new Map<string, InventoryName>();
  for (const name of inventory.names) if (!names.has(name.name.toLowerCase())) names.set(name.name.toLowerCase(), name);
  const tables = new Map<string, string>();
  for (const table of inventory.tables) if (!tables.has(table.toLowerCase())) tables.set(table.toLowerCase(), table);
  return { names, tables };
}

function nameOps(plan: SheetPlan, index: InventoryIndex): { before: WriteOp[]; after: WriteOp[] } {
  const before: WriteOp[] = [];
  const after: WriteOp[] = [];
  for (const item of plan.layout.names) {
    const existing = index.names.get(item.name.toLowerCase());
    const unchanged = existing !== undefined && plan.action === 'refresh' && sameTarget(existing, plan.sheetName, item.address);
    if (unchanged) continue;
    if (existing) before.push({ op: 'deleteName', name: existing.name });
    after.push({ op: 'addName', sheet: plan.sheetName, item: item satisfies NameSpec });
  }
  return { before, after };
}

/** A table name free in the workbook: ours when refreshing, else suffixed if someone else has it. */
function freeTableName(name: string, index: InventoryIndex, replaced: ReadonlySet<string>): string {
  const taken = (candidate: string) => index.tables.has(candidate.toLowerCase()) && !replaced.has(candidate.toLowerCase());
  if (!taken(name)) return name;
  for (let n = 2; ; n++) if (!taken(`${name}_${n}`)) return `${name}_${n}`;
}

/** A sheet written in full earlier in the batch that a new sheet of the same frame copies. */
interface Template {
  layout: SheetLayout;
  sheet: string;
}

function planOps(plan: SheetPlan, index: InventoryIndex, carried: CarriedInputs | undefined, template: Template | undefined): WriteOp[] {
  if (plan.action === 'keep') return [];
  const names = nameOps(plan, index);
  if (template && plan.action === 'create') {
    const layout = { ...plan.layout, tables: plan.layout.tables.map((table) => ({ ...table, name: freeTableName(table.name, index, new Set()) })) };
    return [...names.before, ...copiedLayoutOps(template.layout, template.sheet, layout, plan.sheetName), ...names.after];
  }
  const ops: WriteOp[] = [...names.before];
  const ownTables = new Set<string>();
  if (plan.action === 'refresh') {
    for (const table of plan.layout.tables) {
      const existing = index.tables.get(table.name.toLowerCase());
      if (existing) {
        ops.push({ op: 'deleteTable', name: existing });
        ownTables.add(existing.toLowerCase());
      }
    }
  }
  if (plan.action === 'replace') {
    ops.push({ op: 'deleteSheet', sheet: plan.sheetName });
    for (const table of plan.layout.tables) ownTables.add(table.name.toLowerCase()); // they go with the sheet
  }
  if (plan.action === 'create' || plan.action === 'replace') ops.push({ op: 'addSheet', sheet: plan.sheetName });
  const layout: SheetLayout = {
    ...plan.layout,
    tables: plan.layout.tables.map((table) => ({ ...table, name: freeTableName(table.name, index, ownTables) })),
  };
  ops.push(...layoutContentOps(layout, plan.sheetName, carried), ...names.after);
  return ops;
}

/** Without RangeAreas (ExcelApi 1.9) each rectangle of a style op is a format call of its own, and is sized as one. */
function perRectangle(op: WriteOp, rangeAreas: boolean): WriteOp[] {
  if (op.op !== 'style' || rangeAreas || !op.address.includes(',')) return [op];
  return op.address.split(',').map((area) => ({ ...op, address: area.trim() }));
}

function assertUniqueKeys(layouts: ReadonlyArray<SheetLayout>): void {
  const seen = new Set<string>();
  for (const layout of layouts) {
    if (seen.has(layout.key)) throw new ExcelOperationError('InvalidInput', msg('excel.duplicateLayout', { key: layout.key }));
    seen.add(layout.key);
  }
}

/** Nothing is written when one sheet would pass Excel's limits: the file would not open, or the write fail half-way. */
function assertWithinExcelLimits(layouts: ReadonlyArray<SheetLayout>): void {
  for (const layout of layouts) {
    const problem = layoutLimitProblem(layout);
    if (problem !== null) throw new ExcelOperationError('InvalidInput', problem);
  }
}

/**
 * Writes the layouts. Sheets already ours (found by tag) are refreshed keeping the analyst's inputs,
 * replaced, or kept, as each layout says; new sheets get a free name. Throws ExcelOperationError
 * naming the sheets already written when a request fails.
 */
export async function applyLayouts(
  context: Excel.RequestContext,
  apiSetSupported: SetSupport,
  layouts: ReadonlyArray<SheetLayout>,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  assertUniqueKeys(layouts);
  assertWithinExcelLimits(layouts);
  let syncs = 0;
  let inventory = options.inventory;
  if (!inventory) {
    inventory = await loadInventory(context, apiSetSupported);
    syncs += 2;
  }
  const plans = planSheets(layouts, inventory);
  const refreshing = plans.filter((plan) => plan.action === 'refresh');
  const known = options.previous ?? new Map<string, SheetSnapshot>();
  const unread = refreshing.filter((plan) => !known.has(sheetKey(plan.sheetName)));
  const read = await loadSnapshotsCounted(context, unread.map((plan) => ({ name: plan.sheetName, tag: plan.layout.tag })));
  syncs += read.syncs;
  const snapshots = new Map(known);
  unread.forEach((plan, index) => snapshots.set(sheetKey(plan.sheetName), read.snapshots[index]));
  const carriedByKey = new Map<string, CarriedInputs>();
  for (const plan of refreshing) carriedByKey.set(plan.layout.key, carriedInputs(plan.layout, snapshots.get(sheetKey(plan.sheetName))!));

  const index = indexInventory(inventory);
  const maxBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  const rangeAreas = apiSetSupported('ExcelApi', '1.9');
  const sized: SizedOp[] = [];
  const templates = new Map<string, Template>();
  plans.forEach((plan, unit) => {
    // Only a sheet written whole from its layout (no analyst inputs carried) can stand for others of its frame.
    const key = plan.action === 'create' || plan.action === 'replace' ? frameKey(plan.layout) : null;
    const template = key === null ? undefined : templates.get(key);
    if (key !== null && !template) templates.set(key, { layout: plan.layout, sheet: plan.sheetName });
    for (const planned of planOps(plan, index, carriedByKey.get(plan.layout.key), template)) {
      for (const op of splitWrite(planned, maxBytes).flatMap((part) => perRectangle(part, rangeAreas))) sized.push({ op, size: opSize(op), unit });
    }
  });
  const shown = plans.findIndex((plan) => plan.layout.key === options.activate && plan.layout.visibility === 'Visible');
  if (shown >= 0) {
    const op: WriteOp = { op: 'activate', sheet: plans[shown].sheetName };
    sized.push({ op, size: opSize(op), unit: -1 });
  }
  const chunks = chunkOps(sized, maxBytes);
  const lastChunkOf = new Map<number, number>();
  chunks.forEach((chunk, index) => chunk.forEach((op) => lastChunkOf.set(op.unit, index)));

  const sheets = new SheetProxies(context);
  for (const [index, chunk] of chunks.entries()) {
    // One request per chunk: chunks exist only because of the 5 MB limit, never one per sheet.
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const item of chunk) queueOp(context, sheets, item.op, apiSetSupported);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per 5 MB chunk (the limit of Excel on the web), not per sheet
      await context.sync();
    } catch (error) {
      const written = plans.filter((_, unit) => (lastChunkOf.get(unit) ?? -1) < index && plans[unit].action !== 'keep').map((plan) => plan.sheetName);
      const reason = msg('excel.writeInterrupted', { request: index + 1, of: chunks.length, reason: officeReason(error), written });
      throw new ExcelOperationError('WriteFailed', reason, written, error);
    }
    syncs += 1;
    options.onProgress?.((index + 1) / chunks.length);
  }

  return {
    sheets: plans.map((plan) => {
      const carried = carriedByKey.get(plan.layout.key);
      return {
        key: plan.layout.key,
        sheet: plan.sheetName,
        action: plan.action,
        preferredNameTaken: plan.preferredNameTaken,
        inputsKept: carried?.values.size ?? 0,
        inputsDropped: carried?.dropped ?? [],
      };
    }),
    syncs,
    writeRequests: chunks.length,
    estimatedBytes: sized.reduce((sum, item) => sum + item.size, 0),
    largestRequestBytes: chunks.reduce((max, chunk) => Math.max(max, chunk.reduce((sum, item) => sum + item.size, 0)), 0),
  };
}
