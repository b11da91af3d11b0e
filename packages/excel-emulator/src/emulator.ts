// createExcelEmulator: an Excel JavaScript API (the subset src/excel/ uses) over HyperFormula, for Node and the browser.

import { HyperFormula } from 'hyperformula';
import { EXCEL_LIKE_CONFIG } from './excel-like-config';
import { parseLocalAddress } from './address';
import { createApplicationRoot, createWorkbookRoot } from './api/workbook';
import { ApiSets, type ApiSetOptions } from './api-sets';
import { ClientObject, guardUnemulated } from './client-object';
import { createExcelEnums, EXCEL_ERROR_CODES, ExcelEnums, OFFICE_EXTENSION_ERROR_CODES } from './enums';
import { EmulatorError, ErrorCode, invalidArgument, invalidOperation, notEmulated } from './errors';
import {
  CellContent,
  cellContents,
  CellSnapshot,
  cellSnapshots,
  ChartSpec,
  chartSpecs,
  ConditionalFormatSpec,
  conditionalFormatSpecs,
  customPropertyMap,
  NameSpec,
  nameSpecs,
  SheetInfo,
  sheetInfos,
  SelectionInfo,
  selectionInfo,
  SheetLayout,
  sheetLayout,
  sheetNamed,
  TableSpec,
  tableSpecs,
  UsedRangeInfo,
  usedRangeInfo,
} from './inspect';
import { DisplayLocale, EN_US, IT_IT } from './number-format';
import { boundParseCache, dropParseCache } from './parse-cache';
import { EmulatedRequestContext, EmulatorHost } from './request-context';
import { createStats, EmulatorStats, EXCEL_WEB_PAYLOAD_LIMIT_BYTES } from './stats';
import { WorkbookState } from './workbook-state';

export interface ExcelEmulatorOptions {
  /**
   * The calculation engine, or a factory of it. Pass `createPerfHyperFormula()` (src/engine/hyperformula.ts) to have
   * the PERF.* functions. Default: an empty HyperFormula with the same Excel-like settings (built-ins only, unless
   * the PERF plugin was registered globally before). Its formula syntax must be en-US, as Range.formulas is.
   */
  hyperformula?: HyperFormula | (() => HyperFormula);
  /** Sheets of the new workbook, in order; default ["Sheet1"] as a new Excel workbook. */
  sheets?: readonly string[];
  /** Largest request/response of one sync in bytes; default Excel on the web's 5 MB; Infinity disables the check. */
  payloadLimitBytes?: number;
  /**
   * At most this many remembered formula parses (HyperFormula keeps every distinct one: about 280 bytes each, 51 per
   * objective in a Riepilogo); all are forgotten when full. Default: unbounded. Paste and undo are not emulated; an
   * array formula moved by inserted rows needs its parse, so bound only workbooks built without array formulas.
   */
  parseCacheEntries?: number;
  /** Display language of Range.text and of the inspection's `text`: "en-US" (default) or "it-IT". */
  locale?: 'en-US' | 'it-IT' | DisplayLocale;
  /**
   * The highest version of each requirement set this Excel has, e.g. { ExcelApi: '1.7' } (Excel 2019); members above
   * it throw ApiNotFound as Office.js does. Default: every set current (Excel on the web).
   */
  apiSets?: ApiSetOptions;
}

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The object to use as the global `Excel`: run, RequestContext, ErrorCodes and the enum-like values. */
export type EmulatedExcel = ExcelEnums & {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  run<T>(context: Excel.RequestContext | OfficeExtension.ClientObject | OfficeExtension.ClientObject[], batch: ExcelBatch<T>): Promise<T>;
  readonly RequestContext: new () => Excel.RequestContext;
  readonly ErrorCodes: Readonly<Record<string, string>>;
};

/** The object to use as the global `OfficeExtension`: its Error class is the one the emulator throws. */
export interface EmulatedOfficeExtension {
  readonly Error: typeof EmulatorError;
  readonly ErrorCodes: Readonly<Record<string, string>>;
}

export interface ChangeEvent {
  /** "sync" after a context.sync() changed the workbook, "input" after setCellInput. */
  source: 'sync' | 'input';
  version: number;
}

export interface ExcelEmulator {
  readonly Excel: EmulatedExcel;
  readonly OfficeExtension: EmulatedOfficeExtension;
  readonly stats: EmulatorStats;
  readonly hyperformula: HyperFormula;
  /** What Office.context.requirements answers in this Excel (give it to a fake `Office` where code asks). */
  readonly requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
  /** Sets globalThis.Excel and globalThis.OfficeExtension (or on `target`); returns a function restoring them. */
  install(target?: Record<string, unknown>): () => void;

  // Inspection: what a test or the workbench reads. Not the Office API: no load, no sync, always current.
  sheetNames(): string[];
  sheets(): SheetInfo[];
  activeSheet(): string;
  /** What the user has selected: the active sheet's A1 after activate(), the range after select(). */
  selection(): SelectionInfo;
  cell(sheet: string, address: string): CellSnapshot;
  cells(sheet: string, address: string): CellSnapshot[][];
  /** The cells as a file holds them (value, formula, formats): cells() without display texts or conditional formats. */
  cellContents(sheet: string, address: string): CellContent[][];
  usedRange(sheet: string, valuesOnly?: boolean): UsedRangeInfo | null;
  tables(): TableSpec[];
  names(): NameSpec[];
  charts(sheet: string): ChartSpec[];
  conditionalFormats(sheet: string): ConditionalFormatSpec[];
  customProperties(sheet: string): Record<string, string>;
  settings(): Record<string, unknown>;
  layout(sheet: string): SheetLayout;
  /** Bumped by every change; the workbench can compare it instead of subscribing. */
  readonly version: number;
  /**
   * What a user typing `text` into a cell and pressing Enter does: "=A1+1" is a formula, "600" and "1,234.5" numbers,
   * "50%" 0.5, "TRUE" a boolean, "7/31/2022" a date, "" clears; anything else, "49,96" included, is text
   * (en-US reading, as Range.values; a cell formatted "@" keeps everything as text).
   */
  setCellInput(sheet: string, address: string, text: string): CellSnapshot;
  /**
   * What a user pasting a block of typed texts from `topLeft` does: each text read as setCellInput reads it, in one
   * write that recalculates the workbook once.
   */
  setCellInputs(sheet: string, topLeft: string, texts: readonly (readonly string[])[]): void;
  /**
   * Range.formulas and Range.numberFormat assignments made without a request, for loading a file: each block written
   * as Office.js writes it (formulas, then number formats), the workbook recalculated once when all are written.
   * Returns, per block, why it was refused (null: written).
   */
  writeBlocks(blocks: readonly CellBlock[]): (Error | null)[];
  /**
   * From now on the workbook is only read (inspection): what only later writes need is let go (HyperFormula's
   * remembered parses, about 14 KB per objective sheet of a built report), and Excel.run, setCellInput(s) and
   * writeBlocks throw InvalidOperation. For a workbook built to be written to a file.
   */
  sealForReading(): void;
  /** Called after every change (sync or input); returns the function that unsubscribes. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

/** 2-D Range.formulas and Range.numberFormat assignments to `address` (e.g. "A1:C4") of a sheet. */
export interface CellBlock {
  sheet: string;
  address: string;
  formulas?: readonly (readonly unknown[])[];
  numberFormat?: readonly (readonly unknown[])[];
}

/** The one place where the emulated context is handed out as Office.js's type (it implements the emulated subset). */
function asOfficeContext(context: EmulatedRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

function buildHyperFormula(option: ExcelEmulatorOptions['hyperformula']): HyperFormula {
  const hf = typeof option === 'function' ? option() : option ?? HyperFormula.buildEmpty(EXCEL_LIKE_CONFIG);
  const config = hf.getConfig();
  if (config.functionArgSeparator !== ',' || config.decimalSeparator !== '.') {
    throw new EmulatorError(
      ErrorCode.invalidArgument,
      `the emulator needs HyperFormula with en-US formula syntax (arguments separated by ",", decimal "."), as Range.formulas is; got "${config.functionArgSeparator}" and "${config.decimalSeparator}"`,
      'createExcelEmulator',
    );
  }
  return hf;
}

function localeOf(option: ExcelEmulatorOptions['locale']): DisplayLocale {
  if (option === undefined || option === 'en-US') return EN_US;
  if (option === 'it-IT') return IT_IT;
  return option;
}

export function createExcelEmulator(options: ExcelEmulatorOptions = {}): ExcelEmulator {
  const hyperformula = buildHyperFormula(options.hyperformula);
  const locale = localeOf(options.locale);
  const state = new WorkbookState({ hyperformula, initialSheets: options.sheets ?? ['Sheet1'], locale });
  if (options.parseCacheEntries !== undefined) boundParseCache(hyperformula, options.parseCacheEntries);
  const stats = createStats();
  const listeners = new Set<(event: ChangeEvent) => void>();
  const notify = (source: ChangeEvent['source']) => {
    for (const listener of [...listeners]) listener({ source, version: state.version });
  };
  const payloadLimitBytes = options.payloadLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT_BYTES;
  if (!(payloadLimitBytes > 0)) throw invalidArgument(`payloadLimitBytes ${payloadLimitBytes} must be > 0`, 'createExcelEmulator');

  const apiSets = new ApiSets(options.apiSets);
  const host: EmulatorHost = {
    state,
    stats,
    payloadLimitBytes,
    apiSets,
    createWorkbook: createWorkbookRoot,
    createApplication: createApplicationRoot,
    notifyChanged: () => notify('sync'),
  };

  class RequestContext extends EmulatedRequestContext {
    constructor() {
      super(host);
    }
  }
  const officeRequestContext = RequestContext as unknown as new () => Excel.RequestContext;

  let sealed = false;
  const unsealed = (location: string) => {
    if (sealed) throw invalidOperation('the workbook was sealed for reading (sealForReading)', location);
  };

  async function run<T>(first: unknown, second?: unknown): Promise<T> {
    unsealed('Excel.run');
    let batch: unknown = first;
    let context: EmulatedRequestContext | undefined;
    if (typeof first !== 'function') {
      batch = second;
      const anchor = Array.isArray(first) ? first[0] : first;
      if (anchor instanceof EmulatedRequestContext) context = anchor;
      else if (anchor instanceof ClientObject) context = anchor._context;
      else throw notEmulated('Excel.run(options, batch)');
    }
    if (typeof batch !== 'function') throw invalidArgument('Excel.run needs a batch function', 'Excel.run');
    const owned = context === undefined;
    const ctx = context ?? new RequestContext();
    try {
      const pending = (batch as (c: Excel.RequestContext) => unknown)(asOfficeContext(ctx));
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        throw new EmulatorError(ErrorCode.runMustReturnPromise, 'The batch function passed to Excel.run must return a promise.', 'Excel.run');
      }
      const result = await (pending as Promise<T>);
      await ctx.sync();
      return result;
    } finally {
      if (owned) ctx._closed = true;
    }
  }

  const excel = guardUnemulated(
    {
      ...createExcelEnums(),
      run,
      RequestContext: officeRequestContext,
      ErrorCodes: guardUnemulated(Object.freeze({ ...EXCEL_ERROR_CODES }), 'Excel.ErrorCodes'),
    },
    'Excel',
  ) as unknown as EmulatedExcel;

  const officeExtension: EmulatedOfficeExtension = Object.freeze({
    Error: EmulatorError,
    ErrorCodes: Object.freeze({ ...OFFICE_EXTENSION_ERROR_CODES }),
  });

  const emulator: ExcelEmulator = {
    Excel: excel,
    OfficeExtension: officeExtension,
    stats,
    hyperformula,
    requirements: { isSetSupported: (name: string, minVersion?: string | number) => apiSets.isSetSupported(name, minVersion === undefined ? undefined : String(minVersion)) },
    install(target = globalThis as unknown as Record<string, unknown>) {
      const previous = { Excel: target.Excel, OfficeExtension: target.OfficeExtension };
      target.Excel = excel;
      target.OfficeExtension = officeExtension;
      return () => {
        target.Excel = previous.Excel;
        target.OfficeExtension = previous.OfficeExtension;
      };
    },
    sheetNames: () => state.sheets.map((s) => s.name),
    sheets: () => sheetInfos(state),
    activeSheet: () => state.sheetById(state.activeSheetId)?.name ?? '',
    selection: () => selectionInfo(state),
    cell: (sheet, address) => {
      const rect = parseLocalAddress(address.replace(/^.*!/, ''));
      if (!rect || rect.rowCount !== 1 || rect.colCount !== 1) throw invalidArgument(`"${address}" is not a single cell`, 'inspect.cell');
      return cellSnapshots(state, sheet, address, locale)[0][0];
    },
    cells: (sheet, address) => cellSnapshots(state, sheet, address, locale),
    cellContents: (sheet, address) => cellContents(state, sheet, address),
    usedRange: (sheet, valuesOnly = false) => usedRangeInfo(state, sheet, valuesOnly),
    tables: () => tableSpecs(state),
    names: () => nameSpecs(state),
    charts: (sheet) => chartSpecs(state, sheet),
    conditionalFormats: (sheet) => conditionalFormatSpecs(state, sheet),
    customProperties: (sheet) => customPropertyMap(state, sheet),
    settings: () => Object.fromEntries([...state.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown])),
    layout: (sheet) => sheetLayout(state, sheet),
    get version() {
      return state.version;
    },
    setCellInput(sheet, address, text) {
      unsealed('setCellInput');
      if (typeof text !== 'string') throw invalidArgument('setCellInput takes the typed text', 'setCellInput');
      const record = sheetNamed(state, sheet);
      const rect = parseLocalAddress(address);
      if (!rect || rect.rowCount !== 1 || rect.colCount !== 1) throw invalidArgument(`"${address}" is not a single cell`, 'setCellInput');
      const binding = { sheetId: record.id, rect };
      if (text === '') state.clear(binding, 'Contents', 'setCellInput');
      else state.writeCells(binding, [[text]], 'input', 'setCellInput');
      notify('input');
      return cellSnapshots(state, sheet, address, locale)[0][0];
    },
    setCellInputs(sheet, topLeft, texts) {
      unsealed('setCellInputs');
      const record = sheetNamed(state, sheet);
      const origin = parseLocalAddress(topLeft);
      const colCount = texts[0]?.length ?? 0;
      if (!origin || origin.rowCount !== 1 || origin.colCount !== 1) throw invalidArgument(`"${topLeft}" is not a single cell`, 'setCellInputs');
      if (colCount === 0 || texts.some((row) => row.length !== colCount || row.some((text) => typeof text !== 'string'))) {
        throw invalidArgument('setCellInputs takes rows of typed texts, all of the same length', 'setCellInputs');
      }
      const rect = { row: origin.row, col: origin.col, rowCount: texts.length, colCount };
      state.writeCells({ sheetId: record.id, rect }, texts.map((row) => [...row]), 'input', 'setCellInputs');
      notify('input');
    },
    writeBlocks(blocks) {
      const location = 'writeBlocks';
      unsealed(location);
      state.cells.beginBatch(false);
      try {
        return blocks.map((block) => {
          try {
            const rect = parseLocalAddress(block.address);
            if (!rect) throw invalidArgument(`"${block.address}" is not an A1 address`, location);
            const binding = { sheetId: sheetNamed(state, block.sheet).id, rect };
            if (block.formulas !== undefined) state.writeCells(binding, block.formulas, 'formulas', location);
            if (block.numberFormat !== undefined) state.writeNumberFormats(binding, block.numberFormat, location);
            return null;
          } catch (error) {
            return error instanceof Error ? error : new Error(String(error));
          }
        });
      } finally {
        state.cells.endBatch();
        notify('sync');
      }
    },
    sealForReading() {
      sealed = true;
      dropParseCache(hyperformula);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return emulator;
}
