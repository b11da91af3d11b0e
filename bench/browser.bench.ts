// Benchmark: the summary of 1,000 objectives in the browser against writing the same cells as plain values, so that
// `npm run bench` prints that row too. It runs the end-to-end benchmark (test/e2e/benchmark.e2e.ts: the workbench built
// for production, Debian's chromium) and passes on its [bench] lines; without chromium it says so and measures nothing.
// Run: npx tsx bench/browser.bench.ts
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromiumExecutable } from '../test/e2e/chromium';

const ROOT = path.resolve(__dirname, '..');

function main(): void {
  try {
    chromiumExecutable();
  } catch (error) {
    console.log(`browser: no figure, ${(error as Error).message}`);
    return;
  }
  const run = spawnSync(process.execPath, [path.join(ROOT, 'test/e2e/run.js'), 'test/e2e/benchmark.e2e.ts'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = `${run.stdout}\n${run.stderr}`.split('\n');
  const figures = lines.filter((line) => line.includes('[bench]')).map((line) => line.replace(/^.*\[bench\] /, ''));
  for (const line of figures) console.log(`browser: ${line}`);
  if (run.status !== 0 || figures.length === 0) {
    console.error(lines.filter((line) => line.trim() !== '').slice(-30).join('\n'));
    process.exitCode = run.status || 1;
  }
}

main();
