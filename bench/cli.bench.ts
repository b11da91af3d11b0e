// Benchmark: `traguardo build` of N generated objectives (5 indicators each) into .xlsx, then `traguardo summary`
// of that file; prints each command's own line (with its time) and the wall time measured around it.
// Run: npx tsx bench/cli.bench.ts [N=1000]   (runs bin/traguardo.js: the bundle when built, else the source via tsx)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Indicator, Objective, Report } from '../src/core/model';

const COUNT = Number(process.argv[2] ?? 1000);
const BIN = path.resolve(__dirname, '../bin/traguardo.js');

/** Targets of the kinds real reports hold, each with a result that meets it and one that misses it. */
const INDICATOR_SHAPES: ReadonlyArray<{ name: string; target: string; met: string; missed: string }> = [
  { name: 'Tempo medio di pagamento', target: '< 30 gg', met: '27', missed: '45' },
  { name: 'Pratiche evase', target: '>= 700', met: '1.134', missed: '600' },
  { name: 'Copertura del servizio', target: '100%', met: '100', missed: '96,5' },
  { name: 'Attivazione dello sportello', target: 'SI', met: 'SI', missed: 'NO' },
  { name: 'Rilascio della procedura', target: 'entro 31/07/2022', met: '15/07/2022', missed: '15/09/2022' },
];

/** Objective k misses (k mod 4) of its five targets; every tenth has no results yet (not evaluable). */
function indicatorsOf(number: number): Indicator[] {
  const misses = number % 4;
  return INDICATOR_SHAPES.map((shape, index) => ({
    name: shape.name,
    target: shape.target,
    ...(number % 10 === 0 ? {} : { actual: index < misses ? shape.missed : shape.met }),
  }));
}

function generatedReport(count: number): Report {
  const objectives: Objective[] = [];
  for (let number = 1; number <= count; number++) {
    objectives.push({
      number,
      title: `Obiettivo generato ${number}: miglioramento del servizio ${number % 37}`,
      planReferences: [{ code: `G${String(number).padStart(4, '0')}`, text: 'Obiettivo generato per la misura dei tempi' }],
      allocatedAmount: 1000 + (number % 9) * 250,
      indicators: indicatorsOf(number),
    });
  }
  return { title: `Relazione generata con ${count} obiettivi`, year: 2022, objectives, cutoffs: { achievedFrom: 0.95, partialFrom: 0.5 }, fund: { total: 3_000_000 } };
}

function run(args: string[]): { wallMs: number; stdout: string; stderr: string; status: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { wallMs: performance.now() - start, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function main(): void {
  const { bundleIsCurrent } = createRequire(__filename)(BIN) as { bundleIsCurrent(): boolean };
  console.log(`running ${bundleIsCurrent() ? 'the bundle dist-cli/traguardo.js' : 'the TypeScript source through tsx (no current bundle)'}`);
  const folder = mkdtempSync(path.join(tmpdir(), 'traguardo-bench-'));
  try {
    const input = path.join(folder, `relazione-${COUNT}.json`);
    const output = path.join(folder, `relazione-${COUNT}.xlsx`);
    writeFileSync(input, JSON.stringify(generatedReport(COUNT)));
    const build = run(['build', input, '-o', output, '--quiet']);
    if (build.status !== 0) throw new Error(`build failed (${build.status}): ${build.stderr}`);
    console.log(`build   ${COUNT} objectives x 5 indicators: ${build.stdout.trim()}`);
    console.log(`        wall time ${(build.wallMs / 1000).toFixed(1)} s (process start included), file ${(statSync(output).size / 1024 / 1024).toFixed(1)} MB`);
    const summary = run(['summary', output, '--json', '--quiet']);
    if (summary.status !== 0) throw new Error(`summary failed (${summary.status}): ${summary.stderr}`);
    const data = JSON.parse(summary.stdout) as { objectives: unknown[]; counts: Record<string, number> };
    console.log(`summary ${data.objectives.length} objectives read back, counts ${JSON.stringify(data.counts)}`);
    console.log(`        wall time ${(summary.wallMs / 1000).toFixed(1)} s (process start included)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
