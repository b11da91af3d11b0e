// The mapping between the emulated workbook and .xlsx files (ExcelJS), both ways, through a plain WorkbookImage.
export * from './image';
export { captureEmulator, captureNames, sheetCapturer, type CaptureNotice, type CaptureResult } from './from-emulator';
export { loadImageIntoEmulator, sheetLeftOut, type LoadNotice, type LoadOptions, type LoadResult } from './to-emulator';
export { type OmittedItem, type XlsxWriteOptions } from './write-exceljs';
export { writeXlsx, XlsxPackageWriter } from './xlsx-package';
export { readXlsx, XlsxReadError, type ReadNotice, type XlsxReadOptions, type XlsxReadResult } from './read-exceljs';
export { readCachedResults, formulaResultsOfSheetXml, type CachedResults } from './cached-results';
export { fromFileFormula, toFileFormula } from './file-formulas';
export { columnWidthToPoints, pointsToColumnWidth } from './units';
