// How much Traguardo accepts from a file, and Excel's own limits: memory and time grow with the work a file
// really holds, never with what it claims (a zip's declared sizes, a range over a whole sheet).

const MEGABYTE = 1024 * 1024;

/** Bounds on what any input may hold; measured so that a file at every bound stays under 1 GB and 60 s. */
export const INPUT_LIMITS = {
  /** Bytes of any file read (report, workbook, document), checked before reading it. */
  fileBytes: 64 * MEGABYTE,
  /** Entries of a zip package (.xlsx, .docx). */
  zipEntries: 10_000,
  /** Bytes a zip package inflates to, all entries together, counted while inflating. */
  zipInflatedBytes: 100 * MEGABYTE,
  /** Bytes of a document's XML parts (.docx), which mammoth turns into a tree of about 75 times their size. */
  documentXmlBytes: 8 * MEGABYTE,
  /** Elements of a document's XML parts: mammoth spends about 2 KB on each. */
  documentElements: 300_000,
  /** Indicators of one objective: its sheet is read back as one range, which Excel keeps under a million cells. */
  indicatorsPerObjective: 5_000,
  /** Cells of all the sheets of a workbook and rows: Traguardo's own 1,000-objective workbook has 242,000 and peaks at 0.8 GB. */
  workbookCells: 250_000,
  /** Cells that all the distinct ranges of a workbook's formulas, names, tables, merges and validations cover. */
  rangeCells: 500_000,
} as const;

/** Excel's specifications and limits (support.microsoft.com, "Excel specifications and limits"). */
export const EXCEL_LIMITS = {
  rows: 1_048_576,
  columns: 16_384,
  /** Characters a cell can hold. */
  cellCharacters: 32_767,
  /** Characters of a formula's text. */
  formulaCharacters: 8_192,
  /** Characters of a sheet name. */
  sheetNameCharacters: 31,
} as const;

/** Megabytes with one decimal, for messages. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MEGABYTE) * 10) / 10;
}
