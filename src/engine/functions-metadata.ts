// The custom functions metadata (functions.json) as custom-functions-metadata generates it; browser-safe.

export interface FunctionParameterMetadata {
  name: string;
  description?: string;
  /** `any`, `number`, `string`, `boolean` (Excel converts the value to it before the call). */
  type: string;
  /** `scalar` (default) or `matrix` (a range, passed as rows of cells). */
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionResultMetadata {
  type?: string;
  dimensionality?: string;
}

export interface FunctionOptionsMetadata {
  volatile?: boolean;
  stream?: boolean;
  cancelable?: boolean;
  requiresAddress?: boolean;
  requiresParameterAddresses?: boolean;
  [option: string]: boolean | undefined;
}

export interface FunctionMetadataEntry {
  /** Id as Excel registers it under the namespace: `ACHIEVED` is called as `PERF.ACHIEVED`. */
  id: string;
  /** Display name (the id, or the Italian name in functions-it.json). */
  name: string;
  description?: string;
  parameters: FunctionParameterMetadata[];
  result?: FunctionResultMetadata;
  options?: FunctionOptionsMetadata;
}

export interface FunctionsMetadata {
  functions: FunctionMetadataEntry[];
  enums?: unknown[];
  allowCustomDataForDataTypeAny?: boolean;
}

/** Where createPerfHyperFormula gets the metadata when none is passed (set by the Node loader module). */
let defaultMetadataSource: (() => FunctionsMetadata) | null = null;

export function setDefaultFunctionsMetadataSource(source: (() => FunctionsMetadata) | null): void {
  defaultMetadataSource = source;
}

export function defaultFunctionsMetadata(): FunctionsMetadata {
  if (defaultMetadataSource === null) {
    throw new Error(
      'PERF functions metadata not available: pass options.metadata (the built dist/functions.json) ' +
        "or, in Node, import 'src/engine/functions-metadata-node' (loadFunctionsMetadata) first.",
    );
  }
  return defaultMetadataSource();
}
