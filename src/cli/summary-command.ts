// traguardo summary: a workbook (built by the add-in or by `build`, then edited in Excel) loaded into the emulated
// workbook, recalculated by the engine, read by the same src/excel code as the task pane, and printed.
import { msg } from '../core/messages';
import { printable } from '../core/printable';
import type { Command } from './args';
import type { MetadataSource } from './engine';
import { EXIT } from './errors';
import { notify, type CliIO } from './io';
import { progressOn } from './progress';
import { summaryData, summaryJson, type SummaryData } from './summary-data';
import { summaryText } from './summary-table';
import { readWorkbookBytes, readWorkbookFile } from './workbook-file';

/** Loads, recalculates and reads the workbook; throws CliError for a file that cannot be used. */
async function summariseWorkbook(file: string, metadata: MetadataSource, io: CliIO, quiet: boolean): Promise<SummaryData> {
  // The file is read before any progress line, so an unusable file gets exactly one line.
  const bytes = await readWorkbookBytes(file);
  const progress = progressOn(io, quiet);
  try {
    const { reading, summary, notices } = await readWorkbookFile(file, bytes, metadata, progress);
    return summaryData(file, summary.sheet, reading, summary.figures, reading.problems, notices);
  } finally {
    progress.done();
  }
}

export async function runSummary(command: Extract<Command, { kind: 'summary' }>, io: CliIO, metadata: MetadataSource): Promise<number> {
  const data = await summariseWorkbook(command.input, metadata, io, command.quiet);
  for (const notice of data.notices) notify(io, notice);
  // JSON escapes control characters itself; the table shows them as codes (titles and sheet names come from cells).
  io.stdout(command.json ? `${JSON.stringify(summaryJson(data, io.language), null, 2)}\n` : printable(summaryText(data, io.language), true));
  const found = data.problems.length + data.figureErrors.length;
  if (command.strict && found > 0) {
    if (!command.json) notify(io, msg('cli.strictProblems', { count: found }));
    return EXIT.problems;
  }
  return EXIT.ok;
}

