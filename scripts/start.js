#!/usr/bin/env node
// `npm start`: sideload into Excel desktop where Excel exists (Windows, macOS); elsewhere say so and start the dev server.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const { devServerPidFile, platformHasExcelDesktop, run } = require('./platform');

if (platformHasExcelDesktop()) {
  // office-addin-debugging is fetched on demand: as a dependency it breaks `npm install` on Linux.
  run('npx', ['--yes', 'office-addin-debugging@7', 'start', 'manifest.xml']);
} else {
  console.log(
    [
      `Excel desktop does not exist on ${process.platform}, so Traguardo cannot be sideloaded into Excel here.`,
      'Instead, this starts the development server (the build is kept in memory and rebuilt on change).',
      'To try the add-in in Excel on the web, upload manifest.xml there (see README, "Excel on the web").',
      'Stop it with Ctrl-C or `npm stop`.',
      '',
    ].join('\n'),
  );
  const server = spawn('npm', ['run', 'dev-server'], { stdio: 'inherit' });
  // The pid file lives in the OS temp directory: a file in the project root would trigger rebuilds.
  fs.writeFileSync(devServerPidFile(), String(process.pid));
  const stopServer = () => server.kill('SIGTERM');
  process.on('SIGINT', stopServer);
  process.on('SIGTERM', stopServer);
  server.on('exit', (code, signal) => {
    fs.rmSync(devServerPidFile(), { force: true });
    process.exit(code ?? (signal ? 0 : 1));
  });
}
