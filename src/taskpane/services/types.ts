// What the task pane needs from the workbook, in the pane's own terms; excel-services.ts maps it onto src/excel.
// Shapes src/excel and src/workbook already define are picked from them (types only: no Office.js comes with them).
import type { Objective, StatusCutoffs } from '../../core/model';
import type { ObjectiveListItem as ExcelObjectiveListItem, SummaryFigures as ExcelSummaryFigures } from '../../excel';
import type { Problem } from '../../workbook/problems';
import type { LanguageChoice } from '../i18n/dictionary';

/** Reports progress as a fraction 0..1; null means "working, amount unknown". */
export type ProgressListener = (fraction: number | null) => void;

/** One objective sheet found in the workbook (by its tag, not its name). */
export type ObjectiveListItem = Pick<ExcelObjectiveListItem, 'number' | 'title' | 'sheet' | 'status' | 'finalDegree'>;

/** A problem the readers found, with the cell that holds it. */
export type WorkbookProblem = Pick<Problem, 'sheet' | 'address' | 'objective' | 'message'>;

/** Settings carried by the workbook, so a colleague opening the file sees the same. */
export interface PaneSettings {
  cutoffs: StatusCutoffs;
  /** Final degree (0..1) under which nothing is paid. */
  threshold: number;
  /** Total of the fund in euro; null = sum of the allocated amounts. */
  fundTotal: number | null;
  includeChart: boolean;
  includeAnnex: boolean;
  language: LanguageChoice;
}

export interface BuildOptions {
  onProgress?: ProgressListener;
  /** Settings to store with the sheets in the same operation (an imported report's cut-offs and fund). */
  settings?: Partial<PaneSettings>;
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
  generateSummary(settings: PaneSettings, onProgress?: ProgressListener): Promise<SummaryFigures>;
  readSettings(): Promise<PaneSettings>;
  writeSettings(settings: PaneSettings): Promise<void>;
}
