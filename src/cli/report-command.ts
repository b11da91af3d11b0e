// traguardo report: the Relazione's section as a Word document, from a workbook (.xlsx, read as `summary` reads it) or
// from a report (.json, .txt, .docx, built in memory as `build` builds it, then read the same way). The document is
// written whole or not at all; the problems the readers find are printed after its name and marked in it "da verificare".
import path from 'path';
import { msg } from '../core/messages';
import { batchRunner, buildReport } from '../excel/index';
import { relazioneDocument } from '../report-doc/relazione';
import { relazioneDocxBytes } from '../report-doc/render-docx';
import type { Problem } from '../workbook/problems';
import type { Command } from './args';
import { createCliEmulator, type MetadataSource } from './engine';
import { EXIT } from './errors';
import { notify, say, type CliIO } from './io';
import { checkOutputFolder, writeFileWhole } from './output-file';
import { progressOn, type Progress } from './progress';
import { readReportFile } from './report-input';
import { readEmulatedWorkbook, readWorkbookBytes, readWorkbookFile, type WorkbookRead } from './workbook-file';

/** The input read before any progress line, so that an unusable file gets exactly one line. */
type Input = { kind: 'workbook'; bytes: Buffer } | { kind: 'report'; read: Awaited<ReturnType<typeof readReportFile>> };

async function readInput(file: string): Promise<Input> {
  if (/\.xlsx$/i.test(file)) return { kind: 'workbook', bytes: await readWorkbookBytes(file) };
  return { kind: 'report', read: await readReportFile(file) };
}

/** The workbook as the pane would read it: the file's own, or the report's sheets built on a fresh emulated workbook. */
async function workbookOf(input: Input, file: string, metadata: MetadataSource, progress: Progress): Promise<WorkbookRead> {
  if (input.kind === 'workbook') return readWorkbookFile(file, input.bytes, metadata, progress);
  const { report } = input.read;
  progress.phase(msg('cli.phaseBuilding', { objectives: report.objectives.length }));
  const emulator = createCliEmulator(metadata);
  await buildReport(batchRunner(emulator), report, { onProgress: (fraction) => progress.fraction(fraction) });
  progress.phase(msg('cli.phaseReadingSheets'));
  return { ...(await readEmulatedWorkbook(emulator, file)), notices: [] };
}

/** "'Obiettivo 7'!F22": the sheet quoted as Excel quotes it when the name needs it. */
function place(problem: Problem): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(problem.sheet) ? problem.sheet : `'${problem.sheet.replace(/'/g, "''")}'`;
  return problem.sheet === '' ? problem.address : `${sheet}!${problem.address}`;
}

export async function runReport(command: Extract<Command, { kind: 'report' }>, io: CliIO, metadata: MetadataSource, now: () => number = Date.now): Promise<number> {
  const started = now();
  await checkOutputFolder(command.output);
  const input = await readInput(command.input);

  const progress = progressOn(io, command.quiet, { now });
  const written = await (async () => {
    const workbook = await workbookOf(input, command.input, metadata, progress);
    progress.phase(msg('report.cliPhaseDocument'));
    const document = relazioneDocument({ reading: workbook.reading, figures: workbook.summary.figures }, io.language);
    const bytes = await relazioneDocxBytes(document);
    progress.phase(msg('cli.phaseWriting', { file: path.basename(command.output) }));
    await writeFileWhole(command.output, bytes);
    return { workbook, bytes: bytes.length };
  })().finally(() => progress.done());

  const { reading, notices } = written.workbook;
  for (const notice of notices) notify(io, notice);
  const problems = reading.problems;
  const line = { file: command.output, objectives: reading.objectives.length, problems: problems.length };
  io.stdout(`${say(io, msg('report.cliWritten', { ...line, kilobytes: Math.round(written.bytes / 1024), milliseconds: now() - started }))}\n`);
  for (const problem of problems) io.stdout(`  ${place(problem)}  ${say(io, problem.message)}\n`);
  return EXIT.ok;
}
