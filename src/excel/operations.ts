// What the task pane and the CLI call: each operation is ONE Excel.run, with a fixed number of syncs.
// Each returns what it wrote; on failure it throws ExcelOperationError with the sheets already written.
import type { Objective, Report, Status } from '../core/model';
import type { SheetLayout } from '../workbook/layout';
import { objectiveCells } from '../workbook/objective-geometry';
import { objectiveSheetLayout } from '../workbook/objective-sheet';
import type { Problem } from '../workbook/problems';
import type { ObjectiveReading } from '../workbook/readers';
import { DEFAULT_SETTINGS, mergeSettings, readSettings, settingsSheetLayout, type WorkbookSettings } from '../workbook/settings-sheet';
import { summarySheetLayout, type ObjectiveSheetRef, type SummaryOptions } from '../workbook/summary-sheet';
import { readWorkbookSnapshot, type WorkbookReading } from '../workbook/workbook-reading';
import { applyLayouts, type ApplyReport, type ProgressListener, type SheetReport } from './apply';
import { ExcelOperationError, officeErrorText } from './errors';
import type { Inventory } from './inventory';
import { loadInventory, loadSnapshots } from './load';
import { planSheets } from './plan';
import { readWorkbook } from './read-workbook';
import { readSummaryFigures, type SummaryFigures } from './summary-figures';

export interface WriteOptions {
  onProgress?: ProgressListener;
  /** Request size limit for the writes (default 4 MB, under Excel on the web's 5 MB). */
  maxPayloadBytes?: number;
}

export interface BuildOptions extends WriteOptions {
  /** Settings to store in the workbook with the sheets (e.g. the report's cut-offs); absent = keep what is there. */
  settings?: Partial<WorkbookSettings>;
}

export interface BuildResult {
  /** One entry per objective, plus the settings sheet. */
  sheets: SheetReport[];
  /** Names of the sheets written (created, refreshed or replaced). */
  written: string[];
  report: ApplyReport;
}

export type SummaryRequest = WriteOptions & Partial<Pick<WorkbookSettings, 'cutoffs' | 'paymentThreshold' | 'fundTotal' | 'includeChart' | 'includeAnnex' | 'summaryTitle'>>;

export interface SummaryResult {
  /** The summary sheet's name. */
  sheet: string;
  /** True when a sheet named "Riepilogo" that is not ours forced another name. */
  renamed: boolean;
  figures: SummaryFigures;
  /** Problems the readers found in the objective sheets, reported with the summary. */
  problems: Problem[];
  written: string[];
  report: ApplyReport;
}

export interface ObjectiveListItem {
  number: number;
  title: string;
  sheet: string;
  /** "Non valutabile" also when the status cell shows an error: see `error`. */
  status: Status;
  /** The Excel error the sheet's status cell shows (e.g. "#VALUE!"), else null. */
  error: string | null;
  finalDegree: number | null;
  computedDegree: number | null;
  payable: number | null;
  problems: number;
}

/** Runs one batch, turning Office.js failures into ExcelOperationError (ours pass through). */
async function run<T>(what: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof ExcelOperationError) throw error;
    const code = (error as { code?: unknown })?.code === 'ItemNotFound' ? 'ItemNotFound' : 'ReadFailed';
    throw new ExcelOperationError(code, `${what}: ${officeErrorText(error)}`, [], error);
  }
}

function writtenSheets(report: ApplyReport): string[] {
  return report.sheets.filter((sheet) => sheet.action !== 'keep').map((sheet) => sheet.sheet);
}

function assertValidObjectives(objectives: ReadonlyArray<Objective>): void {
  const seen = new Set<number>();
  for (const objective of objectives) {
    if (!Number.isInteger(objective.number) || objective.number <= 0) {
      throw new ExcelOperationError('InvalidInput', `Numero di obiettivo non valido: ${String(objective.number)} (serve un intero positivo)`);
    }
    if (seen.has(objective.number)) throw new ExcelOperationError('InvalidInput', `L'obiettivo ${objective.number} compare due volte`);
    seen.add(objective.number);
  }
}

/** The settings now in the workbook (one sync when the settings sheet exists). */
async function currentSettings(context: Excel.RequestContext, inventory: Inventory): Promise<{ settings: WorkbookSettings; exists: boolean }> {
  const sheet = inventory.sheets.find((candidate) => candidate.tag?.kind === 'settings');
  if (!sheet) return { settings: DEFAULT_SETTINGS, exists: false };
  const [snapshot] = await loadSnapshots(context, [{ name: sheet.name, tag: sheet.tag }]);
  return { settings: readSettings(snapshot).settings, exists: true };
}

/** The settings sheet layout: rewritten when settings change, else only created when missing. */
async function settingsLayoutFor(context: Excel.RequestContext, inventory: Inventory, changes: Partial<WorkbookSettings> | undefined): Promise<{ layout: SheetLayout; settings: WorkbookSettings }> {
  if (changes === undefined) {
    // Existing settings stay as they are ('keep'); a missing sheet is created with the defaults.
    return { layout: settingsSheetLayout(DEFAULT_SETTINGS, 'keep'), settings: DEFAULT_SETTINGS };
  }
  const current = await currentSettings(context, inventory);
  const settings = mergeSettings(current.settings, changes);
  return { layout: settingsSheetLayout(settings, 'refresh'), settings };
}

/** Creates or refreshes one sheet per objective (and the hidden settings sheet when missing). */
export async function buildObjectives(objectives: ReadonlyArray<Objective>, options: BuildOptions = {}): Promise<BuildResult> {
  assertValidObjectives(objectives);
  return run('Creazione dei fogli obiettivo', async (context) => {
    const inventory = await loadInventory(context);
    const settings = await settingsLayoutFor(context, inventory, options.settings);
    const layouts = [settings.layout, ...objectives.map((objective) => objectiveSheetLayout(objective))];
    const report = await applyLayouts(context, layouts, { inventory, maxPayloadBytes: options.maxPayloadBytes, onProgress: options.onProgress });
    return { sheets: report.sheets, written: writtenSheets(report), report };
  });
}

function summaryOptions(settings: WorkbookSettings): SummaryOptions {
  return { includeChart: settings.includeChart, includeAnnex: settings.includeAnnex, cutoffs: settings.cutoffs, title: settings.summaryTitle ?? undefined };
}

function settingsChanges(request: SummaryRequest): Partial<WorkbookSettings> {
  const changes: Partial<WorkbookSettings> = {};
  if (request.cutoffs !== undefined) changes.cutoffs = request.cutoffs;
  if (request.paymentThreshold !== undefined) changes.paymentThreshold = request.paymentThreshold;
  if (request.fundTotal !== undefined) changes.fundTotal = request.fundTotal;
  if (request.includeChart !== undefined) changes.includeChart = request.includeChart;
  if (request.includeAnnex !== undefined) changes.includeAnnex = request.includeAnnex;
  if (request.summaryTitle !== undefined) changes.summaryTitle = request.summaryTitle;
  return changes;
}

/** The summary's links: the first sheet of each objective (duplicates are reported as problems). */
function refsFrom(readings: ReadonlyArray<ObjectiveReading>): ObjectiveSheetRef[] {
  const refs: ObjectiveSheetRef[] = [];
  for (const reading of readings) {
    if (refs.some((ref) => ref.number === reading.objective.number)) continue;
    refs.push({ number: reading.objective.number, sheetName: reading.sheetName, cells: reading.cells, indicatorCount: reading.indicatorCount });
  }
  return refs;
}

async function writeSummary(
  context: Excel.RequestContext,
  inventory: Inventory,
  layouts: SheetLayout[],
  refs: ObjectiveSheetRef[],
  settings: WorkbookSettings,
  request: WriteOptions,
): Promise<{ report: ApplyReport; sheet: string; renamed: boolean; figures: SummaryFigures }> {
  const summary = summarySheetLayout(refs, summaryOptions(settings));
  const report = await applyLayouts(context, [...layouts, summary], { inventory, maxPayloadBytes: request.maxPayloadBytes, onProgress: request.onProgress });
  const summaryReport = report.sheets[report.sheets.length - 1];
  const { figures, syncs } = await readSummaryFigures(context, summaryReport.sheet, refs.length);
  report.syncs += syncs;
  return { report, sheet: summaryReport.sheet, renamed: summaryReport.preferredNameTaken, figures };
}

/**
 * Generates (or replaces) the summary from the objective sheets as they are now. Only the tagged summary
 * is replaced: an analyst's own "Riepilogo" stays, and the summary takes "Riepilogo (2)".
 */
export async function generateSummary(request: SummaryRequest = {}): Promise<SummaryResult> {
  return run('Generazione del riepilogo', async (context) => {
    const snapshot = await readWorkbook(context);
    const reading = readWorkbookSnapshot(snapshot);
    const changes = settingsChanges(request);
    const settings = mergeSettings(reading.settings, changes);
    const settingsExists = snapshot.settingsSheet !== null;
    const layouts = [settingsSheetLayout(settings, Object.keys(changes).length > 0 || !settingsExists ? 'refresh' : 'keep')];
    const written = await writeSummary(context, snapshot.inventory, layouts, refsFrom(reading.objectives), settings, request);
    return { ...written, problems: reading.problems, written: writtenSheets(written.report) };
  });
}

export interface ReportBuildResult {
  objectives: BuildResult;
  summary: SummaryResult;
}

/** A whole report in one batch: settings from the report, one sheet per objective, and the summary. */
export async function buildReport(report: Report, request: SummaryRequest = {}): Promise<ReportBuildResult> {
  assertValidObjectives(report.objectives);
  return run('Creazione della relazione', async (context) => {
    const inventory = await loadInventory(context);
    const changes: Partial<WorkbookSettings> = { ...settingsChanges(request) };
    if (report.cutoffs && !changes.cutoffs) changes.cutoffs = report.cutoffs;
    if (report.fund?.threshold !== undefined && changes.paymentThreshold === undefined) changes.paymentThreshold = report.fund.threshold;
    if (report.fund?.total !== undefined && changes.fundTotal === undefined) changes.fundTotal = report.fund.total;
    if (changes.summaryTitle === undefined) changes.summaryTitle = `Riepilogo – Relazione sulla Performance ${report.year}`;
    const settings = await settingsLayoutFor(context, inventory, changes);
    const objectiveLayouts = report.objectives.map((objective) => objectiveSheetLayout(objective));
    // The same plan applyLayouts will make: the names the summary must link to.
    const plans = planSheets(objectiveLayouts, inventory);
    const refs = report.objectives.map((objective, index) => ({
      number: objective.number,
      sheetName: plans[index].sheetName,
      cells: objectiveCells(objective.indicators.length),
      indicatorCount: objective.indicators.length,
    }));
    const written = await writeSummary(context, inventory, [settings.layout, ...objectiveLayouts], refs, settings.settings, request);
    const objectiveSheets = written.report.sheets.slice(0, -1);
    const objectives: BuildResult = { sheets: objectiveSheets, written: writtenSheets({ ...written.report, sheets: objectiveSheets }), report: written.report };
    return {
      objectives,
      summary: { sheet: written.sheet, renamed: written.renamed, figures: written.figures, problems: [], written: writtenSheets(written.report), report: written.report },
    };
  });
}

/** Every tagged objective sheet read back into the model, with computed cells and problems. */
export async function readObjectives(): Promise<WorkbookReading> {
  return run('Lettura dei fogli obiettivo', async (context) => readWorkbookSnapshot(await readWorkbook(context)));
}

export async function listObjectives(): Promise<ObjectiveListItem[]> {
  const reading = await readObjectives();
  return reading.objectives.map((objective) => ({
    number: objective.objective.number,
    title: objective.objective.title,
    sheet: objective.sheetName,
    status: objective.computed.status ?? 'Non valutabile',
    error: objective.computed.statusError,
    finalDegree: objective.computed.finalDegree,
    computedDegree: objective.computed.score,
    payable: objective.computed.payable,
    problems: objective.problems.length,
  }));
}

export async function checkWorkbook(): Promise<Problem[]> {
  return (await readObjectives()).problems;
}

/** Activates a sheet and selects a cell (a problem's address). */
export async function selectCell(sheet: string, address: string): Promise<void> {
  return run(`Selezione di ${sheet}!${address}`, async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (worksheet.isNullObject) throw new ExcelOperationError('ItemNotFound', `Il foglio "${sheet}" non esiste (rinominato o eliminato?)`);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

export async function activateSheet(sheet: string): Promise<void> {
  return run(`Attivazione di ${sheet}`, async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (worksheet.isNullObject) throw new ExcelOperationError('ItemNotFound', `Il foglio "${sheet}" non esiste (rinominato o eliminato?)`);
    worksheet.activate();
    await context.sync();
  });
}

export async function readWorkbookSettings(): Promise<WorkbookSettings> {
  return run('Lettura delle impostazioni', async (context) => (await currentSettings(context, await loadInventory(context))).settings);
}

/** Stores settings in the workbook's hidden "Traguardo" sheet; returns them as stored. */
export async function writeWorkbookSettings(changes: Partial<WorkbookSettings>): Promise<WorkbookSettings> {
  return run('Salvataggio delle impostazioni', async (context) => {
    const inventory = await loadInventory(context);
    const { layout, settings } = await settingsLayoutFor(context, inventory, changes);
    await applyLayouts(context, [layout], { inventory });
    return settings;
  });
}
