// What scripts/start.js and scripts/stop.js need to know about the machine they run on.
'use strict';

const { spawn } = require('child_process');
const os = require('os');
const path = require('path');

// Excel desktop (and so sideloading with office-addin-debugging) exists only on Windows and macOS.
function platformHasExcelDesktop(platform = process.platform) {
  return platform === 'win32' || platform === 'darwin';
}

function devServerPidFile() {
  return path.join(os.tmpdir(), `traguardo-dev-server-${path.basename(path.resolve(__dirname, '..'))}.pid`);
}

// Runs a command in the project root with the terminal attached, and exits with its exit code.
function run(command, args) {
  const child = spawn(command, args, {
    cwd: path.resolve(__dirname, '..'),
    stdio: 'inherit',
    shell: process.platform === 'win32', // npx is npx.cmd on Windows
  });
  child.on('error', (error) => {
    console.error(`Could not run ${command} ${args.join(' ')}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code) => process.exit(code ?? 1));
}

module.exports = { devServerPidFile, platformHasExcelDesktop, run };
