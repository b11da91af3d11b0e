// Benchmark: `traguardo build` of N generated objectives (5 indicators each) into .xlsx, then `traguardo summary`
// of that file; prints each command's own line (with its time) and the wall time measured around it.
// When LibreOffice is installed, also the time `soffice --headless` takes to open the same file (converted to CSV),
// and the summary's ratio to it; with GNU time installed, CPU times and their ratio too.
// Run: npx tsx bench/cli.bench.ts [N=1000]   (runs bin/traguardo.js: the bundle when built, else the source via tsx)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatedReport } from './generated-report';

const COUNT = Number(process.argv[2] ?? 1000);
const BIN = path.resolve(__dirname, '../bin/traguardo.js');
// GNU time, when installed, also gives the CPU time of a command and its children: on a machine shared with other
// work, CPU time is the steadier measure.
const TIME = '/usr/bin/time';
const HAS_TIME = spawnSync(TIME, ['-f', '%U', 'true'], { encoding: 'utf8' }).status === 0;
const CPU_MARK = 'traguardo-bench-cpu';

interface Run {
  wallMs: number;
  /** User + system CPU seconds, when GNU time is installed. */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
  status: number | null;
  error?: Error;
}

function timed(command: string, args: string[]): Run {
  const start = performance.now();
  const result = HAS_TIME
    ? spawnSync(TIME, ['-f', `${CPU_MARK} %U %S`, command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  const lines = (result.stderr ?? '').split('\n');
  const mark = lines.findIndex((line) => line.startsWith(CPU_MARK));
  const cpu = mark < 0 ? null : lines[mark].split(' ').slice(1).reduce((sum, part) => sum + Number(part), 0);
  const stderr = mark < 0 ? (result.stderr ?? '') : lines.filter((_, index) => index !== mark).join('\n');
  return { wallMs, cpuSeconds: cpu, stdout: result.stdout ?? '', stderr, status: result.status, error: result.error };
}

function run(args: string[]): Run {
  return timed(process.execPath, [BIN, ...args]);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpuText = (cpu: number | null) => (cpu === null ? '' : `, ${cpu.toFixed(1)} s CPU`);

/**
 * LibreOffice headless opening the file (and writing its first sheet as CSV), in a profile of its own; null without
 * soffice or without Calc: with only Writer installed soffice exits 0 at once and writes nothing, which is no measure.
 */
function sofficeOpen(file: string, folder: string): Run | null {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) return null;
  const profile = `file://${path.join(folder, 'lo-profile')}`;
  const result = timed('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', folder, file]);
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
  return existsSync(path.join(folder, `${path.basename(file, '.xlsx')}.csv`)) ? result : null;
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
    console.log(`        wall time ${seconds(build.wallMs)} (process start included)${cpuText(build.cpuSeconds)}, file ${(statSync(output).size / 1024 / 1024).toFixed(1)} MB`);
    const summary = run(['summary', output, '--json', '--quiet']);
    if (summary.status !== 0) throw new Error(`summary failed (${summary.status}): ${summary.stderr}`);
    const data = JSON.parse(summary.stdout) as { objectives: unknown[]; counts: Record<string, number> };
    console.log(`summary ${data.objectives.length} objectives read back, counts ${JSON.stringify(data.counts)}`);
    console.log(`        wall time ${seconds(summary.wallMs)} (process start included)${cpuText(summary.cpuSeconds)}`);
    const opened = sofficeOpen(output, folder);
    if (opened === null) console.log('LibreOffice Calc not installed (soffice missing, or it converted nothing): no comparison with LibreOffice');
    else {
      // Two significant digits: the summary takes a few hundredths of soffice's time, which one decimal shows as 0.0x.
      const ratio = (ours: number, theirs: number) => `${(ours / theirs).toPrecision(2)}x (soffice ${(theirs / ours).toFixed(0)} times as long)`;
      const byCpu = summary.cpuSeconds !== null && opened.cpuSeconds ? `, ${ratio(summary.cpuSeconds, opened.cpuSeconds)} by CPU time` : '';
      console.log(`soffice --headless opening the same file (to CSV) ${seconds(opened.wallMs)} wall${cpuText(opened.cpuSeconds)}: summary / soffice ${ratio(summary.wallMs, opened.wallMs)} by wall time${byCpu}`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
