// A workbook file (.xlsx) loaded into the emulated workbook, recalculated by the engine and read by the same src/excel
// code as the task pane: the objective sheets, and the Riepilogo's figures (the file is not changed).
import path from 'path';
import { msg, type Message } from '../core/messages';
import { loadImageIntoEmulator, readXlsx, sheetLeftOut, XlsxReadError, type WorkbookImage } from '../engine/xlsx/index';
import { batchRunner, ExcelOperationError, generateSummary, type SummaryResult } from '../excel/index';
import { resolveTags, sheetWithTagKey } from '../excel/inventory';
import { splitSheetAddress } from '../workbook/address';
import { decodeTag, TAG_PROPERTY, tagFromName, tagKey } from '../workbook/tags';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import type { WorkbookReading } from '../workbook/workbook-reading';
import { createCliEmulator, type MetadataSource } from './engine';
import { fileError, reasonOfError } from './errors';
import { boundHeapGrowth } from './heap-growth';
import { readInputFile } from './input-file';
import type { Progress } from './progress';

export interface WorkbookRead {
  reading: WorkbookReading;
  summary: SummaryResult;
  /** What the file held that the engine could not use as it is. */
  notices: Message[];
}

/** The file's bytes, refused with one line when it is not an .xlsx. */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  if (!/\.xlsx$/i.test(file)) {
    throw fileError(file, msg('cli.notXlsx', { extension: path.extname(file) || null }));
  }
  return readInputFile(file);
}

/** The objective sheets and the Riepilogo of an emulated workbook, read as the pane reads them; `file` names it in errors. */
export async function readEmulatedWorkbook(emulator: ExcelEmulator, file: string): Promise<Omit<WorkbookRead, 'notices'>> {
  const excel = batchRunner(emulator);
  return (async () => {
    // The summary's figures, as "Genera riepilogo" works them out, without writing a Riepilogo the command would discard.
    // Its reading of the sheets (whole, for the titles the listing shows) is the command's: the sheets are read once.
    const summary = await generateSummary(excel, { readWhole: true, write: false });
    const reading = summary.reading!;
    if (reading.objectives.length === 0) {
      throw fileError(file, msg('cli.noObjectiveSheets'));
    }
    return { reading, summary };
  })().catch((error: unknown) => {
    if (error instanceof ExcelOperationError) throw fileError(file, reasonOfError(error));
    throw error;
  });
}

/** The summary sheet that generating the summary replaces, found as src/excel finds it: by its tag, else by our named items. */
function replacedSummarySheet(image: WorkbookImage): string | undefined {
  const sheets = image.sheets.map((sheet, position) => ({
    name: sheet.name,
    tag: decodeTag(sheet.customProperties[TAG_PROPERTY]),
    position,
  }));
  return sheetWithTagKey({ sheets: resolveTags(sheets, image.names), names: image.names, tables: [] }, 'summary', tagKey)?.name;
}

/** The sheet our summary's named item points at, from the file's names alone (before its sheets are read). */
function namedSummarySheet(names: ReadonlyArray<{ name: string; formula: string }>): string | undefined {
  const anchor = names.find((name) => tagFromName(name.name)?.kind === 'summary');
  return anchor === undefined ? undefined : (splitSheetAddress(anchor.formula.trim()).sheet ?? undefined);
}

/**
 * The file's image, its Riepilogo read without its cells where they would be left out of the engine anyway (the
 * summary is generated again before anything reads it); should the sheets say otherwise, it is read again whole.
 */
export async function readWorkbookImage(bytes: Buffer) {
  const read = await readXlsx(bytes, { styles: false, withoutCells: namedSummarySheet });
  const replaced = replacedSummarySheet(read.image);
  if (read.withoutCells === undefined || sheetLeftOut(read.image, replaced) === read.withoutCells.toLowerCase()) return { read, replaced };
  const whole = await readXlsx(bytes, { styles: false });
  return { read: whole, replaced: replacedSummarySheet(whole.image) };
}

/** Loads, recalculates and reads the workbook whose bytes were read; throws CliError for a file that cannot be used. */
export async function readWorkbookFile(file: string, bytes: Buffer, metadata: MetadataSource, progress: Progress): Promise<WorkbookRead> {
  progress.phase(msg('cli.phaseReading', { file: path.basename(file) }));
  boundHeapGrowth();
  const { read, replaced } = await readWorkbookImage(bytes).catch((error: unknown) => {
    throw error instanceof XlsxReadError ? fileError(file, reasonOfError(error)) : error;
  });
  progress.phase(msg('cli.phaseRecalculating'));
  const emulator = createCliEmulator(metadata);
  // The summary is generated again before anything reads it: its old cells need not be computed. The commands read
  // values alone, which no look or number format changes.
  const loaded = await loadImageIntoEmulator(emulator, read.image, { styles: false, numberFormats: false, replacedSheet: replaced });
  const notices = [...read.notices, ...loaded.notices].map((notice) => msg('cli.notice', { sheet: notice.sheet || null, notice: notice.message }));
  progress.phase(msg('cli.phaseReadingSheets'));
  return { ...(await readEmulatedWorkbook(emulator, file)), notices };
}
