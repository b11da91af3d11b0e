// HyperFormula with the PERF.* custom functions registered from their functions.json metadata (tests, workbench, CLI).
// HyperFormula is GPL-3.0: only src/engine imports it, never the add-in bundle.
import { HyperFormula, type ConfigParams, type FunctionPluginDefinition } from 'hyperformula';
import itIT from 'hyperformula/i18n/languages/itIT';
import { EXCEL_LIKE_CONFIG } from '@traguardo/excel-emulator';
import * as perfFunctions from '../functions/functions';
import { italianFormulaNames } from './formula-language';
import { defaultFunctionsMetadata, type FunctionsMetadata } from './functions-metadata';
import { buildPerfFunctionPlugin, type CustomFunctionImplementations, type PerfFunctionPlugin } from './perf-plugin';

export type { FunctionsMetadata, FunctionMetadataEntry, FunctionParameterMetadata } from './functions-metadata';
export { setDefaultFunctionsMetadataSource } from './functions-metadata';
export { buildPerfFunctionPlugin, PERF_NAMESPACE } from './perf-plugin';
export type { CustomFunctionImplementation, CustomFunctionImplementations, PerfFunctionPlugin } from './perf-plugin';
export { InputCellError, toCellError } from './perf-values';

export type FormulaLanguage = 'en' | 'it';

export interface PerfHyperFormulaOptions {
  /** functions.json metadata; in Node defaults to loadFunctionsMetadata() once functions-metadata-node is imported. */
  metadata?: FunctionsMetadata;
  /** 'en' (default): =PERF.ACHIEVED(B2,"< 75 gg"); 'it': =PERF.RAGGIUNTO(B2;"< 75 gg") with Italian built-ins and 49,96. */
  language?: FormulaLanguage;
  /** Implementations called by id (default: the exports of src/functions/functions.ts). */
  implementations?: CustomFunctionImplementations;
  /** HyperFormula settings overriding the Excel-like defaults below. */
  config?: Partial<ConfigParams>;
}

const ITALIAN_CONFIG: Partial<ConfigParams> = {
  language: 'itIT',
  functionArgSeparator: ';',
  decimalSeparator: ',',
  thousandSeparator: '.',
};

const pluginCache = new WeakMap<FunctionsMetadata, WeakMap<object, PerfFunctionPlugin>>();

/**
 * Registers the functions of `metadata` in HyperFormula (a global registry: engines built afterwards see them),
 * with English and Italian formula names. Returns the plugin; repeated calls with the same objects reuse it.
 */
function registerPerfFunctions(
  metadata: FunctionsMetadata,
  implementations: CustomFunctionImplementations = perfFunctions,
): PerfFunctionPlugin {
  let byImplementations = pluginCache.get(metadata);
  if (!byImplementations) pluginCache.set(metadata, (byImplementations = new WeakMap()));
  let built = byImplementations.get(implementations);
  if (!built) byImplementations.set(implementations, (built = buildPerfFunctionPlugin(metadata, implementations)));
  ensureItalianLanguage();
  HyperFormula.registerFunctionPlugin(built.plugin, translationsFor(built.formulaIds));
  return built;
}

/** A HyperFormula engine, Excel-like, with the PERF.* functions of `options.metadata` callable in formulas. */
export function createPerfHyperFormula(options: PerfHyperFormulaOptions = {}): HyperFormula {
  const metadata = options.metadata ?? defaultFunctionsMetadata();
  registerPerfFunctions(metadata, options.implementations ?? perfFunctions);
  const languageConfig = options.language === 'it' ? ITALIAN_CONFIG : {};
  return HyperFormula.buildEmpty({ ...EXCEL_LIKE_CONFIG, ...languageConfig, ...options.config });
}

function ensureItalianLanguage(): void {
  if (!HyperFormula.getRegisteredLanguagesCodes().includes('itIT')) HyperFormula.registerLanguage('itIT', itIT);
}

// Every registered language needs a name for each id, or HyperFormula refuses to evaluate it.
function translationsFor(formulaIds: readonly string[]): Record<string, Record<string, string>> {
  const italian = italianFormulaNames();
  const translations: Record<string, Record<string, string>> = {};
  for (const code of HyperFormula.getRegisteredLanguagesCodes()) {
    translations[code] = Object.fromEntries(formulaIds.map((id) => [id, code === 'itIT' ? (italian[id] ?? id) : id]));
  }
  return translations;
}

export type { FunctionPluginDefinition };
