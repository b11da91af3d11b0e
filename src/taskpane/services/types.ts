// What the task pane needs from the workbook, in the pane's own terms; excel-services.ts maps it onto src/excel.
// Shapes src/excel and src/workbook already define are picked from them (types only: no Office.js comes with them).
import type { Objective } from '../../core/model';
import type { ObjectiveListItem as ExcelObjectiveListItem, SummaryFigures as ExcelSummaryFigures, UnevaluatedPerf } from '../../excel';
import type { RelazioneSource } from '../../report-doc/source';
import type { Problem } from '../../workbook/problems';
import type { WorkbookSettings } from '../../workbook/settings';
import type { MonitoringCount } from '../../workbook/monitor-sheet';
import type { WorkbookReading } from '../../workbook/workbook-reading';

/** Reports progress as a fraction 0..1; null means "working, amount unknown". */
export type ProgressListener = (fraction: number | null) => void;

/** One objective sheet found in the workbook (by its tag, not its name). */
export type ObjectiveListItem = Pick<ExcelObjectiveListItem, 'number' | 'title' | 'sheet' | 'status' | 'finalDegree'>;

/** A problem the readers found, with the cell that holds it. */
export type WorkbookProblem = Pick<Problem, 'sheet' | 'address' | 'objective' | 'message'>;

export interface BuildOptions {
  onProgress?: ProgressListener;
  /** Settings to store with the sheets in the same operation (with an imported report's cut-offs and fund). */
  settings?: WorkbookSettings;
}

export interface BuildOutcome {
  /** Names of the objective sheets, in the order of the objectives given. */
  sheets: string[];
}

/** The headline figures the pane shows, and where the summary was written. */
export interface SummaryFigures
  extends Pick<ExcelSummaryFigures, 'counts' | 'overallDegree' | 'fundTotal' | 'allocated' | 'payable' | 'remainder' | 'errors'> {
  sheet: string;
  /** True when an analyst's untagged "Riepilogo" forced another name. */
  renamed: boolean;
  /** Objectives the totals count, against those the workbook records ("10 di 11"); recorded null: no record. */
  coverage: { counted: number; recorded: number | null };
}

/** Where the Monitoraggio was written and what its counts show. */
export interface MonitoringOutcome {
  sheet: string;
  renamed: boolean;
  counts: Record<MonitoringCount, number>;
}

export interface WorkbookServices {
  listObjectives(): Promise<ObjectiveListItem[]>;
  /** The objective as the workbook holds it now, to edit its header. */
  readObjective(number: number): Promise<Objective>;
  buildObjectives(objectives: Objective[], options?: BuildOptions): Promise<BuildOutcome>;
  checkWorkbook(): Promise<WorkbookProblem[]>;
  selectCell(sheet: string, address: string): Promise<void>;
  activateSheet(sheet: string): Promise<void>;
  /** Stores the settings in the workbook and generates (or replaces) the summary sheet, in one operation. */
  generateSummary(settings: WorkbookSettings, onProgress?: ProgressListener): Promise<SummaryFigures>;
  /** The objective sheets and the Riepilogo's figures, read as the summary reads them (the Riepilogo is regenerated): the Relazione's source. */
  readRelazione(onProgress?: ProgressListener): Promise<RelazioneSource>;
  /** The settings the workbook carries, so a colleague opening the file sees the same. */
  readSettings(): Promise<WorkbookSettings>;
  writeSettings(settings: WorkbookSettings): Promise<void>;
  /** Generates (or replaces) the Monitoraggio sheet from the objective sheets, in one operation. */
  generateMonitoring(onProgress?: ProgressListener): Promise<MonitoringOutcome>;
  /** The objective sheets and the settings as they are, only read (next year's report starts from them). */
  readWorkbook(): Promise<WorkbookReading>;
  /** PERF cells Excel has not evaluated (#NAME?): a workbook opened before the add-in loaded, or made outside Excel. */
  findUnevaluatedPerf(): Promise<UnevaluatedPerf>;
  /** "Ricalcola le formule PERF": enters the PERF formulas again in one operation; how many. */
  recalculatePerf(): Promise<{ reentered: number }>;
}
