// Entry run by tsx from the TypeScript source (no build needed): the PERF metadata is generated from functions.ts.
import { loadFunctionsMetadata } from '../engine/functions-metadata-node';
import { processIO } from './io';
import { runCli } from './main';

void runCli(process.argv.slice(2), processIO(), { metadata: () => loadFunctionsMetadata() }).then((code) => {
  process.exitCode = code;
});
