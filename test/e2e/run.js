#!/usr/bin/env node
// `npm run test:e2e`: jest over test/e2e/*.e2e.ts, results in .e2e-results.json, then the line `N passed, M failed`.
// Extra arguments go to jest (e.g. `npm run test:e2e -- -t benchmark`).
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const RESULTS = path.join(ROOT, '.e2e-results.json');

fs.rmSync(RESULTS, { force: true });
const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--config', path.join(__dirname, 'jest.config.js'), '--runInBand', '--json', `--outputFile=${RESULTS}`, ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
const summary = spawnSync(process.execPath, [path.join(ROOT, 'scripts/test-summary.js'), RESULTS], { cwd: ROOT, stdio: 'inherit' });
process.exit(jest.status !== 0 ? jest.status || 1 : summary.status || 0);
