#!/usr/bin/env node
// The `traguardo` command. Runs the bundle `npm run build` writes to dist-cli/ (fast start: no TypeScript compiler);
// when it has not been built yet, or src/ changed since, runs the TypeScript source through tsx instead, so
// `npx traguardo` works right after `npm install` and never runs stale code. TRAGUARDO_FROM_SOURCE=1 forces the source.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'dist-cli', 'traguardo.js');
const source = path.join(root, 'src', 'cli', 'source-entry.ts');

/** The newest modification time under a folder (a few hundred files: milliseconds). */
function newestChange(folder) {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function bundleIsCurrent() {
  if (process.env.TRAGUARDO_FROM_SOURCE === '1' || !fs.existsSync(bundle)) return false;
  try {
    return fs.statSync(bundle).mtimeMs >= newestChange(path.join(root, 'src'));
  } catch {
    return true; // no src/ (an installed copy): the bundle is all there is
  }
}

function run() {
  if (bundleIsCurrent()) {
    require(bundle);
    return;
  }
  let tsx;
  try {
    tsx = require('tsx/cjs/api');
  } catch (error) {
    process.stderr.write(
      `traguardo: ${bundle} manca o è più vecchio dei sorgenti, e tsx non è installato per eseguire il sorgente ` +
        `(${String(error && error.message).split('\n')[0]}): esegui \`npm install\` e poi \`npm run build:cli\`.\n`,
    );
    process.exit(2);
  }
  tsx.register();
  require(source);
}

// Required by a benchmark or a test, it only tells which code would run.
if (require.main === module) run();
module.exports = { bundleIsCurrent };
