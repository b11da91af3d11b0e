// traguardo summary: a workbook (built by the add-in or by `build`, then edited in Excel) loaded into the emulated
// workbook, recalculated by the engine, read by the same src/excel code as the task pane, and printed.
import path from 'path';
import { loadImageIntoEmulator, readXlsx, XlsxReadError } from '../engine/xlsx/index';
import { msg } from '../core/messages';
import { ExcelOperationError, generateSummary, readObjectives } from '../excel/index';
import type { Command } from './args';
import { createCliEmulator, withGlobalExcel, type MetadataSource } from './engine';
import { EXIT, fileError, reasonOfError } from './errors';
import { readInputFile } from './input-file';
import { notify, type CliIO } from './io';
import { progressOn } from './progress';
import { summaryData, summaryJson, type SummaryData } from './summary-data';
import { summaryText } from './summary-table';

async function readWorkbookBytes(file: string): Promise<Buffer> {
  if (!/\.xlsx$/i.test(file)) {
    throw fileError(file, msg('cli.notXlsx', { extension: path.extname(file) || null }));
  }
  return readInputFile(file);
}

/** Loads, recalculates and reads the workbook; throws CliError for a file that cannot be used. */
async function summariseWorkbook(file: string, metadata: MetadataSource, io: CliIO, quiet: boolean): Promise<SummaryData> {
  // The file is read before any progress line, so an unusable file gets exactly one line.
  const bytes = await readWorkbookBytes(file);
  const progress = progressOn(io, quiet);
  try {
    progress.phase(msg('cli.phaseReading', { file: path.basename(file) }));
    const read = await readXlsx(bytes).catch((error: unknown) => {
      throw error instanceof XlsxReadError ? fileError(file, reasonOfError(error)) : error;
    });
    progress.phase(msg('cli.phaseRecalculating'));
    const emulator = createCliEmulator(metadata);
    const loaded = await loadImageIntoEmulator(emulator, read.image, { styles: false });
    const notices = [...read.notices, ...loaded.notices].map((notice) => msg('cli.notice', { sheet: notice.sheet || null, notice: notice.message }));

    progress.phase(msg('cli.phaseReadingSheets'));
    const result = await withGlobalExcel(emulator, async () => {
      const reading = await readObjectives();
      if (reading.objectives.length === 0) {
        throw fileError(file, msg('cli.noObjectiveSheets'));
      }
      // The summary is generated in memory, as "Genera riepilogo" would in Excel: the file is not changed.
      const summary = await generateSummary();
      return { reading, summary };
    }).catch((error: unknown) => {
      if (error instanceof ExcelOperationError) throw fileError(file, reasonOfError(error));
      throw error;
    });
    return summaryData(file, result.summary.sheet, result.reading, result.summary.figures, result.reading.problems, notices);
  } finally {
    progress.done();
  }
}

export async function runSummary(command: Extract<Command, { kind: 'summary' }>, io: CliIO, metadata: MetadataSource): Promise<number> {
  const data = await summariseWorkbook(command.input, metadata, io, command.quiet);
  for (const notice of data.notices) notify(io, notice);
  io.stdout(command.json ? `${JSON.stringify(summaryJson(data, io.language), null, 2)}\n` : summaryText(data, io.language));
  const found = data.problems.length + data.figureErrors.length;
  if (command.strict && found > 0) {
    if (!command.json) notify(io, msg('cli.strictProblems', { count: found }));
    return EXIT.problems;
  }
  return EXIT.ok;
}

