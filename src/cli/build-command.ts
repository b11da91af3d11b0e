// traguardo build: the report's objective sheets and Riepilogo, built by src/excel on the emulated workbook exactly
// as the task pane builds them in Excel, then written as .xlsx (values, formulas with cached results, formats, names).
import path from 'path';
import { msg, type Message } from '../core/messages';
import { fieldLabel } from '../import/field-label';
import type { ImportIssue } from '../import/issue';
import type { Report } from '../core/model';
import { captureEmulator, writeXlsx, type CaptureNotice, type OmittedItem, type WorkbookImage } from '../engine/xlsx/index';
import { batchRunner, buildReport, ExcelOperationError } from '../excel/index';
import { splitSheetAddress } from '../workbook/address';
import { pointsNotShown } from '../workbook/monitoring-fields';
import type { WorkbookSettings } from '../workbook/settings';
import { tagFromName, TAG_PROPERTY } from '../workbook/tags';
import type { Command } from './args';
import { createCliEmulator, type MetadataSource } from './engine';
import { EXIT, fileError, reasonOfError } from './errors';
import { boundHeapGrowth } from './heap-growth';
import { notify, say, type CliIO } from './io';
import { checkOutputFolder, writeFileWhole } from './output-file';
import { progressOn, type Progress } from './progress';
import { readReportFile } from './report-input';

/**
 * The sheets whose tag travels as our named items (TRG_OBJ5_…, TRG_SUMMARY, TRG_SETTINGS), which the add-in also
 * reads, lower-cased: one pass over the names (a pass per sheet made 10,000 objectives quadratic).
 */
function sheetsTaggedByNames(image: WorkbookImage): Set<string> {
  const tagged = new Set<string>();
  for (const name of image.names) {
    const target = splitSheetAddress(name.formula.trim()).sheet;
    if (target !== null && tagFromName(name.name) !== null) tagged.add(target.toLowerCase());
  }
  return tagged;
}

function omittedMessage(item: OmittedItem): Message {
  const said = { name: item.name, reason: item.reason };
  const notice = msg(item.kind === 'chart' ? 'cli.omittedChart' : item.kind === 'customProperty' ? 'cli.omittedProperty' : 'cli.omittedItem', said);
  return msg('cli.notice', { sheet: item.sheet, notice });
}

/** "Riepilogo, Traguardo, Obiettivo 1, …, Obiettivo 1000": every name when few, the ends when many. */
function sheetList(names: ReadonlyArray<string>): string {
  return names.length <= 6 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, …, ${names[names.length - 1]}`;
}

function incompleteLines(issues: ReadonlyArray<ImportIssue>, io: CliIO): string[] {
  if (issues.length === 0) return [];
  return [
    `traguardo: ${say(io, msg('cli.toComplete', { count: issues.length }))}`,
    ...issues.map((issue) => `  ${say(io, msg('cli.toCompleteItem', { objective: issue.objective, field: fieldLabel(issue), issue: issue.message }))}`),
  ];
}

/** Leaves out the new workbook's own empty "Sheet1": a file built from a report has only Traguardo's sheets. */
function withoutStarterSheet(image: WorkbookImage, written: ReadonlyArray<string>): WorkbookImage {
  const kept = image.sheets.filter((sheet) => written.includes(sheet.name) || sheet.cells.length > 0);
  return kept.length === 0 ? image : { ...image, sheets: kept };
}

/**
 * The report's sheets built on a fresh emulated workbook and captured as an image. Its own function so that the
 * emulator (most of the memory, ~0.1 MB per objective) is garbage before the file is written.
 */
async function builtImage(report: Report, metadata: MetadataSource, progress: Progress, settings?: WorkbookSettings): Promise<{ image: WorkbookImage; notices: CaptureNotice[] }> {
  const emulator = createCliEmulator(metadata);
  const built = await buildReport(batchRunner(emulator), report, { onProgress: (fraction) => progress.fraction(fraction), ...(settings ? { settings } : {}) });
  const captured = captureEmulator(emulator);
  return { image: withoutStarterSheet(captured.image, built.summary.written), notices: captured.notices };
}

/**
 * The report's sheets built on a fresh emulated workbook, captured and written to `output` whole; `settings` absent =
 * the report's. The image returned has its sheets, tables and names, but no cells: the write let them go.
 */
export async function buildFile(report: Report, output: string, metadata: MetadataSource, progress: Progress, settings?: WorkbookSettings): Promise<{ image: WorkbookImage; notices: Message[]; bytes: number; omitted: OmittedItem[] }> {
  progress.phase(msg('cli.phaseBuilding', { objectives: report.objectives.length }));
  boundHeapGrowth();
  const captured = await builtImage(report, metadata, progress, settings);
  progress.phase(msg('cli.phaseWriting', { file: path.basename(output) }));
  const image = captured.image;
  // The sheets' cells are not needed after the write (only the sheet names and the named items are).
  const { data, omitted } = await writeXlsx(image, { consumeCells: true });
  await writeFileWhole(output, data);
  const notices = captured.notices.map((notice) => msg('cli.notice', { sheet: notice.sheet || null, notice: notice.message }));
  return { image, notices, bytes: data.length, omitted };
}

export async function runBuild(command: Extract<Command, { kind: 'build' }>, io: CliIO, metadata: MetadataSource, now: () => number = Date.now): Promise<number> {
  const started = now();
  // Input and output are checked before any progress line, so an unusable file gets exactly one line.
  await checkOutputFolder(command.output);
  const { report, incomplete, proposal, encoding } = await readReportFile(command.input);
  if (encoding !== null && encoding !== 'UTF-8') notify(io, msg('cli.fileError', { file: command.input, reason: msg('input.encoding', { encoding }) }));

  const progress = progressOn(io, command.quiet, { now });
  const file = await buildFile(report, command.output, metadata, progress)
    .catch((error: unknown) => {
      // What the report asks that no sheet can hold (Excel's limits, repeated numbers) is the input's fault, not ours.
      throw error instanceof ExcelOperationError && error.code === 'InvalidInput' ? fileError(command.input, reasonOfError(error)) : error;
    })
    .finally(() => progress.done());

  // The sheet tag needs no word when our named items carry it.
  const tagged = sheetsTaggedByNames(file.image);
  const said = file.omitted.filter((item) => !(item.kind === 'customProperty' && item.name === TAG_PROPERTY && tagged.has((item.sheet ?? '').toLowerCase())));
  for (const line of incompleteLines(incomplete, io)) io.stderr(`${line}\n`);
  for (const reason of proposal?.reasons ?? []) notify(io, msg('cli.proposedCutoff', { reason }));
  for (const notice of pointsNotShown(report.objectives)) notify(io, notice);
  for (const notice of [...file.notices, ...said.map(omittedMessage)]) notify(io, notice);

  const sheets = file.image.sheets.map((sheet) => sheet.name);
  const built = { file: command.output, objectives: report.objectives.length, sheets: sheets.length, names: sheetList(sheets) };
  io.stdout(`${say(io, msg('cli.built', { ...built, kilobytes: Math.round(file.bytes / 1024), milliseconds: now() - started }))}\n`);
  return EXIT.ok;
}
