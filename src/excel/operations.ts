// What the task pane and the CLI call: each operation is ONE batch on the Excel given (its BatchRunner), with a fixed
// number of syncs.
// Each returns what it wrote; on failure it throws ExcelOperationError with the sheets already written.
import type { Objective, Report, Status } from '../core/model';
import type { SummaryRowCells, SummaryRules } from '../core/summary-totals';
import type { SheetLayout } from '../workbook/layout';
import { objectiveCells } from '../workbook/objective-geometry';
import { builtReadPlan } from '../workbook/objective-targets';
import { resultIsDate } from '../workbook/objective-schema';
import { objectiveSheetLayout } from '../workbook/objective-sheet';
import type { Problem } from '../workbook/problems';
import { readObjectiveSheet, type ObjectiveReading } from '../workbook/readers';
import { settingsWithReport } from '../workbook/report-settings';
import { DEFAULT_SETTINGS, fundLabel, SETTING_NAMES, type WorkbookSettings } from '../workbook/settings';
import { readSettings, settingsSheetLayout } from '../workbook/settings-sheet';
import { summarySheetLayout, type ObjectiveSheetRef, type SummaryOptions } from '../workbook/summary-sheet';
import { summaryRowCells } from '../workbook/summary-rows';
import type { SheetSnapshot } from '../workbook/snapshot';
import { tagKey } from '../workbook/tags';
import { readWorkbookSnapshot, type WorkbookReading } from '../workbook/workbook-reading';
import { applyLayouts, type ApplyOptions, type ApplyReport, type ProgressListener, type SheetReport } from './apply';
import { msg } from '../core/messages';
import { ExcelOperationError } from './errors';
import { sheetWithTagKey, type Inventory } from './inventory';
import { recordAfterWrite, withRecordOf } from './objective-record';
import { loadBuiltSnapshots, loadWorkbookSheets, sheetKey, type WorkbookSheetsRead } from './load';
import { planSheets } from './plan';
import { readWorkbook } from './read-workbook';
import { runOperation } from './run-operation';
import type { BatchRunner, SetSupport } from './runner';
import { restatedDegrees, summaryFigures, type SummaryFigures } from './summary-figures';

export interface WriteOptions {
  onProgress?: ProgressListener;
  /** Show the user the result when done, as Excel shows a sheet just made: the first new objective sheet, or the summary. */
  activate?: boolean;
  /** Request size limit for the writes (default 4 MB, under Excel on the web's 5 MB). */
  maxPayloadBytes?: number;
}

export interface BuildOptions extends WriteOptions {
  /** Settings to store in the workbook with the sheets (e.g. with the report's cut-offs); absent = keep what is there. */
  settings?: WorkbookSettings;
}

export interface BuildResult {
  /** One entry per objective, plus the settings sheet. */
  sheets: SheetReport[];
  /** Names of the sheets written (created, refreshed or replaced). */
  written: string[];
  report: ApplyReport;
}

export interface SummaryRequest extends WriteOptions {
  /** Settings to store and generate with; absent = the workbook's own (for buildReport: the workbook's with the report's). */
  settings?: WorkbookSettings;
  /** Read every objective sheet whole (titles and free text too) and return that reading: the command line lists it. */
  readWhole?: boolean;
  /** false: the figures only, no sheet written (the command line, which prints them and discards the workbook). */
  write?: boolean;
}

export interface SummaryResult {
  /** The summary sheet's name. */
  sheet: string;
  /** True when a sheet named "Riepilogo" that is not ours forced another name. */
  renamed: boolean;
  figures: SummaryFigures;
  /** Objectives the totals count, against those the settings sheet records (null: no record, an older workbook). */
  coverage: { counted: number; recorded: number | null };
  /** Problems the readers found in the objective sheets, reported with the summary. */
  problems: Problem[];
  written: string[];
  report: ApplyReport;
  /** With `readWhole`: what the objective sheets held before the summary was written. */
  reading?: WorkbookReading;
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

function writtenSheets(report: ApplyReport): string[] {
  return report.sheets.filter((sheet) => sheet.action !== 'keep').map((sheet) => sheet.sheet);
}

function assertValidObjectives(objectives: ReadonlyArray<Objective>): void {
  const seen = new Set<number>();
  for (const objective of objectives) {
    if (!Number.isSafeInteger(objective.number) || objective.number <= 0) {
      throw new ExcelOperationError('InvalidInput', msg('excel.invalidObjectiveNumber', { value: String(objective.number) }));
    }
    if (seen.has(objective.number)) throw new ExcelOperationError('InvalidInput', msg('excel.duplicateObjective', { number: objective.number }));
    seen.add(objective.number);
  }
}

/** Reads the inventory with the used ranges of the sheets the layouts would refresh (and the settings sheet when asked). */
async function loadForLayouts(
  context: Excel.RequestContext,
  apiSetSupported: SetSupport,
  layouts: ReadonlyArray<SheetLayout>,
  withSettings: boolean,
): Promise<WorkbookSheetsRead> {
  const refreshed = new Set(layouts.filter((layout) => layout.onExisting === 'refresh').map((layout) => layout.key));
  return loadWorkbookSheets(context, apiSetSupported, (tag) => refreshed.has(tagKey(tag)) || (withSettings && tag.kind === 'settings'));
}

/** The settings sheet's snapshot among those read, if the workbook has one. */
function settingsSnapshot(read: { inventory: Inventory; snapshots: ReadonlyMap<string, SheetSnapshot> }): SheetSnapshot | null {
  const sheet = sheetWithTagKey(read.inventory, 'settings', tagKey);
  return sheet ? (read.snapshots.get(sheetKey(sheet.name)) ?? null) : null;
}

/** The settings sheet layout: rewritten with the settings given, else only created (with the defaults) when missing. */
function settingsLayoutFor(settings: WorkbookSettings | undefined): SheetLayout {
  return settings === undefined ? settingsSheetLayout(DEFAULT_SETTINGS, 'keep') : settingsSheetLayout(settings, 'refresh');
}

/** The settings sheet kept as it is, or rewritten with its own values when an older version's sheet lacks a named item the formulas read. */
function keptSettingsLayout(read: WorkbookSheetsRead): SheetLayout {
  const snapshot = settingsSnapshot(read);
  const names = new Set(read.inventory.names.map((item) => item.name.toUpperCase()));
  const outdated = snapshot !== null && Object.values(SETTING_NAMES).some((name) => !names.has(name));
  return settingsLayoutFor(outdated ? readSettings(snapshot).settings : undefined);
}

/** The objective sheet to show after a build: the first one created, else the first one refreshed. */
function firstNewSheetKey(layouts: ReadonlyArray<SheetLayout>, inventory: Inventory): string | undefined {
  const plans = planSheets(layouts, inventory);
  return (plans.find((plan) => plan.action === 'create') ?? plans[0])?.layout.key;
}

/** Creates or refreshes one sheet per objective (and the hidden settings sheet when missing): two reads, one write (one more per 4.5 MB). */
export async function buildObjectives(excel: BatchRunner, objectives: ReadonlyArray<Objective>, options: BuildOptions = {}): Promise<BuildResult> {
  assertValidObjectives(objectives);
  return runOperation(excel, 'build', async (context) => {
    const objectiveLayouts = objectives.map((objective) => objectiveSheetLayout(objective));
    const read = await loadForLayouts(context, excel.isSetSupported, objectiveLayouts, true);
    const kept = options.settings === undefined ? keptSettingsLayout(read) : settingsLayoutFor(options.settings);
    const settings = withRecordOf(kept, read, settingsSnapshot(read), objectives.map((objective) => objective.number));
    const report = await applyLayouts(context, excel.isSetSupported, [settings, ...objectiveLayouts], {
      inventory: read.inventory,
      previous: read.snapshots,
      maxPayloadBytes: options.maxPayloadBytes,
      onProgress: options.onProgress,
      activate: options.activate ? firstNewSheetKey(objectiveLayouts, read.inventory) : undefined,
    });
    report.syncs += read.syncs;
    return { sheets: report.sheets, written: writtenSheets(report), report };
  });
}

function summaryOptions(settings: WorkbookSettings): SummaryOptions {
  return {
    includeChart: settings.includeChart,
    includeAnnex: settings.includeAnnex,
    cutoffs: settings.cutoffs,
    title: settings.summaryTitle ?? undefined,
    fundLabel: fundLabel(settings),
  };
}

/** The summary links to the first sheet of each objective (duplicates are reported as problems). */
function firstReadingPerObjective(readings: ReadonlyArray<ObjectiveReading>): ObjectiveReading[] {
  const seen = new Set<number>();
  return readings.filter((reading) => {
    if (seen.has(reading.objective.number)) return false;
    seen.add(reading.objective.number);
    return true;
  });
}

function refOf(reading: ObjectiveReading): ObjectiveSheetRef {
  const { objective } = reading;
  return { number: objective.number, sheetName: reading.sheetName, cells: reading.cells, indicatorCount: reading.indicatorCount, dateResults: objective.indicators.map(resultIsDate), absentColumns: reading.absentColumns };
}

/** The cells each summary row links to, from the snapshots the readings were made from. */
function rowsOf(readings: ReadonlyArray<ObjectiveReading>, snapshots: ReadonlyMap<string, SheetSnapshot>): SummaryRowCells[] {
  return readings.map((reading) => {
    const snapshot = snapshots.get(sheetKey(reading.sheetName));
    if (!snapshot) throw new ExcelOperationError('ReadFailed', msg('excel.sheetNotRead', { sheet: reading.sheetName }));
    // A sheet without the stated-verdict row (built before it existed) has no formula that could take one.
    const stated = reading.absentHeader.has('statedVerdict') || reading.objective.neutralisation ? null : (reading.objective.statedVerdict?.status ?? null);
    return summaryRowCells(snapshot, reading.cells, stated);
  });
}

function rulesOf(settings: WorkbookSettings): SummaryRules {
  return { cutoffs: settings.cutoffs, payout: settings.payout, fundTotal: settings.fundTotal };
}

/** Cut-offs and payout: what the objective sheets' status and payable follow. */
function sameRules(a: WorkbookSettings, b: WorkbookSettings): boolean {
  return JSON.stringify([a.cutoffs, a.payout]) === JSON.stringify([b.cutoffs, b.payout]);
}

/** Deadline tolerance and the final degree's source: what the objective sheets' degrees follow. */
function sameDegreeRules(a: WorkbookSettings, b: WorkbookSettings): boolean {
  return a.deadlineToleranceDays === b.deadlineToleranceDays && a.finalDegree === b.finalDegree;
}

async function writeSummary(
  context: Excel.RequestContext,
  apiSetSupported: SetSupport,
  layouts: SheetLayout[],
  refs: ObjectiveSheetRef[],
  settings: WorkbookSettings,
  apply: ApplyOptions,
  show: boolean,
): Promise<{ report: ApplyReport; sheet: string; renamed: boolean }> {
  const summary = summarySheetLayout(refs, summaryOptions(settings));
  const report = await applyLayouts(context, apiSetSupported, [...layouts, summary], { ...apply, activate: show ? summary.key : undefined });
  const summaryReport = report.sheets[report.sheets.length - 1];
  return { report, sheet: summaryReport.sheet, renamed: summaryReport.preferredNameTaken };
}

/** Where the summary would be written, and nothing written: its sheet's name and key do not depend on its rows. */
function summaryNotWritten(inventory: Inventory, layouts: SheetLayout[], settings: WorkbookSettings): { report: ApplyReport; sheet: string; renamed: boolean } {
  const plans = planSheets([...layouts, summarySheetLayout([], summaryOptions(settings))], inventory);
  const summary = plans[plans.length - 1];
  const report: ApplyReport = { sheets: [], syncs: 0, writeRequests: 0, estimatedBytes: 0, largestRequestBytes: 0 };
  return { report, sheet: summary.sheetName, renamed: summary.preferredNameTaken };
}

/**
 * Generates (or replaces) the summary from the objective sheets as they are now, in three syncs: the workbook's
 * sheets and tags, the objective and settings sheets' cells, the write. The headline figures are worked out from
 * those cells by the summary's own rules. Only the tagged summary is replaced: an analyst's own "Riepilogo"
 * stays, and the summary takes "Riepilogo (2)".
 */
export async function generateSummary(excel: BatchRunner, request: SummaryRequest = {}): Promise<SummaryResult> {
  return runOperation(excel, 'summary', async (context) => {
    const snapshot = await readWorkbook(context, excel.isSetSupported, request.readWhole === true ? 'whole' : 'summary');
    const reading = readWorkbookSnapshot(snapshot);
    const settings = request.settings ?? reading.settings;
    const settingsExists = snapshot.settingsSheet !== null;
    const settingsLayout = settingsSheetLayout(settings, request.settings !== undefined || !settingsExists ? 'refresh' : 'keep');
    const layouts = [withRecordOf(settingsLayout, snapshot, snapshot.settingsSheet)];
    const linked = firstReadingPerObjective(reading.objectives);
    const written = request.write === false
      ? summaryNotWritten(snapshot.inventory, layouts, settings)
      : await writeSummary(context, excel.isSetSupported, layouts, linked.map(refOf), settings, {
        inventory: snapshot.inventory,
        previous: snapshot.snapshots,
        maxPayloadBytes: request.maxPayloadBytes,
        onProgress: request.onProgress,
      }, request.activate === true);
    written.report.syncs += snapshot.syncs;
    // The objective sheets recompute their status and payable when the rules they read change with this write.
    const settingsUnreadable = reading.problems.some((problem) => problem.code === 'setting-invalid');
    const stale = !settingsExists || settingsUnreadable;
    const degreesChanged = stale || !sameDegreeRules(reading.settings, settings);
    const rows = rowsOf(linked, snapshot.snapshots);
    const figures = summaryFigures({
      rows: degreesChanged ? restatedDegrees(linked, rows, settings) : rows,
      rules: rulesOf(settings),
      rulesChanged: degreesChanged || !sameRules(reading.settings, settings),
    });
    const coverage = { counted: linked.length, recorded: reading.recorded?.length ?? null };
    return { ...written, figures, coverage, problems: reading.problems, written: writtenSheets(written.report), ...(request.readWhole === true ? { reading } : {}) };
  });
}

export interface ReportBuildResult {
  objectives: BuildResult;
  summary: SummaryResult;
}

/**
 * A whole report in one batch: settings from the report, one sheet per objective, and the summary; then the
 * objective sheets are read back once for the headline figures, at the cells the summary reads (four syncs; a
 * sheet not as written, kept from before, is read whole in a fifth).
 */
export async function buildReport(excel: BatchRunner, report: Report, request: SummaryRequest = {}): Promise<ReportBuildResult> {
  assertValidObjectives(report.objectives);
  return runOperation(excel, 'report', async (context) => {
    const objectiveLayouts = report.objectives.map((objective) => objectiveSheetLayout(objective));
    const read = await loadForLayouts(context, excel.isSetSupported, objectiveLayouts, true);
    const settings = request.settings ?? settingsWithReport(readSettings(settingsSnapshot(read)).settings, report);
    // The same plan applyLayouts will make: the names the summary must link to.
    const plans = planSheets(objectiveLayouts, read.inventory);
    const refs = report.objectives.map((objective, index) => ({
      number: objective.number,
      sheetName: plans[index].sheetName,
      cells: objectiveCells(objective.indicators.length),
      indicatorCount: objective.indicators.length,
      dateResults: objective.indicators.map(resultIsDate),
    }));
    const built = report.objectives.map((objective) => objective.number);
    const recorded = withRecordOf(settingsSheetLayout(settings, 'refresh'), read, settingsSnapshot(read), built);
    const coverage = { counted: refs.length, recorded: recordAfterWrite(read, settingsSnapshot(read), built).length };
    const written = await writeSummary(context, excel.isSetSupported, [recorded, ...objectiveLayouts], refs, settings, {
      inventory: read.inventory,
      previous: read.snapshots,
      maxPayloadBytes: request.maxPayloadBytes,
      onProgress: request.onProgress,
    }, request.activate === true);
    // Read back as the summary links them: the sheets now hold the analyst's kept inputs and the new settings.
    const readBack = await loadBuiltSnapshots(
      context,
      excel.isSetSupported,
      refs.map((ref, index) => ({ name: ref.sheetName, tag: objectiveLayouts[index].tag, plan: builtReadPlan(objectiveLayouts[index], ref.sheetName) })),
    );
    const sheets = readBack.snapshots;
    written.report.syncs += read.syncs + readBack.syncs;
    const readings = sheets.map((sheet) => readObjectiveSheet(sheet));
    const snapshots = new Map(sheets.map((sheet) => [sheetKey(sheet.name), sheet]));
    const figures = summaryFigures({ rows: rowsOf(readings, snapshots), rules: rulesOf(settings), rulesChanged: false });
    const objectiveSheets = written.report.sheets.slice(0, -1);
    const objectives: BuildResult = { sheets: objectiveSheets, written: writtenSheets({ ...written.report, sheets: objectiveSheets }), report: written.report };
    return {
      objectives,
      summary: { sheet: written.sheet, renamed: written.renamed, figures, coverage, problems: [], written: writtenSheets(written.report), report: written.report },
    };
  });
}

/** Every tagged objective sheet read back into the model, with computed cells and problems. */
export async function readObjectives(excel: BatchRunner): Promise<WorkbookReading> {
  return runOperation(excel, 'read', async (context) => readWorkbookSnapshot(await readWorkbook(context, excel.isSetSupported)));
}

export async function listObjectives(excel: BatchRunner): Promise<ObjectiveListItem[]> {
  const reading = await readObjectives(excel);
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

export async function checkWorkbook(excel: BatchRunner): Promise<Problem[]> {
  return (await readObjectives(excel)).problems;
}

/** Activates a sheet and selects a cell (a problem's address). */
export async function selectCell(excel: BatchRunner, sheet: string, address: string): Promise<void> {
  return runOperation(excel, msg('excel.selecting', { sheet, address }), async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (worksheet.isNullObject) throw new ExcelOperationError('ItemNotFound', msg('excel.sheetMissing', { sheet }));
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

export async function activateSheet(excel: BatchRunner, sheet: string): Promise<void> {
  return runOperation(excel, msg('excel.activating', { sheet }), async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (worksheet.isNullObject) throw new ExcelOperationError('ItemNotFound', msg('excel.sheetMissing', { sheet }));
    worksheet.activate();
    await context.sync();
  });
}

export async function readWorkbookSettings(excel: BatchRunner): Promise<WorkbookSettings> {
  return runOperation(excel, 'readSettings', async (context) => {
    const read = await loadWorkbookSheets(context, excel.isSetSupported, (tag) => tag.kind === 'settings');
    return readSettings(settingsSnapshot(read)).settings;
  });
}

/** Stores the settings in the workbook's hidden "Traguardo" sheet. */
export async function writeWorkbookSettings(excel: BatchRunner, settings: WorkbookSettings): Promise<void> {
  return runOperation(excel, 'saveSettings', async (context) => {
    const read = await loadWorkbookSheets(context, excel.isSetSupported, (tag) => tag.kind === 'settings');
    await applyLayouts(context, excel.isSetSupported, [withRecordOf(settingsLayoutFor(settings), read, settingsSnapshot(read))], { inventory: read.inventory, previous: read.snapshots });
  });
}
