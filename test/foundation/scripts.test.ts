// The project scripts as a developer or CI runs them: size budget check, test summary line, npm start off Excel.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', env, timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'traguardo-foundation-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('scripts/check-budget.js', () => {
  // A fake dist/ whose files compress badly (random bytes), so their gzipped size is known to within a few bytes.
  function fakeDist(sizes: { taskpane: number; functions: number; lazy: number }) {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'taskpane.js'), Buffer.from(Array.from({ length: sizes.taskpane }, () => Math.floor(Math.random() * 256))));
    fs.writeFileSync(path.join(dir, 'functions.js'), Buffer.from(Array.from({ length: sizes.functions }, () => Math.floor(Math.random() * 256))));
    fs.writeFileSync(path.join(dir, 'lazy.js'), Buffer.from(Array.from({ length: sizes.lazy }, () => Math.floor(Math.random() * 256))));
    const entrypoints = { taskpane: { initial: ['taskpane.js'], lazy: ['lazy.js'] }, functions: { initial: ['functions.js'], lazy: [] } };
    fs.writeFileSync(path.join(dir, 'entrypoints.json'), JSON.stringify(entrypoints));
    const budget = path.join(dir, 'budget.json');
    fs.writeFileSync(budget, JSON.stringify({ maxGzipKB: { functions: 4, taskpane: 8 } }));
    return { dir, budget };
  }

  test('passes within budget, printing each size, and ignores lazily loaded chunks', () => {
    const { dir, budget } = fakeDist({ taskpane: 6 * 1024, functions: 2 * 1024, lazy: 50 * 1024 });
    const result = runScript('check-budget.js', ['--dist', dir, '--budget', budget]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/functions: 2\.\d KB gzipped \(budget 4 KB\) ok/);
    expect(result.stdout).toMatch(/taskpane: 6\.\d KB gzipped \(budget 8 KB\) ok/);
  });

  test('fails the build when an entry is over budget, naming it', () => {
    const { dir, budget } = fakeDist({ taskpane: 9 * 1024, functions: 1024, lazy: 0 });
    const result = runScript('check-budget.js', ['--dist', dir, '--budget', budget]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/taskpane: 9\.\d KB gzipped \(budget 8 KB\) OVER BUDGET/);
    expect(result.stderr).toMatch(/Over budget/);
  });

  test('says to build first when there is no build', () => {
    const dir = tempDir();
    const result = runScript('check-budget.js', ['--dist', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/entrypoints\.json not found: run `npm run build` first/);
  });
});

describe('scripts/test-summary.js', () => {
  function results(json: unknown): string {
    const file = path.join(tempDir(), 'results.json');
    fs.writeFileSync(file, JSON.stringify(json));
    return file;
  }

  test('prints one line "N passed, M failed" summed over the result files', () => {
    const a = results({ numPassedTests: 19, numFailedTests: 0, testResults: [] });
    const b = results({ numPassedTests: 3, numFailedTests: 0, testResults: [] });
    const result = runScript('test-summary.js', [a, b]);
    expect(result.stdout.trim().split('\n').pop()).toBe('22 passed, 0 failed');
    expect(result.status).toBe(0);
  });

  test('exits non-zero when a test failed', () => {
    const result = runScript('test-summary.js', [results({ numPassedTests: 5, numFailedTests: 2, testResults: [] })]);
    expect(result.stdout.trim()).toBe('5 passed, 2 failed');
    expect(result.status).toBe(1);
  });

  test('a suite that could not run is reported and fails the run even with no failed test', () => {
    const json = {
      numPassedTests: 4,
      numFailedTests: 0,
      testResults: [{ name: '/x/test/broken.test.ts', status: 'failed', message: '\n  Cannot find module ../core/missing', assertionResults: [] }],
    };
    const result = runScript('test-summary.js', [results(json)]);
    expect(result.stdout).toMatch(/broken\.test\.ts could not run: Cannot find module/);
    expect(result.stdout.trim().split('\n').pop()).toBe('4 passed, 0 failed');
    expect(result.status).toBe(1);
  });

  test('a missing result file is reported, not counted as a pass', () => {
    const result = runScript('test-summary.js', [path.join(tempDir(), 'none.json')]);
    expect(result.stdout).toMatch(/none\.json was not written/);
    expect(result.status).toBe(1);
  });
});

describe('npm start / npm stop off Windows and macOS', () => {
  const offExcel = process.platform !== 'win32' && process.platform !== 'darwin';

  (offExcel ? test : test.skip)('npm stop says plainly when there is nothing to stop', () => {
    const pidFile = path.join(os.tmpdir(), `traguardo-dev-server-${path.basename(root)}.pid`);
    if (fs.existsSync(pidFile)) return; // a dev server started by `npm start` is running: leave it alone
    const result = runScript('stop.js', []);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Nothing to stop/);
  });
});
