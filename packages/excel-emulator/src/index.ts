// Public surface of the Excel emulator: the factory, its types, and the helpers the workbench reuses.

export { createExcelEmulator } from './emulator';
export { EXCEL_LIKE_CONFIG } from './excel-like-config';
export { compareVersions } from './api-version';
export { EXCEL_API_VERSIONS } from './api-set-table';
export type { ApiSetOptions } from './api-sets';
export type { ChangeEvent, EmulatedExcel, EmulatedOfficeExtension, ExcelBatch, ExcelEmulator, ExcelEmulatorOptions, CellBlock } from './emulator';
export type { CellContent, CellSnapshot, ChartSpec, ConditionalFormatSpec, NameSpec, SelectionInfo, SheetInfo, SheetLayout, TableSpec, UsedRangeInfo } from './inspect';
export type { ChartData, ChartSeriesData } from './charts';
export type { ConditionalFormatStyle, ConditionalRule } from './records';
export { DEFAULT_FORMAT } from './styles';
export type { CellFormat } from './styles';
export type { ExcelValue } from './cell-store';
export type { EmulatorStats, SyncRecord } from './stats';
export { utf8Length } from './utf8-length';
export { EXCEL_WEB_PAYLOAD_LIMIT_BYTES } from './stats';
export { EmulatorError, ErrorCode, isEmulatorError } from './errors';
export { EN_US, IT_IT, formatCellValue, formatGeneral } from './number-format';
export type { DisplayLocale } from './number-format';
export { parseTypedInput } from './typed-input';
export { usesStructuredReference } from './formula-text';
export type { TypedInput } from './typed-input';
export { sheetNameProblem, MAX_SHEET_NAME_LENGTH } from './sheet-name';
export {
  cellAddress,
  columnIndex,
  columnLetters,
  formatRect,
  formatRectR1C1,
  parseAddress,
  parseLocalAddress,
  parseRectR1C1,
  qualifiedAddress,
  quoteSheetName,
  MAX_COLUMNS,
  MAX_ROWS,
} from './address';
export type { CellRect } from './address';
