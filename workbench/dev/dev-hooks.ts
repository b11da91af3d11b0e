// Development-only hooks on window for the e2e benchmark: seed objectives and generate the summary through src/excel
// (the add-in's own code, on the workbench's emulator), timing each run and counting its syncs.
import { cellAddress, type ExcelEmulator } from '@traguardo/excel-emulator';
import { batchRunner, buildObjectives, generateSummary } from '../../src/excel';
import { generatedObjectives } from './generated-objectives';

export interface TimedRun {
  ms: number;
  /** context.sync() round trips during the run, as the emulator counts them. */
  syncs: number;
  /** Each of those syncs: actions sent and request size, so a sync count over budget says where it went. */
  syncDetails: { requests: number; payloadBytes: number; responseBytes: number }[];
}

export interface SummaryRun extends TimedRun {
  sheet: string;
  /** Cells of the summary sheet's used range: the size of the plain-values comparison. */
  cells: number;
  rows: number;
  columns: number;
}

export interface WorkbenchDevHooks {
  /** Builds `count` generated objective sheets with `indicatorsEach` indicators each. */
  seedObjectives(count: number, indicatorsEach: number): Promise<TimedRun & { sheets: number }>;
  /** Generates the summary from the objective sheets, as the pane's "Genera il riepilogo" does. */
  generateSummary(): Promise<SummaryRun>;
  /** Writes rows x columns plain numbers on a new sheet in one batch: the baseline of the benchmark. */
  writePlainValues(rows: number, columns: number): Promise<TimedRun>;
}

declare global {
  interface Window {
    __traguardoWorkbench?: WorkbenchDevHooks;
  }
}

async function timed<T>(emulator: ExcelEmulator, work: () => Promise<T>): Promise<{ result: T } & TimedRun> {
  const syncsBefore = emulator.stats.syncs;
  const historyBefore = emulator.stats.history.length;
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const syncDetails = emulator.stats.history.slice(historyBefore).map(({ requests, payloadBytes, responseBytes }) => ({ requests, payloadBytes, responseBytes }));
  return { result, ms, syncs: emulator.stats.syncs - syncsBefore, syncDetails };
}

function createDevHooks(emulator: ExcelEmulator): WorkbenchDevHooks {
  const excel = batchRunner(emulator);
  return {
    async seedObjectives(count, indicatorsEach) {
      const objectives = generatedObjectives(count, indicatorsEach);
      const run = await timed(emulator, () => buildObjectives(excel, objectives));
      return { ms: run.ms, syncs: run.syncs, syncDetails: run.syncDetails, sheets: run.result.written.length };
    },
    async generateSummary() {
      const run = await timed(emulator, () => generateSummary(excel));
      const used = emulator.usedRange(run.result.sheet, true);
      const rows = used ? used.row + used.rowCount : 0;
      const columns = used ? used.col + used.colCount : 0;
      return { ms: run.ms, syncs: run.syncs, syncDetails: run.syncDetails, sheet: run.result.sheet, cells: rows * columns, rows, columns };
    },
    async writePlainValues(rows, columns) {
      const values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * columns + c));
      const name = `Valori ${emulator.sheetNames().length + 1}`;
      const run = await timed(emulator, () =>
        emulator.Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.add(name);
          sheet.getRange(`A1:${cellAddress(rows - 1, columns - 1)}`).values = values;
          await context.sync();
        }),
      );
      return { ms: run.ms, syncs: run.syncs, syncDetails: run.syncDetails };
    },
  };
}

export function installDevHooks(emulator: ExcelEmulator): WorkbenchDevHooks {
  const hooks = createDevHooks(emulator);
  window.__traguardoWorkbench = hooks;
  return hooks;
}
