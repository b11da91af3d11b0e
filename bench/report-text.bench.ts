// Benchmark: parseReportText over 1,000 objectives of report text (the 2022 seed's 11 objectives repeated and renumbered).
// Run: npx tsx bench/report-text.bench.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseReportText } from '../src/import/report-text';

const OBJECTIVES = 1_000;
const RUNS = 7;
/** Parses before the steady-state figure, which is printed beside the main one, never in its place. */
const STEADY_AFTER = 20;

/** The seed's preamble followed by its objectives cycled until `count` objectives, numbered 1..count. */
function reportOf(count: number): string {
  const seed = readFileSync(path.resolve(__dirname, '../examples/relazione-performance-2022.txt'), 'utf8');
  const [preamble, ...bodies] = seed.split(/^OBIETTIVO N\. \d+[ \t]*$/m);
  const parts = [preamble];
  for (let n = 1; n <= count; n++) parts.push(`OBIETTIVO N. ${n}${bodies[(n - 1) % bodies.length].replace(/\s*$/, "\n\n")}`);
  return parts.join('');
}

/** The floor any reader pays: the text split into lines, each trimmed and its length counted. */
function barePass(text: string): number {
  let characters = 0;
  for (const line of text.split('\n')) characters += line.trim().length;
  return characters;
}

/** CPU time (all threads: the compiler's and the collector's too) of one parse, in ms. */
function parseCpu(text: string): number {
  const start = process.cpuUsage();
  parseReportText(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function main(): void {
  const text = reportOf(OBJECTIVES);
  const coldStart = process.cpuUsage();
  const warm = parseReportText(text);
  const coldUsed = process.cpuUsage(coldStart);
  if (warm.objectives.length !== OBJECTIVES) {
    throw new Error(`expected ${OBJECTIVES} objectives, parsed ${warm.objectives.length}`);
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  const bare: number[] = [];
  const bareCpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Interleaved with the parse, so both sides see the same load on a shared machine.
    const bareCpuStart = process.cpuUsage();
    const bareStart = performance.now();
    barePass(text);
    bare.push(performance.now() - bareStart);
    const bareUsed = process.cpuUsage(bareCpuStart);
    bareCpu.push((bareUsed.user + bareUsed.system) / 1000);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    parseReportText(text);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  // Once the compiler has settled: what the runs above pay on top of it is optimisation and re-optimisation.
  for (let run = 0; run < STEADY_AFTER - RUNS - 1; run++) parseReportText(text);
  const steady: number[] = [];
  for (let run = 0; run < RUNS; run++) steady.push(parseCpu(text));
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const perSecond = (ms: number): string => Math.round((OBJECTIVES / ms) * 1000).toLocaleString('en-US');
  console.log(`report-text: ${OBJECTIVES} objectives (${(text.length / 1024).toFixed(0)} KB of text), ${warm.incomplete.length} "da completare" items`);
  console.log(`report-text: median of ${RUNS} runs: wall ${median(wall).toFixed(1)} ms (min ${Math.min(...wall).toFixed(1)}), cpu ${median(cpu).toFixed(1)} ms`);
  console.log(`report-text: ${perSecond(median(wall))} objectives/s (wall), ${perSecond(median(cpu))} objectives/s (cpu)`);
  console.log(
    `report-text: first parse ${((coldUsed.user + coldUsed.system) / 1000).toFixed(1)} ms cpu; after ${STEADY_AFTER} parses, median of ${RUNS}: ` +
      `${median(steady).toFixed(1)} ms cpu, ${perSecond(median(steady))} objectives/s (cpu), ${(median(steady) / median(bareCpu)).toFixed(1)}x the bare pass`,
  );
  console.log(
    `report-text: one bare pass over the same text (split into lines, each trimmed) ${median(bare).toFixed(1)} ms wall, ${median(bareCpu).toFixed(1)} ms cpu: ` +
      `ratio ${(median(wall) / median(bare)).toFixed(1)}x wall, ${(median(cpu) / median(bareCpu)).toFixed(1)}x cpu`,
  );
}

main();
