// Entry of the bundle built by `npm run build` (dist-cli/traguardo.js): the PERF metadata is the functions.json
// generated beside it by the same plugin as the add-in's, so no TypeScript compiler is loaded at run time.
import { readFileSync } from 'fs';
import path from 'path';
import type { FunctionsMetadata } from '../engine/functions-metadata';
import { processIO } from './io';
import { runCli } from './main';

function builtMetadata(): FunctionsMetadata {
  return JSON.parse(readFileSync(path.join(__dirname, 'functions.json'), 'utf8')) as FunctionsMetadata;
}

void runCli(process.argv.slice(2), processIO(), { metadata: builtMetadata }).then((code) => {
  process.exitCode = code;
});
