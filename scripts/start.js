#!/usr/bin/env node
// `npm start`: sideload into Excel desktop where Excel exists (Windows, macOS); elsewhere serve the workbench, where
// the real task pane runs beside an emulated workbook on http://127.0.0.1:3000/workbench.html.
'use strict';

const { platformHasExcelDesktop, run } = require('./platform');

if (platformHasExcelDesktop()) {
  // office-addin-debugging is fetched on demand: as a dependency it breaks `npm install` on Linux.
  run('npx', ['--yes', 'office-addin-debugging@7', 'start', 'manifest.xml']);
} else {
  console.log(
    [
      `Excel desktop does not exist on ${process.platform}, so Traguardo cannot be sideloaded into Excel here.`,
      'Instead, this serves the workbench: the real task pane beside a workbook emulated in the browser.',
      'To try the add-in in Excel on the web, run `npm run dev-server` and upload manifest.xml there (see README).',
      '',
    ].join('\n'),
  );
  // In this process, so that `npm stop` (which signals the recorded pid) stops the server directly.
  require('../workbench/start.js');
}
