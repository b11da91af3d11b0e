// Benchmark: `traguardo build` of N generated objectives (5 indicators each), for each N given (default 1,000 and
// 10,000), each in its own process: wall and CPU time and peak resident memory, then the ratios of the largest to the
// smallest. Goal: time at most 11x for 10x the objectives, and at most 0.2 MB of peak memory per objective.
// Run: npx tsx bench/build-scaling.bench.ts [N ...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatedReport } from './generated-report';

const COUNTS = process.argv.slice(2).map(Number).filter((n) => n > 0);
const BIN = path.resolve(__dirname, '../bin/traguardo.js');
const USAGE = path.resolve(__dirname, 'child-usage.js');
const MB = 1024 * 1024;

interface Run {
  objectives: number;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
}

function build(objectives: number, folder: string): Run {
  const input = path.join(folder, `relazione-${objectives}.json`);
  const usageFile = path.join(folder, 'usage.json');
  writeFileSync(input, JSON.stringify(generatedReport(objectives)));
  const started = performance.now();
  const args = ['--require', USAGE, BIN, 'build', input, '-o', path.join(folder, `relazione-${objectives}.xlsx`), '--quiet'];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, TRAGUARDO_USAGE_FILE: usageFile } });
  if (result.status !== 0) throw new Error(`build of ${objectives} failed (${result.status}): ${result.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { peakBytes: number; cpuMicros: number };
  return { objectives, seconds: (performance.now() - started) / 1000, cpuSeconds: usage.cpuMicros / 1e6, peakMb: usage.peakBytes / MB };
}

function main(): void {
  const counts = COUNTS.length > 0 ? COUNTS : [1000, 10_000];
  const folder = mkdtempSync(path.join(tmpdir(), 'traguardo-scaling-'));
  try {
    const runs = counts.map((count) => {
      const run = build(count, folder);
      console.log(
        `build ${String(count).padStart(6)} objectives: ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, peak ${run.peakMb.toFixed(0)} MB, ${(run.peakMb / count).toFixed(3)} MB per objective`,
      );
      return run;
    });
    const [small, large] = [runs[0], runs[runs.length - 1]];
    if (small === large) return;
    const times = large.seconds / small.seconds;
    const cpu = large.cpuSeconds / small.cpuSeconds;
    const memory = large.peakMb / small.peakMb;
    const growth = (large.peakMb - small.peakMb) / (large.objectives - small.objectives);
    console.log(
      `${large.objectives / small.objectives}x the objectives: ${times.toFixed(1)}x the wall time, ${cpu.toFixed(1)}x the CPU time (goal <= 11x), ${memory.toFixed(1)}x the peak memory`,
    );
    console.log(`peak memory per objective at ${large.objectives}: ${(large.peakMb / large.objectives).toFixed(3)} MB (goal <= 0.2), ${growth.toFixed(3)} MB per added objective`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
