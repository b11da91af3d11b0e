// One generic adapter: every function in the custom functions metadata becomes a HyperFormula function calling
// the implementation exported under the same name (ACHIEVED -> achieved, OBJECTIVESCORE -> objectiveScore).
import {
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionArgument,
  type FunctionMetadata,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import type { FunctionMetadataEntry, FunctionParameterMetadata, FunctionsMetadata } from './functions-metadata';
import { toCellError, toCellValue, toFunctionMatrix, toFunctionValue } from './perf-values';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomFunctionImplementation = (...args: any[]) => unknown;

/** The module of implementations, e.g. `import * as perfFunctions from '../functions/functions'`. */
export type CustomFunctionImplementations = Readonly<Record<string, unknown>>;

/** The namespace Excel puts before every id (manifest `<Namespace>`). */
export const PERF_NAMESPACE = 'PERF';

// Options of the metadata the host cannot honour: refusing them beats computing something else than Excel.
const UNSUPPORTED_OPTIONS = ['stream', 'cancelable', 'requiresAddress', 'requiresParameterAddresses', 'requiresStreamAddress', 'capturesCallingObject', 'linkedEntityLoadService', 'action'];

/** How one function is called: formula id, implementation and argument conversion. */
interface AdaptedFunction {
  formulaId: string;
  implementation: CustomFunctionImplementation;
  parameters: FunctionParameterMetadata[];
  /** Index of the first repeating parameter, or -1. */
  firstRepeating: number;
}

export interface PerfFunctionPlugin {
  plugin: FunctionPluginDefinition;
  /** Formula ids, e.g. `PERF.ACHIEVED`, in metadata order. */
  formulaIds: string[];
  /** Formula id -> metadata entry. */
  entries: ReadonlyMap<string, FunctionMetadataEntry>;
}

/**
 * Builds a HyperFormula function plugin for every function of `metadata`, calling the implementation whose exported
 * name equals the id ignoring case (or the metadata `name`). Throws an Error naming the function when an implementation
 * is missing or the metadata asks for something the host cannot do (streaming, matrix results, addresses).
 */
export function buildPerfFunctionPlugin(
  metadata: FunctionsMetadata,
  implementations: CustomFunctionImplementations,
  namespace: string = PERF_NAMESPACE,
): PerfFunctionPlugin {
  const byLowerName = new Map<string, CustomFunctionImplementation>();
  for (const [name, value] of Object.entries(implementations)) {
    if (typeof value === 'function') byLowerName.set(name.toLowerCase(), value as CustomFunctionImplementation);
  }
  const adapted = new Map<string, AdaptedFunction>();
  const implemented: ImplementedFunctions = {};
  const entries = new Map<string, FunctionMetadataEntry>();

  metadata.functions.forEach((entry, index) => {
    checkSupported(entry);
    const implementation = byLowerName.get(entry.id.toLowerCase()) ?? byLowerName.get(entry.name.toLowerCase());
    if (!implementation) throw new Error(`Custom function ${entry.id}: no exported implementation named ${entry.id} ignoring case (e.g. ${entry.id.toLowerCase()})`);
    const formulaId = `${namespace}.${entry.id}`.toUpperCase();
    const firstRepeating = entry.parameters.findIndex((parameter) => parameter.repeating);
    const functionMetadata: FunctionMetadata = {
      method: `customFunction${index}`,
      parameters: entry.parameters.map(toArgumentMetadata),
    };
    if (firstRepeating >= 0) functionMetadata.repeatLastArgs = entry.parameters.length - firstRepeating;
    if (entry.options?.volatile) functionMetadata.isVolatile = true;
    implemented[formulaId] = functionMetadata;
    adapted.set(formulaId, { formulaId, implementation, parameters: entry.parameters, firstRepeating });
    entries.set(formulaId, entry);
  });

  class CustomFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = implemented;

    /** Evaluates one call: HyperFormula checks the argument count and types, then the adapter converts and calls. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    evaluateCustomFunction(formulaId: string, ast: { args: any[] }, state: any): unknown {
      const fn = adapted.get(formulaId)!;
      return this.runFunction(ast.args, state, this.metadata(formulaId), (...args: unknown[]) => callAdapted(fn, args));
    }
  }
  for (const [formulaId, functionMetadata] of Object.entries(implemented)) {
    Object.defineProperty(CustomFunctionsPlugin.prototype, functionMetadata.method, {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      value(this: CustomFunctionsPlugin, ast: { args: any[] }, state: any) {
        return this.evaluateCustomFunction(formulaId, ast, state);
      },
    });
  }
  return { plugin: CustomFunctionsPlugin as unknown as FunctionPluginDefinition, formulaIds: Object.keys(implemented), entries };
}

function toArgumentMetadata(parameter: FunctionParameterMetadata): FunctionArgument {
  const optional = Boolean(parameter.optional);
  if (parameter.dimensionality === 'matrix') return { argumentType: FunctionArgumentType.RANGE, optionalArg: optional };
  switch (parameter.type) {
    case 'number':
      return { argumentType: FunctionArgumentType.NUMBER, optionalArg: optional };
    case 'string':
      return { argumentType: FunctionArgumentType.STRING, optionalArg: optional };
    case 'boolean':
      return { argumentType: FunctionArgumentType.BOOLEAN, optionalArg: optional };
    default:
      // `any`: the value as the cell holds it, errors included (the function propagates them itself).
      return { argumentType: FunctionArgumentType.SCALAR, optionalArg: optional };
  }
}

/** Converts HyperFormula's arguments as Excel would pass them, calls the implementation, converts the result. */
function callAdapted(fn: AdaptedFunction, args: unknown[]): ReturnType<typeof toCellValue> {
  try {
    const converted = convertArguments(fn, args);
    return toCellValue(fn.implementation(...converted), fn.formulaId);
  } catch (error) {
    return toCellError(error, fn.formulaId);
  }
}

function convertArguments(fn: AdaptedFunction, args: unknown[]): unknown[] {
  const single = fn.parameters.map((parameter, i) => (fn.firstRepeating >= 0 && i >= fn.firstRepeating ? undefined : convertOne(parameter, args[i])));
  if (fn.firstRepeating < 0) return single;
  // Excel passes each repeating parameter as one array holding every repetition.
  const repeatingCount = fn.parameters.length - fn.firstRepeating;
  const groups: unknown[][] = Array.from({ length: repeatingCount }, () => []);
  for (let i = fn.firstRepeating; i < args.length; i++) {
    const slot = (i - fn.firstRepeating) % repeatingCount;
    if (args[i] !== undefined) groups[slot].push(convertOne(fn.parameters[fn.firstRepeating + slot], args[i]));
  }
  return [...single.slice(0, fn.firstRepeating), ...groups];
}

function convertOne(parameter: FunctionParameterMetadata, value: unknown): unknown {
  // An omitted optional argument reaches an Excel custom function as null.
  if (value === undefined) return null;
  return parameter.dimensionality === 'matrix' ? toFunctionMatrix(value) : toFunctionValue(value);
}

function checkSupported(entry: FunctionMetadataEntry): void {
  const options = entry.options ?? {};
  const unsupported = UNSUPPORTED_OPTIONS.filter((option) => options[option]);
  if (unsupported.length > 0) throw new Error(`Custom function ${entry.id}: option ${unsupported.join(', ')} is not supported by the HyperFormula host`);
  if (entry.result?.dimensionality === 'matrix') throw new Error(`Custom function ${entry.id}: matrix results are not supported by the HyperFormula host`);
  const firstRepeating = entry.parameters.findIndex((parameter) => parameter.repeating);
  if (firstRepeating >= 0 && entry.parameters.slice(firstRepeating).some((parameter) => !parameter.repeating)) {
    throw new Error(`Custom function ${entry.id}: only the last parameters can repeat`);
  }
}
