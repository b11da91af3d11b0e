// Benchmark: parseReportText over 1,000 objectives of report text (the 2022 seed's 11 objectives repeated and renumbered).
// Run: npx tsx bench/report-text.bench.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseReportText } from '../src/import/report-text';

const OBJECTIVES = 1_000;
const RUNS = 7;

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

function main(): void {
  const text = reportOf(OBJECTIVES);
  const warm = parseReportText(text);
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
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const perSecond = (ms: number): string => Math.round((OBJECTIVES / ms) * 1000).toLocaleString('en-US');
  console.log(`report-text: ${OBJECTIVES} objectives (${(text.length / 1024).toFixed(0)} KB of text), ${warm.incomplete.length} "da completare" items`);
  console.log(`report-text: median of ${RUNS} runs: wall ${median(wall).toFixed(1)} ms (min ${Math.min(...wall).toFixed(1)}), cpu ${median(cpu).toFixed(1)} ms`);
  console.log(`report-text: ${perSecond(median(wall))} objectives/s (wall), ${perSecond(median(cpu))} objectives/s (cpu)`);
  console.log(
    `report-text: one bare pass over the same text (split into lines, each trimmed) ${median(bare).toFixed(1)} ms wall, ${median(bareCpu).toFixed(1)} ms cpu: ` +
      `ratio ${(median(wall) / median(bare)).toFixed(1)}x wall, ${(median(cpu) / median(bareCpu)).toFixed(1)}x cpu`,
  );
}

main();
