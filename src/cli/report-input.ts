// A report file (.json, .txt, .docx, .csv) read into the model, with what the import could not determine.
import path from 'path';
import type { ImportIssue } from '../import/issue';
import type { Report } from '../core/model';
import { parseReportJsonText } from '../import/report-json';
import { parseReportText } from '../import/report-text';
import { parseIndicatorsCsv } from '../import/csv';
import { DocxReadError, docxToText } from '../import/docx';
import { fatalIssue } from '../import/fatal-issues';
import { decodeText, type TextEncodingName } from '../import/text-encoding';
import { msg } from '../core/messages';
import { proposedRules, type CutoffProposal } from '../import/proposed-rules';
import { fileError, reasonOfError } from './errors';
import { readInputFile } from './input-file';

export interface ReportInput {
  /** With the cut-offs its own verdicts imply applied, when it states none (see `proposal`). */
  report: Report;
  /** "Da completare": what the file does not say, per objective and field. */
  incomplete: ImportIssue[];
  /** The cut-offs applied because the report's verdicts imply them, with the reasons to print. */
  proposal: CutoffProposal | null;
  /** How a text file was decoded (null for .docx). */
  encoding: TextEncodingName | null;
}

const REPORT_EXTENSIONS = ['.json', '.txt', '.docx', '.csv'] as const;

function fromText(text: string, file: string): ReportInput {
  const parsed = parseReportText(text);
  const title = parsed.title || path.basename(file, path.extname(file));
  // Without a year in the text the summary title simply leaves it out (year 0 is never shown).
  return { report: { title, year: parsed.year ?? 0, objectives: parsed.objectives }, incomplete: parsed.incomplete, proposal: null, encoding: null };
}

/** Reads and imports the report; throws CliError naming the file and the reason when it cannot be used. */
export async function readReportFile(file: string): Promise<ReportInput> {
  const extension = path.extname(file).toLowerCase();
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw fileError(file, msg('cli.unknownFormat', { extension: extension || null, allowed: [...REPORT_EXTENSIONS] }));
  }
  const bytes = await readInputFile(file);
  let input: ReportInput;
  // Text in whatever Windows saved it in (UTF-8 with or without BOM, UTF-16, Windows-1252), said when not UTF-8.
  const decoded = extension === '.docx' ? null : decodeText(bytes);
  const text = decoded?.text ?? '';
  const encoding = decoded?.encoding ?? null;
  try {
    switch (extension) {
      case '.json': {
        const imported = parseReportJsonText(text);
        input = { report: imported.report, incomplete: imported.incomplete, proposal: null, encoding };
        break;
      }
      case '.csv': {
        const imported = parseIndicatorsCsv(text);
        input = { report: imported.report, incomplete: imported.incomplete, proposal: null, encoding };
        break;
      }
      case '.docx':
        input = fromText(await docxToText(bytes, path.basename(file)), file);
        break;
      default:
        input = { ...fromText(text, file), encoding };
    }
  } catch (error) {
    // The importers' messages already say what is wrong; the line names the file, so a docx problem goes alone.
    throw fileError(file, error instanceof DocxReadError ? error.problem : reasonOfError(error));
  }
  // Two objectives under one number, or a number past 2^53: refused here, with both places, not half-built.
  const fatal = fatalIssue(input.incomplete);
  if (fatal !== undefined) throw fileError(file, fatal.message);
  if (input.report.objectives.length === 0) throw fileError(file, msg('cli.noObjectives'));
  // With nothing chosen, a headless build takes the cut-offs the report's own verdicts imply, and says so.
  const proposal = proposedRules(input.report);
  return proposal === null ? input : { ...input, report: { ...input.report, cutoffs: proposal.cutoffs }, proposal };
}
