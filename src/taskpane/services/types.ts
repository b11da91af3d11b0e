// What the task pane needs from the workbook, in the pane's own terms; excel-services.ts maps it onto src/excel.
import type { Objective, Status, StatusCutoffs } from '../../core/model';
import type { LanguageChoice } from '../i18n/dictionary';

/** Reports progress as a fraction 0..1; null means "working, amount unknown". */
export type ProgressListener = (fraction: number | null) => void;

/** One objective sheet found in the workbook (by its tag, not its name). */
export interface ObjectiveListItem {
  number: number;
  title: string;
  sheet: string;
  status: Status;
  finalDegree: number | null;
}

/** A problem the readers found, with the cell that holds it. */
export interface WorkbookProblem {
  sheet: string;
  address: string;
  objective: number | null;
  message: string;
}

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

export interface SummaryFigures {
  sheet: string;
  /** True when an analyst's untagged "Riepilogo" forced another name. */
  renamed: boolean;
  counts: Record<Status, number>;
  overallDegree: number | null;
  fundTotal: number;
  allocated: number;
  payable: number;
  remainder: number;
  /** Figures Excel computed as errors ("#VALUE!"...), so none is shown as a 0. */
  errors: { figure: string; value: string }[];
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
