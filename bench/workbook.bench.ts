// Benchmark: building N objectives (5 indicators each) and the summary through src/excel/ into the emulated
// workbook, for N = 1, 10, 100, 1000: syncs, write requests, payload (total and largest request), bytes sent and read
// back per objective, time.
// Run: npx tsx bench/workbook.bench.ts [N ...]   (e.g. `npx tsx bench/workbook.bench.ts 1000` for one size)
import { performance } from 'node:perf_hooks';
import '../src/engine/functions-metadata-node';
import { createExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula } from '../src/engine/hyperformula';
import { batchRunner, buildObjectives, generateSummary } from '../src/excel';
import { generatedObjectives } from '../test/excel/generated-objectives';

const DEFAULT_SIZES = [1, 10, 100, 1000];
const MB = 1024 * 1024;
const KB = 1024;

const COLUMNS = [
  { header: 'N', width: 5 },
  { header: 'syncs b+s', width: 10 },
  { header: 'writes', width: 7 },
  { header: 'payload MB', width: 11 },
  { header: 'largest MB', width: 11 },
  { header: 'KB sent/obj', width: 12 },
  { header: 'KB read/obj', width: 12 },
  { header: 'build s', width: 8 },
  { header: 'summary s', width: 10 },
  { header: 'total s', width: 8 },
  { header: 'ms/objective', width: 13 },
];

function row(cells: ReadonlyArray<string>): string {
  return cells.map((cell, index) => cell.padStart(COLUMNS[index].width)).join(' ');
}

async function run(count: number): Promise<string> {
  const emu = createExcelEmulator({ hyperformula: createPerfHyperFormula() });
  const excel = batchRunner(emu);
  const objectives = generatedObjectives(count);
  const started = performance.now();
  const built = await buildObjectives(excel, objectives);
  const builtAt = performance.now();
  // What the summary reads back is what crosses the network after the build: the response bytes from here on.
  const readBefore = emu.stats.responseBytes;
  const summary = await generateSummary(excel);
  const done = performance.now();
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(2);
  return row([
    String(count),
    `${built.report.syncs}+${summary.report.syncs}`,
    String(built.report.writeRequests + summary.report.writeRequests),
    (emu.stats.payloadBytes / MB).toFixed(2),
    (emu.stats.largestPayloadBytes / MB).toFixed(2),
    (emu.stats.payloadBytes / count / KB).toFixed(1),
    ((emu.stats.responseBytes - readBefore) / count / KB).toFixed(1),
    seconds(started, builtAt),
    seconds(builtAt, done),
    seconds(started, done),
    ((done - started) / count).toFixed(1),
  ]);
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const sizes = asked.length > 0 ? asked : DEFAULT_SIZES;
  console.log('Objective sheets (5 indicators each) + Riepilogo through src/excel/ into the emulator (5 MB limit enforced)');
  console.log(row(COLUMNS.map((column) => column.header)));
  console.log('(syncs b+s = buildObjectives + generateSummary; writes = write requests, > 2 only past the 5 MB limit;');
  console.log(' KB sent/obj = build + summary payload per objective; KB read/obj = what the summary reads back per objective)');
  for (const count of sizes) console.log(await run(count));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
