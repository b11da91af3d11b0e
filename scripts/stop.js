#!/usr/bin/env node
// `npm stop`: undo what `npm start` did (unload from Excel desktop, or stop the dev server it started).
'use strict';

const fs = require('fs');
const { devServerPidFile, platformHasExcelDesktop, run } = require('./platform');

if (platformHasExcelDesktop()) {
  run('npx', ['--yes', 'office-addin-debugging@7', 'stop', 'manifest.xml']);
} else {
  const pidFile = devServerPidFile();
  const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : NaN;
  if (!Number.isInteger(pid) || pid <= 0) {
    console.log('Nothing to stop: no dev server started by `npm start` is recorded (' + pidFile + ').');
  } else {
    try {
      process.kill(pid, 'SIGTERM');
      console.log(`Stopped the dev server started by \`npm start\` (process ${pid}).`);
    } catch (error) {
      console.log(`The dev server recorded in ${pidFile} (process ${pid}) is no longer running (${error.code}).`);
    }
    fs.rmSync(pidFile, { force: true });
  }
}
