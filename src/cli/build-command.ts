// traguardo build: the report's objective sheets and Riepilogo, built by src/excel on the emulated workbook exactly
// as the task pane builds them in Excel, then written as .xlsx (values, formulas with cached results, formats, names).
import path from 'path';
import { msg, type Message } from '../core/messages';
import { fieldLabel } from '../import/field-label';
import type { ImportIssue } from '../import/issue';
import type { Report } from '../core/model';
import { captureNames, sheetCapturer, XlsxPackageWriter, type CaptureNotice, type ImageSheet, type OmittedItem, type WorkbookImage } from '../engine/xlsx/index';
import { batchRunner, buildReport, ExcelOperationError } from '../excel/index';
import { splitSheetAddress } from '../workbook/address';
import { pointsNotShown } from '../workbook/monitoring-fields';
import type { WorkbookSettings } from '../workbook/settings';
import { tagFromName, TAG_PROPERTY } from '../workbook/tags';
import type { Command } from './args';
import { createCliEmulator, type MetadataSource } from './engine';
import { EXIT, fileError, reasonOfError } from './errors';
import { boundHeapGrowth, collectGarbageNow } from './heap-growth';
import { notify, say, type CliIO } from './io';
import { checkOutputFolder, writeFileWhole } from './output-file';
import { progressOn, type Progress } from './progress';
import { readReportFile } from './report-input';

/**
 * The sheets whose tag travels as our named items (TRG_OBJ5_…, TRG_SUMMARY, TRG_SETTINGS), which the add-in also
 * reads, lower-cased: one pass over the names (a pass per sheet made 10,000 objectives quadratic).
 */
function sheetsTaggedByNames(names: WorkbookImage['names']): Set<string> {
  const tagged = new Set<string>();
  for (const name of names) {
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

interface BuiltSheets {
  /** The sheets written, in tab order. */
  sheets: string[];
  names: WorkbookImage['names'];
  notices: CaptureNotice[];
  /** The summary, the largest sheet, captured but not yet written, and its place among the sheets. */
  summary: { sheet: ImageSheet; position: number } | null;
}

/**
 * The report's sheets built on a fresh emulated workbook, each written into `writer` as it is captured, so the file's
 * cells are never all held beside the emulator. The summary is captured last, so its cells are not held while the
 * others are written, and returned unwritten, to be rendered once the emulator (most of the memory) is garbage.
 * `settings` absent = the report's.
 */
async function buildSheets(report: Report, metadata: MetadataSource, progress: Progress, writer: XlsxPackageWriter, writing: Message, settings?: WorkbookSettings): Promise<BuiltSheets> {
  const emulator = createCliEmulator(metadata, { building: true });
  const built = await buildReport(batchRunner(emulator), report, { onProgress: (fraction) => progress.fraction(fraction), ...(settings ? { settings } : {}) });
  emulator.sealForReading();
  collectGarbageNow();
  progress.phase(writing);
  const written = new Set(built.summary.written);
  const notices: CaptureNotice[] = [];
  const capture = sheetCapturer(emulator, notices);
  const names = emulator.sheetNames();
  const sheets: string[] = [];
  let summaryPosition: number | null = null;
  // The new workbook's own empty "Sheet1" is left out: a file built from a report has only Traguardo's sheets.
  const starters: ImageSheet[] = [];
  names.forEach((name, index) => {
    if (name === built.summary.sheet) {
      summaryPosition = writer.reserve();
      sheets.push(name);
      return;
    }
    const sheet = capture(name);
    if (written.has(name) || sheet.cells.length > 0) {
      writer.addSheet(sheet, { consumeCells: true });
      sheets.push(name);
    } else starters.push(sheet);
    progress.fraction((index + 1) / names.length);
  });
  if (sheets.length === 0) {
    for (const sheet of starters) writer.addSheet(sheet);
    sheets.push(...starters.map((sheet) => sheet.name));
  }
  const summary = summaryPosition === null ? null : { sheet: capture(built.summary.sheet), position: summaryPosition };
  return { sheets, names: captureNames(emulator, notices), notices, summary };
}

/** The report built and written to `output`: the sheets written (by name, in tab order) and the defined names. */
export async function buildFile(report: Report, output: string, metadata: MetadataSource, progress: Progress, settings?: WorkbookSettings): Promise<{ sheets: string[]; names: WorkbookImage['names']; notices: Message[]; bytes: number; omitted: OmittedItem[] }> {
  progress.phase(msg('cli.phaseBuilding', { objectives: report.objectives.length }));
  boundHeapGrowth();
  const writer = new XlsxPackageWriter();
  const built = await buildSheets(report, metadata, progress, writer, msg('cli.phaseWriting', { file: path.basename(output) }), settings);
  if (built.summary) writer.addSheet(built.summary.sheet, { consumeCells: true }, built.summary.position);
  const data = await writer.finish(built.names);
  await writeFileWhole(output, data);
  const notices = built.notices.map((notice) => msg('cli.notice', { sheet: notice.sheet || null, notice: notice.message }));
  return { sheets: built.sheets, names: built.names, notices, bytes: data.length, omitted: writer.omitted };
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
  const tagged = sheetsTaggedByNames(file.names);
  const said = file.omitted.filter((item) => !(item.kind === 'customProperty' && item.name === TAG_PROPERTY && tagged.has((item.sheet ?? '').toLowerCase())));
  for (const line of incompleteLines(incomplete, io)) io.stderr(`${line}\n`);
  for (const reason of proposal?.reasons ?? []) notify(io, msg('cli.proposedCutoff', { reason }));
  for (const notice of pointsNotShown(report.objectives)) notify(io, notice);
  for (const notice of [...file.notices, ...said.map(omittedMessage)]) notify(io, notice);

  const sheets = file.sheets;
  const built = { file: command.output, objectives: report.objectives.length, sheets: sheets.length, names: sheetList(sheets) };
  io.stdout(`${say(io, msg('cli.built', { ...built, kilobytes: Math.round(file.bytes / 1024), milliseconds: now() - started }))}\n`);
  return EXIT.ok;
}
