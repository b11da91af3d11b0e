// traguardo next-year: next year's workbook from this year's. The old workbook is read as `summary` reads it and never
// written; the new one is built as `build` builds a report, with the new year's settings; decisions go to stderr.
import path from 'path';
import { msg } from '../core/messages';
import { nextYearWorkbook, type NextYearWorkbook } from '../workbook/next-year';
import type { Command } from './args';
import { buildFile } from './build-command';
import type { MetadataSource } from './engine';
import { EXIT, fileError } from './errors';
import { notify, say, type CliIO } from './io';
import { checkOutputFolder } from './output-file';
import { progressOn } from './progress';
import { readWorkbookBytes, readWorkbookFile } from './workbook-file';

/** What the roll carries, empties and leaves to decide, on stdout: the preview, before anything is written. */
function printPreview(io: CliIO, next: NextYearWorkbook): void {
  const { counts } = next.roll;
  io.stdout(`${say(io, msg('nextYear.previewCarried', { from: next.from, year: next.year, objectives: counts.objectives, indicators: counts.indicators, previousValues: counts.previousValues }))}\n`);
  io.stdout(`${say(io, msg('nextYear.previewEmptied', counts.emptied))}\n`);
  io.stdout(`${say(io, msg('nextYear.decisionsHeading', { count: next.roll.decisions.length }))}\n`);
  for (const decision of next.roll.decisions) io.stdout(`  ${say(io, decision.message)}\n`);
}

export async function runNextYear(command: Extract<Command, { kind: 'next-year' }>, io: CliIO, metadata: MetadataSource): Promise<number> {
  const output = command.output;
  if (output !== null && path.resolve(command.input) === path.resolve(output)) throw fileError(output, msg('nextYear.sameFile'));
  // Input and output are checked before any progress line, so an unusable file gets exactly one line.
  if (output !== null) await checkOutputFolder(output);
  const bytes = await readWorkbookBytes(command.input);
  const progress = progressOn(io, command.quiet);
  try {
    const { reading, notices } = await readWorkbookFile(command.input, bytes, metadata, progress);
    const next = nextYearWorkbook(reading, command.year);
    if ('code' in next) throw fileError(command.input, next);
    if (command.preview) {
      progress.done();
      printPreview(io, next);
    }
    if (output === null) return EXIT.ok;
    await buildFile(next.roll.report, output, metadata, progress, next.settings);
    progress.done();
    for (const notice of notices) notify(io, notice);
    const { decisions, counts } = next.roll;
    if (decisions.length > 0 && !command.preview) {
      notify(io, msg('nextYear.decisionsHeading', { count: decisions.length }));
      for (const decision of decisions) io.stderr(`  ${say(io, decision.message)}\n`);
    }
    const emptied = Object.values(counts.emptied).reduce((sum, count) => sum + count, 0);
    const built = { file: output, from: next.from, year: next.year, objectives: counts.objectives, previousValues: counts.previousValues, indicators: counts.indicators, emptied };
    io.stdout(`${say(io, msg('nextYear.built', built))}\n`);
    return EXIT.ok;
  } finally {
    progress.done();
  }
}
