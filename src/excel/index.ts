// src/excel: the Office.js edge. The only place (with src/engine) that knows a spreadsheet API.
export { applyLayouts, type ApplyOptions, type ApplyReport, type ProgressListener, type SheetReport } from './apply';
export { ExcelOperationError, type ExcelOperationErrorCode } from './errors';
export type { Inventory, InventoryName, InventorySheet } from './inventory';
export { planSheets, type SheetAction, type SheetPlan } from './plan';
export { readWorkbook, type WorkbookSnapshotRead } from './read-workbook';
export type { SummaryFigures } from './summary-figures';
export { DEFAULT_MAX_PAYLOAD_BYTES } from './write-ops';
export {
  activateSheet,
  buildObjectives,
  buildReport,
  checkWorkbook,
  generateSummary,
  listObjectives,
  readObjectives,
  readWorkbookSettings,
  selectCell,
  writeWorkbookSettings,
  type BuildOptions,
  type BuildResult,
  type ObjectiveListItem,
  type ReportBuildResult,
  type SummaryRequest,
  type SummaryResult,
  type WriteOptions,
} from './operations';
export { findUnevaluatedPerf, recalculatePerf, type PerfRecalcResult, type UnevaluatedPerf } from './perf-recalc';
export { batchRunner, type Batch, type BatchRunner, type ExcelObjectModel, type SetSupport } from './runner';
export { generateMonitoring, type MonitoringResult } from './monitoring';
