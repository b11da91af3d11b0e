// The emulated workbook the commands run the add-in's src/excel code on, with the PERF.* functions.
import { createExcelEmulator, type ExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula, type FunctionsMetadata } from '../engine/hyperformula';

/** Where the PERF functions' metadata comes from: the built functions.json (bundle) or the source (tsx). */
export type MetadataSource = () => FunctionsMetadata;

/** Parses remembered while building a file: the few hundred formulas objective sheets share, not each Riepilogo link. */
const BUILD_PARSE_CACHE_ENTRIES = 20_000;

/** `building`: a workbook made from a report and then only read, so HyperFormula's parse cache is bounded. */
export function createCliEmulator(metadata: MetadataSource, options: { building?: boolean } = {}): ExcelEmulator {
  // No request-size limit: the command is not Excel on the web (src/excel still splits its writes at 4 MB).
  return createExcelEmulator({
    hyperformula: createPerfHyperFormula({ metadata: metadata() }),
    payloadLimitBytes: Infinity,
    ...(options.building ? { parseCacheEntries: BUILD_PARSE_CACHE_ENTRIES } : {}),
  });
}
