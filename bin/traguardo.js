#!/usr/bin/env node
// The `traguardo` command. Runs the bundle `npm run build` writes to dist-cli/ (fast start: no TypeScript compiler);
// on a clone where it has not been built yet, runs the TypeScript source through tsx instead, so `npx traguardo`
// works right after `npm install`. TRAGUARDO_FROM_SOURCE=1 forces the source (while editing src/).
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'dist-cli', 'traguardo.js');
const source = path.join(root, 'src', 'cli', 'source-entry.ts');

if (process.env.TRAGUARDO_FROM_SOURCE !== '1' && fs.existsSync(bundle)) {
  require(bundle);
} else {
  let tsx;
  try {
    tsx = require('tsx/cjs/api');
  } catch (error) {
    process.stderr.write(
      `traguardo: ${bundle} non esiste e tsx non è installato per eseguire il sorgente (${String(error && error.message).split('\n')[0]}).\n` +
        'traguardo: esegui `npm install` e poi `npm run build:cli`.\n',
    );
    process.exit(2);
  }
  tsx.register();
  require(source);
}
