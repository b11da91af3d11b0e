// Benchmark: parseReportText over 1,000 objectives of report text (the 2022 seed's 11 objectives repeated and renumbered),
// bundled as shipped (the main figure) and run from source by tsx.
// Run: npx tsx bench/report-text.bench.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
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
function parseCpu(parse: Parse, text: string): number {
  const start = process.cpuUsage();
  parse(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

type Parse = typeof parseReportText;

/**
 * The parser bundled into one scope, as webpack ships it in the task pane and the command line. Run from source by tsx,
 * every call from one module to another goes through esbuild's CommonJS export getters, which no shipped bundle has.
 */
function bundledParser(): Parse {
  const entry = "export { parseReportText } from './src/import/report-text';";
  const { outputFiles } = buildSync({ stdin: { contents: entry, resolveDir: path.join(__dirname, '..'), loader: 'ts' }, bundle: true, format: 'cjs', platform: 'node', write: false });
  const folder = mkdtempSync(path.join(tmpdir(), 'report-text-bench-'));
  try {
    const file = path.join(folder, 'report-text.cjs');
    writeFileSync(file, outputFiles[0].text);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(file) as { parseReportText: Parse }).parseReportText;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

interface Measured {
  coldCpu: number;
  wall: number[];
  cpu: number[];
  bare: number[];
  bareCpu: number[];
  steady: number[];
  incomplete: number;
}

/** One warm-up parse, RUNS timed parses each after a bare pass, then the steady state after STEADY_AFTER parses. */
function measure(parse: Parse, text: string): Measured {
  const coldStart = process.cpuUsage();
  const warm = parse(text);
  const coldUsed = process.cpuUsage(coldStart);
  if (warm.objectives.length !== OBJECTIVES) {
    throw new Error(`expected ${OBJECTIVES} objectives, parsed ${warm.objectives.length}`);
  }
  const measured: Measured = { coldCpu: (coldUsed.user + coldUsed.system) / 1000, wall: [], cpu: [], bare: [], bareCpu: [], steady: [], incomplete: warm.incomplete.length };
  for (let run = 0; run < RUNS; run++) {
    // Interleaved with the parse, so both sides see the same load on a shared machine.
    const bareCpuStart = process.cpuUsage();
    const bareStart = performance.now();
    barePass(text);
    measured.bare.push(performance.now() - bareStart);
    const bareUsed = process.cpuUsage(bareCpuStart);
    measured.bareCpu.push((bareUsed.user + bareUsed.system) / 1000);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    parse(text);
    measured.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    measured.cpu.push((used.user + used.system) / 1000);
  }
  // Once the compiler has settled: what the runs above pay on top of it is optimisation and re-optimisation.
  for (let run = 0; run < STEADY_AFTER - RUNS - 1; run++) parse(text);
  for (let run = 0; run < RUNS; run++) measured.steady.push(parseCpu(parse, text));
  return measured;
}

// CPU time too: on a shared machine the wall clock also counts other processes' turns.
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perSecond = (ms: number): string => Math.round((OBJECTIVES / ms) * 1000).toLocaleString('en-US');

function report(label: string, m: Measured): void {
  console.log(`report-text (${label}): median of ${RUNS} runs: wall ${median(m.wall).toFixed(1)} ms (min ${Math.min(...m.wall).toFixed(1)}), cpu ${median(m.cpu).toFixed(1)} ms`);
  console.log(`report-text (${label}): ${perSecond(median(m.wall))} objectives/s (wall), ${perSecond(median(m.cpu))} objectives/s (cpu)`);
  console.log(
    `report-text (${label}): first parse ${m.coldCpu.toFixed(1)} ms cpu; after ${STEADY_AFTER} parses, median of ${RUNS}: ` +
      `${median(m.steady).toFixed(1)} ms cpu, ${perSecond(median(m.steady))} objectives/s (cpu), ${(median(m.steady) / median(m.bareCpu)).toFixed(1)}x the bare pass`,
  );
  console.log(
    `report-text (${label}): one bare pass over the same text (split into lines, each trimmed) ${median(m.bare).toFixed(1)} ms wall, ${median(m.bareCpu).toFixed(1)} ms cpu: ` +
      `ratio ${(median(m.wall) / median(m.bare)).toFixed(1)}x wall, ${(median(m.cpu) / median(m.bareCpu)).toFixed(1)}x cpu`,
  );
}

function main(): void {
  const text = reportOf(OBJECTIVES);
  // The shipped form first: it is the main figure, and the first measured pays whatever the process warms up once.
  const shipped = measure(bundledParser(), text);
  const source = measure(parseReportText, text);
  console.log(`report-text: ${OBJECTIVES} objectives (${(text.length / 1024).toFixed(0)} KB of text), ${shipped.incomplete} "da completare" items`);
  report('bundled, as shipped', shipped);
  report('from source by tsx', source);
}

main();
