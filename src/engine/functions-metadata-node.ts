// Node only: generates the functions.json metadata from src/functions/functions.ts, as the build does, and caches it.
// Importing this module also makes it the default source of createPerfHyperFormula() (tests, CLI, benchmarks).
import { readFileSync } from 'fs';
import path from 'path';
import { parseTree } from 'custom-functions-metadata';
import { setDefaultFunctionsMetadataSource, type FunctionsMetadata } from './functions-metadata';

/** The source file the add-in build generates functions.json from. */
export const FUNCTIONS_SOURCE = path.resolve(__dirname, '../functions/functions.ts');

const cache = new Map<string, FunctionsMetadata>();

/**
 * The metadata of the custom functions in `sourceFile` (default src/functions/functions.ts), generated with the
 * custom-functions-metadata package (the one CustomFunctionsMetadataPlugin runs in `npm run build`); cached per file.
 * Throws an Error listing the JSDoc problems the generator reports.
 */
export function loadFunctionsMetadata(sourceFile: string = FUNCTIONS_SOURCE): FunctionsMetadata {
  const file = path.resolve(sourceFile);
  const cached = cache.get(file);
  if (cached) return cached;
  const result = parseTree(readFileSync(file, 'utf8'), file);
  const errors = result.extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(`Custom functions metadata of ${file}: ${errors.join('; ')}`);
  // Same shape as the generator's functions.json (JSON round trip drops undefined fields as the file does).
  const metadata = JSON.parse(JSON.stringify({ allowCustomDataForDataTypeAny: true, functions: result.functions })) as FunctionsMetadata;
  cache.set(file, metadata);
  return metadata;
}

setDefaultFunctionsMetadataSource(() => loadFunctionsMetadata());
