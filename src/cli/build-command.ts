// traguardo build: the report's objective sheets and Riepilogo, built by src/excel on the emulated workbook exactly
// as the task pane builds them in Excel, then written as .xlsx (values, formulas with cached results, formats, names).
import path from 'path';
import type { ImportIssue } from '../import/issue';
import type { Report } from '../core/model';
import { captureEmulator, writeXlsx, type OmittedItem, type WorkbookImage } from '../engine/xlsx/index';
import { buildReport } from '../excel/index';
import { splitSheetAddress } from '../workbook/address';
import { sameSheetName } from '../workbook/naming';
import { tagFromName, TAG_PROPERTY } from '../workbook/tags';
import type { Command } from './args';
import { createCliEmulator, withGlobalExcel, type MetadataSource } from './engine';
import { EXIT } from './errors';
import { secondsText } from './format';
import type { CliIO } from './io';
import { checkOutputFolder, writeFileWhole } from './output-file';
import { progressOn, type Progress } from './progress';
import { readReportFile } from './report-input';

/** The sheet tag travels as our named items (TRG_OBJ5_…, TRG_SUMMARY, TRG_SETTINGS), which the add-in also reads. */
function tagCarriedByNames(image: WorkbookImage, sheet: string): boolean {
  return image.names.some((name) => {
    const target = splitSheetAddress(name.formula.trim()).sheet;
    return tagFromName(name.name) !== null && target !== null && sameSheetName(target, sheet);
  });
}

function omittedMessage(item: OmittedItem): string {
  const where = item.sheet === null ? '' : `${item.sheet}: `;
  switch (item.kind) {
    case 'chart':
      return `${where}il grafico "${item.name}" non è nel file (${item.reason}); i dati del grafico restano nel foglio e in Excel "Genera riepilogo" del riquadro lo ricrea`;
    case 'customProperty':
      return `${where}la proprietà del foglio "${item.name}" non è nel file (${item.reason})`;
    default:
      return `${where}"${item.name}" non è nel file (${item.reason})`;
  }
}

/** "Riepilogo, Traguardo, Obiettivo 1, …, Obiettivo 1000": every name when few, the ends when many. */
function sheetList(names: ReadonlyArray<string>): string {
  return names.length <= 6 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, …, ${names[names.length - 1]}`;
}

function incompleteLines(issues: ReadonlyArray<ImportIssue>): string[] {
  if (issues.length === 0) return [];
  return [
    `traguardo: da completare (${issues.length}):`,
    ...issues.map((issue) => `  ${issue.objective === null ? 'relazione' : `ob. ${issue.objective}`} · ${issue.field}: ${issue.message}`),
  ];
}

/** Leaves out the new workbook's own empty "Sheet1": a file built from a report has only Traguardo's sheets. */
function withoutStarterSheet(image: WorkbookImage, written: ReadonlyArray<string>): WorkbookImage {
  const kept = image.sheets.filter((sheet) => written.includes(sheet.name) || sheet.cells.length > 0);
  return kept.length === 0 ? image : { ...image, sheets: kept };
}

/** The report's sheets built on a fresh emulated workbook, captured and written to `output` whole. */
async function buildFile(report: Report, output: string, metadata: MetadataSource, progress: Progress): Promise<{ image: WorkbookImage; notices: string[]; bytes: number; omitted: OmittedItem[] }> {
  progress.phase(`costruzione di ${report.objectives.length} fogli obiettivo e del riepilogo`);
  const emulator = createCliEmulator(metadata);
  const built = await withGlobalExcel(emulator, () =>
    buildReport(report, { onProgress: (fraction) => progress.fraction(fraction) }),
  );
  progress.phase(`scrittura di ${path.basename(output)}`);
  const captured = captureEmulator(emulator);
  const image = withoutStarterSheet(captured.image, built.summary.written);
  const { data, omitted } = await writeXlsx(image);
  await writeFileWhole(output, data);
  const notices = captured.notices.map((notice) => `${notice.sheet ? `${notice.sheet}: ` : ''}${notice.message}`);
  return { image, notices, bytes: data.length, omitted };
}

export async function runBuild(command: Extract<Command, { kind: 'build' }>, io: CliIO, metadata: MetadataSource, now: () => number = Date.now): Promise<number> {
  const started = now();
  // Input and output are checked before any progress line, so an unusable file gets exactly one line.
  await checkOutputFolder(command.output);
  const { report, incomplete } = await readReportFile(command.input);

  const progress = progressOn(io, command.quiet, { now });
  const file = await buildFile(report, command.output, metadata, progress).finally(() => progress.done());

  // The sheet tag needs no word when our named items carry it.
  const said = file.omitted.filter((item) => !(item.kind === 'customProperty' && item.name === TAG_PROPERTY && tagCarriedByNames(file.image, item.sheet ?? '')));
  for (const line of incompleteLines(incomplete)) io.stderr(`${line}\n`);
  for (const notice of [...file.notices, ...said.map(omittedMessage)]) io.stderr(`traguardo: ${notice}\n`);

  const sheets = file.image.sheets.map((sheet) => sheet.name);
  io.stdout(
    `${command.output}: ${report.objectives.length} obiettivi in ${sheets.length} fogli (${sheetList(sheets)}), ` +
      `${Math.round(file.bytes / 1024)} KB, in ${secondsText(now() - started)}\n`,
  );
  return EXIT.ok;
}
