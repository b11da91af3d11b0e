// Benchmark: `traguardo build` of N generated objectives (5 indicators each) into .xlsx, then `traguardo summary`
// of that file; prints each command's own line (with its time) and the wall time measured around it.
// When LibreOffice is installed, also the time `soffice --headless` takes to open the same file (converted to CSV),
// and the summary's ratio to it.
// Run: npx tsx bench/cli.bench.ts [N=1000]   (runs bin/traguardo.js: the bundle when built, else the source via tsx)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatedReport } from './generated-report';

const COUNT = Number(process.argv[2] ?? 1000);
const BIN = path.resolve(__dirname, '../bin/traguardo.js');

function run(args: string[]): { wallMs: number; stdout: string; stderr: string; status: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { wallMs: performance.now() - start, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** LibreOffice headless opening the file (and writing its first sheet as CSV), in a profile of its own; null without soffice. */
function sofficeOpen(file: string, folder: string): number | null {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) return null;
  const profile = `file://${path.join(folder, 'lo-profile')}`;
  const start = performance.now();
  const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', folder, file], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
  return wallMs;
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
    const opened = sofficeOpen(output, folder);
    if (opened === null) console.log('soffice not installed: no comparison with LibreOffice');
    else console.log(`soffice --headless opening the same file (to CSV) ${(opened / 1000).toFixed(1)} s wall: summary / soffice ${(summary.wallMs / opened).toFixed(1)}x`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
