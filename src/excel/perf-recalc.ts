// "Ricalcola le formule PERF": find the PERF cells Excel has not evaluated (#NAME? in a workbook opened before the
// add-in loaded, or built outside Excel), and enter the PERF formulas of our sheets again, in one batch.
import italianNames from '../functions/functions-it-names.json';
import { msg } from '../core/messages';
import { perfReentries, unevaluatedPerfCount, type PerfNames, type PerfReentry } from '../workbook/perf-cells';
import { utf8Length } from '../workbook/utf8-length';
import { ExcelOperationError, officeReason } from './errors';
import { loadWorkbookSheets, sheetKey, type WorkbookSheetsRead } from './load';
import { runOperation } from './run-operation';
import type { BatchRunner } from './runner';
import { chunkOps, DEFAULT_MAX_PAYLOAD_BYTES } from './write-ops';

export interface UnevaluatedPerf {
  /** Cells whose PERF formula shows #NAME? (#NOME?). */
  cells: number;
  /** The sheets that hold them, in tab order. */
  sheets: string[];
}

export interface PerfRecalcResult extends UnevaluatedPerf {
  /** PERF formulas entered again: every one of our sheets', not only those that showed the error (Excel left them all unbound). */
  reentered: number;
  /** context.sync() calls made: the two reads and one write (one more per 4.5 MB). */
  syncs: number;
}

const ITALIAN_NAMES: PerfNames = new Map(Object.entries(italianNames).map(([id, entry]) => [entry.name.toUpperCase(), id]));

/** Same estimate as the layouts' writes: the JSON sent plus the call's own envelope. */
const CALL_OVERHEAD_BYTES = 400;

/** Objective sheets, Riepilogo and Monitoraggio with their formulas: the settings sheet holds no PERF call. */
function readOurSheets(context: Excel.RequestContext, excel: BatchRunner): Promise<WorkbookSheetsRead> {
  return loadWorkbookSheets(context, excel.isSetSupported, (tag) => tag.kind !== 'settings', 'values,formulas');
}

function unevaluatedIn(read: WorkbookSheetsRead): UnevaluatedPerf {
  const byPosition = [...read.inventory.sheets].sort((a, b) => a.position - b.position);
  let cells = 0;
  const sheets: string[] = [];
  for (const sheet of byPosition) {
    const snapshot = read.snapshots.get(sheetKey(sheet.name));
    const count = snapshot ? unevaluatedPerfCount(snapshot) : 0;
    if (count > 0) sheets.push(sheet.name);
    cells += count;
  }
  return { cells, sheets };
}

/** The PERF cells of our sheets that Excel has not evaluated: one batch, two syncs, nothing written. */
export async function findUnevaluatedPerf(excel: BatchRunner): Promise<UnevaluatedPerf> {
  return runOperation(excel, msg('perfRecalc.operation'), async (context) => unevaluatedIn(await readOurSheets(context, excel)));
}

/**
 * Enters every PERF formula of our sheets again when one of them shows #NAME?, in their functions' own names (an
 * Italian or saved name becomes PERF.STATUS), so Excel binds them to the registered functions and computes them.
 */
export async function recalculatePerf(excel: BatchRunner, maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES): Promise<PerfRecalcResult> {
  return runOperation(excel, msg('perfRecalc.operation'), async (context) => {
    const read = await readOurSheets(context, excel);
    const found = unevaluatedIn(read);
    if (found.cells === 0) return { ...found, reentered: 0, syncs: read.syncs };
    const runs: PerfReentry[] = [...read.snapshots.values()].flatMap((snapshot) => perfReentries(snapshot, ITALIAN_NAMES));
    const chunks = chunkOps(runs.map((run) => ({ run, size: utf8Length(JSON.stringify(run)) + CALL_OVERHEAD_BYTES })), maxPayloadBytes);
    for (const [index, chunk] of chunks.entries()) {
      for (const { run } of chunk) context.workbook.worksheets.getItem(run.sheet).getRange(run.address).formulas = run.formulas;
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per 4.5 MB chunk (the limit of Excel on the web), not per sheet
        await context.sync();
      } catch (error) {
        throw new ExcelOperationError('WriteFailed', msg('perfRecalc.failed', { request: index + 1, of: chunks.length, reason: officeReason(error) }), [], error);
      }
    }
    const reentered = runs.reduce((sum, run) => sum + run.formulas.length, 0);
    return { ...found, reentered, syncs: read.syncs + chunks.length };
  });
}
