// Benchmark: evaluateIndicator over 1,000,000 indicator rows vs a plain JS loop doing the bare numeric comparison.
// Each row passes its target as text: the PERF.* functions get it so per cell, and the summary looks it up per indicator.
// Run: npx tsx bench/core.bench.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { evaluateIndicator as evaluateFromSource } from '../src/core/evaluate';
import { formatDateIt, formatNumberIt, toExcelSerial } from '../src/core/index';
import type { CellInput } from '../src/core/model';
import { clearTargetCache as clearSourceCache, parseTarget } from '../src/core/target';

interface Core {
  evaluateIndicator: typeof evaluateFromSource;
  clearTargetCache: typeof clearSourceCache;
}

/**
 * The core bundled into one scope, as webpack ships it in the add-in and the command line. Run from source by tsx,
 * every call from one core module to another goes through esbuild's CommonJS export getters (a megamorphic load per
 * call), which no shipped bundle has; that figure is printed too.
 */
function bundledCore(): Core {
  const entry = "export { evaluateIndicator } from './src/core/evaluate'; export { clearTargetCache } from './src/core/target';";
  const { outputFiles } = buildSync({ stdin: { contents: entry, resolveDir: join(__dirname, '..'), loader: 'ts' }, bundle: true, format: 'cjs', platform: 'node', write: false });
  const folder = mkdtempSync(join(tmpdir(), 'core-bench-'));
  try {
    const file = join(folder, 'core.cjs');
    writeFileSync(file, outputFiles[0].text);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as Core;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const ROWS = 1_000_000;

/** Target texts as written in real reports (~20 distinct). */
const TARGETS = [
  '≤ 0', '< 75 gg', '< 60 gg', '100%', '>100', '>= 8', '>= 700', '≥ 10', '= 6', '= 0',
  '4200', '60%', '≥ 90%', '<= 30 giorni', '> 50', '≥ 1.000 €', '≤ 5 gg', '= 100%', 'entro 31/07/2022', 'SI',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type OpCode = 0 | 1 | 2 | 3 | 4 | 5; // <, <=, reach (=, v>0 means >=), >=, >, exactly 0

interface Rows {
  targets: string[];
  actuals: CellInput[];
  /** The same rows as bare numbers for the plain loop: actual and target value in the same units, and the operator. */
  numbers: Float64Array;
  goals: Float64Array;
  ops: Uint8Array;
}

function opCode(text: string): OpCode {
  const t = parseTarget(text);
  if (t.kind === 'deadline') return 1;
  if (t.kind === 'boolean') return 3;
  if (t.op === '=') return t.value === 0 ? 5 : 2;
  return ({ '<': 0, '<=': 1, '>=': 3, '>': 4 } as const)[t.op];
}

function goal(text: string): number {
  const t = parseTarget(text);
  if (t.kind === 'deadline') return t.serial;
  if (t.kind === 'boolean') return 1;
  return t.value;
}

/** One realistic row: half the actuals are cell numbers, half are text as Italian analysts type it. */
function makeRows(): Rows {
  const next = random(2022);
  const rows: Rows = { targets: [], actuals: [], numbers: new Float64Array(ROWS), goals: new Float64Array(ROWS), ops: new Uint8Array(ROWS) };
  for (let i = 0; i < ROWS; i++) {
    const text = TARGETS[Math.floor(next() * TARGETS.length)];
    const t = parseTarget(text);
    const asText = next() < 0.5;
    let actual: CellInput;
    let number: number;
    if (t.kind === 'deadline') {
      number = toExcelSerial(2022, 7, 1) + Math.floor(next() * 60);
      actual = asText ? formatDateIt(number) : number;
    } else if (t.kind === 'boolean') {
      const yes = next() < 0.8;
      number = yes ? 1 : 0;
      actual = asText ? (yes ? 'SI' : 'NO') : yes;
    } else if (t.percent) {
      const denominator = 20 + Math.floor(next() * 2000);
      const numerator = Math.floor(denominator * (0.5 + next() * 0.5));
      number = numerator / denominator;
      actual = asText ? (next() < 0.5 ? `${formatNumberIt(numerator)}/${formatNumberIt(denominator)}` : `${formatNumberIt(Math.round(number * 10000) / 100)}%`) : number;
      if (typeof actual === 'string' && actual.endsWith('%')) number = Math.round(number * 10000) / 10000;
    } else {
      const scale = Math.max(Math.abs(t.value), 10);
      number = Math.round((next() * 2 - 0.5) * scale * 100) / 100;
      actual = asText ? formatNumberIt(number) : number;
    }
    rows.targets.push(text);
    rows.actuals.push(actual);
    rows.numbers[i] = number;
    rows.goals[i] = goal(text);
    rows.ops[i] = opCode(text);
  }
  return rows;
}

function bareLoop(rows: Rows): number {
  const { numbers, goals, ops } = rows;
  let achieved = 0;
  for (let i = 0; i < ROWS; i++) {
    const a = numbers[i];
    const g = goals[i];
    switch (ops[i]) {
      case 0: if (a < g) achieved++; break;
      case 1: if (a <= g) achieved++; break;
      case 2: if (a >= g) achieved++; break;
      case 3: if (a >= g) achieved++; break;
      case 4: if (a > g) achieved++; break;
      case 5: if (a === 0) achieved++; break;
    }
  }
  return achieved;
}

// A loop of its own per implementation: one loop calling both would be polymorphic, and slower for both.
function bundledLoop(rows: Rows, evaluateIndicator: Core['evaluateIndicator']): number {
  const { targets, actuals } = rows;
  let achieved = 0;
  for (let i = 0; i < ROWS; i++) {
    if (evaluateIndicator(actuals[i], targets[i]).achieved) achieved++;
  }
  return achieved;
}

function sourceLoop(rows: Rows): number {
  const { targets, actuals } = rows;
  let achieved = 0;
  for (let i = 0; i < ROWS; i++) {
    if (evaluateFromSource(actuals[i], targets[i]).achieved) achieved++;
  }
  return achieved;
}

interface Timing {
  ms: number;
  /** CPU time of the process meanwhile: on a shared machine the wall clock also counts other processes' turns. */
  cpuMs: number;
  achieved: number;
}

function time(run: () => number): Timing {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const achieved = run();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, achieved };
}

/** Median of a few interleaved repetitions: the machine is shared, and one run can be unlucky for either side. */
const REPETITIONS = 5;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const rows = makeRows();
const bundled = bundledCore();
bundled.clearTargetCache();
clearSourceCache();
const bareRuns: Timing[] = [];
const coreRuns: Timing[] = [];
const sourceRuns: Timing[] = [];
for (let r = 0; r < REPETITIONS; r++) {
  bareRuns.push(time(() => bareLoop(rows)));
  coreRuns.push(time(() => bundledLoop(rows, bundled.evaluateIndicator)));
  sourceRuns.push(time(() => sourceLoop(rows)));
}
const summary = (runs: Timing[]) => ({ ms: median(runs.map((x) => x.ms)), cpuMs: median(runs.map((x) => x.cpuMs)), achieved: runs[0].achieved });
const bare = summary(bareRuns);
const core = summary(coreRuns);
const source = summary(sourceRuns);
const textShare = rows.actuals.filter((a) => typeof a === 'string').length / ROWS;
const list = (runs: Array<{ ms: number }>) => runs.map((x) => x.ms.toFixed(0)).join(', ');
const line = (label: string, t: Timing, runs: Timing[]) =>
  `  ${label.padEnd(38)} ${t.ms.toFixed(1)} ms wall, ${t.cpuMs.toFixed(1)} ms cpu (${t.achieved} achieved; runs ${list(runs)} ms)`;
const ratio = (t: Timing) => `${(t.ms / bare.ms).toFixed(1)}x wall, ${(t.cpuMs / bare.cpuMs).toFixed(1)}x cpu`;
console.log(`core.bench: ${ROWS.toLocaleString('en')} indicator rows, ${TARGETS.length} distinct targets, ${Math.round(textShare * 100)}% of actuals as Italian text, median of ${REPETITIONS} runs`);
console.log(line('bare numeric comparison loop:', bare, bareRuns));
console.log(line('evaluateIndicator (bundled, as shipped):', core, coreRuns));
console.log(line('evaluateIndicator (from source by tsx):', source, sourceRuns));
console.log(`  ratio evaluateIndicator / bare loop: ${ratio(core)} (from source by tsx: ${ratio(source)})`);
for (const [label, t] of [['bundled', core], ['from source', source]] as const) {
  if (bare.achieved !== t.achieved) {
    console.error(`  MISMATCH: evaluateIndicator (${label}) and the bare loop disagree on achieved rows (${t.achieved} vs ${bare.achieved})`);
    process.exitCode = 1;
  }
}
