// Test support: a report built on the emulated workbook as the pane builds it, then read as the pane and the command
// line read it for the Relazione: the objective sheets, and the Riepilogo generated from them.
import { readFileSync } from 'fs';
import mammoth from 'mammoth';
import path from 'path';
import type { Report } from '../../src/core/model';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import { buildReport, generateSummary, readObjectives } from '../../src/excel';
import { parseReportJsonText } from '../../src/import/report-json';
import type { RelazioneSource } from '../../src/report-doc/source';
import { emulatedWorkbook } from '../excel/emulated-workbook';

export const EXAMPLE_2022 = path.resolve(__dirname, '../../examples/relazione-2022.json');

export function example2022(): Report {
  return parseReportJsonText(readFileSync(EXAMPLE_2022, 'utf8')).report;
}

/** The source the document is written from, and the emulated workbook (its Riepilogo generated) it was read from. */
export async function workbookSource(report: Report): Promise<{ source: RelazioneSource; emu: ExcelEmulator; sheet: string }> {
  const { emu, excel } = emulatedWorkbook();
  await buildReport(excel, report);
  const reading = await readObjectives(excel);
  const summary = await generateSummary(excel);
  return { source: { reading, figures: summary.figures }, emu, sheet: summary.sheet };
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}
