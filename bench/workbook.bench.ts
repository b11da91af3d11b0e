// Benchmark: building N objectives (5 indicators each) and the summary through src/excel/ into the emulated
// workbook, for N = 1, 10, 100, 1000: syncs, write requests, payload (total and largest request), time.
// Run: npx tsx bench/workbook.bench.ts
import { performance } from 'node:perf_hooks';
import '../src/engine/functions-metadata-node';
import { createExcelEmulator } from '../src/engine/excel';
import { createPerfHyperFormula } from '../src/engine/hyperformula';
import { buildObjectives, generateSummary } from '../src/excel';
import { generatedObjectives } from '../test/excel/generated-objectives';

const SIZES = [1, 10, 100, 1000];
const MB = 1024 * 1024;

async function run(count: number): Promise<string> {
  const emu = createExcelEmulator({ hyperformula: createPerfHyperFormula() });
  const restore = emu.install();
  try {
    const started = performance.now();
    const built = await buildObjectives(generatedObjectives(count));
    const buildSyncs = emu.stats.syncs;
    const summary = await generateSummary();
    const seconds = (performance.now() - started) / 1000;
    const cells = [
      String(count).padStart(5),
      String(emu.stats.syncs).padStart(6),
      `${buildSyncs}+${emu.stats.syncs - buildSyncs}`.padStart(7),
      String(built.report.writeRequests + summary.report.writeRequests).padStart(8),
      (emu.stats.payloadBytes / MB).toFixed(2).padStart(10),
      (emu.stats.largestPayloadBytes / MB).toFixed(2).padStart(11),
      seconds.toFixed(1).padStart(7),
    ];
    return cells.join(' ');
  } finally {
    restore();
  }
}

async function main(): Promise<void> {
  console.log('Objective sheets (5 indicators each) + Riepilogo through src/excel/ into the emulator (5 MB limit enforced)');
  const header = ['N'.padStart(5), 'syncs'.padStart(6), 'b+s'.padStart(7), 'writes'.padStart(8), 'payload MB'.padStart(10), 'largest MB'.padStart(11), 'time s'.padStart(7)];
  console.log(header.join(' '));
  console.log('(b+s = syncs of buildObjectives + generateSummary; writes = write requests, > 2 only past the 5 MB limit)');
  for (const count of SIZES) console.log(await run(count));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
