// The emulated workbook the commands run the add-in's src/excel code on, with the PERF.* functions.
import { createExcelEmulator, type ExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula, type FunctionsMetadata } from '../engine/hyperformula';

/** Where the PERF functions' metadata comes from: the built functions.json (bundle) or the source (tsx). */
export type MetadataSource = () => FunctionsMetadata;

export function createCliEmulator(metadata: MetadataSource): ExcelEmulator {
  // No request-size limit: the command is not Excel on the web (src/excel still splits its writes at 4 MB).
  return createExcelEmulator({ hyperformula: createPerfHyperFormula({ metadata: metadata() }), payloadLimitBytes: Infinity });
}
