#!/usr/bin/env node
// `npm run start:workbench` (and `npm start` where Excel desktop does not exist): builds the workbench in memory, serves
// it on http://127.0.0.1:3000/workbench.html (WORKBENCH_PORT changes the port), rebuilds on change, until Ctrl-C.
'use strict';

const fs = require('fs');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const workbenchConfig = require('./webpack.config.js');
const { devServerPidFile } = require('../scripts/platform');

async function main() {
  const config = workbenchConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
  const { host, port } = config.devServer;
  const address = `http://${host}:${port}/workbench.html`;
  const compiler = webpack(config);
  let firstBuild = true;
  compiler.hooks.done.tap('TraguardoWorkbench', (stats) => {
    if (stats.hasErrors()) {
      console.log(`\n[workbench] The build has errors (above); fix them and it rebuilds by itself.`);
    } else if (firstBuild) {
      console.log(`\n[workbench] Ready: ${address}\n[workbench] Open it in a browser. Ctrl-C (or \`npm stop\`) stops the server.`);
    } else {
      console.log(`[workbench] Rebuilt; the page reloads by itself (${address}).`);
    }
    firstBuild = false;
  });

  const server = new WebpackDevServer({ ...config.devServer, devMiddleware: { stats: 'errors-warnings' } }, compiler);
  console.log(`[workbench] Building the workbench (the first build takes about half a minute), to be served on ${address}`);
  try {
    await server.start();
  } catch (error) {
    const inUse = error && error.code === 'EADDRINUSE';
    console.error(
      inUse
        ? `[workbench] Port ${port} on ${host} is already in use (another \`npm start\`?). Stop it, or choose a port: WORKBENCH_PORT=3001 npm run start:workbench`
        : `[workbench] The server could not start: ${error && error.message ? error.message : error}`,
    );
    process.exit(1);
  }
  // `npm stop` reads this file; it lives in the OS temp directory so that writing it triggers no rebuild.
  fs.writeFileSync(devServerPidFile(), String(process.pid));
  const stop = () => {
    fs.rmSync(devServerPidFile(), { force: true });
    server.stop().then(() => process.exit(0), () => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
