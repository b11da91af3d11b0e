// Reads each import source into objectives to preview; the heavy parsers (papaparse, mammoth) load only when used.
import type { CutoffProposal } from '../../../import/proposed-rules';
import type { FundSettings, Objective, Report, StatusCutoffs } from '../../../core/model';
import type { ImportIssue } from '../../../import/issue';
import { parseReportJsonText } from '../../../import/report-json';
import { decodeText, type DecodedText, type TextEncodingName } from '../../../import/text-encoding';

export type ImportSourceKind = 'json' | 'csv' | 'text';

/** What an import would write, shown in the preview before the analyst confirms. */
export interface ImportCandidate {
  objectives: Objective[];
  incomplete: ImportIssue[];
  /** The report's own cut-offs, fund settings, year and title, saved to the workbook settings with the import. */
  cutoffs?: StatusCutoffs;
  /** When the report states no cut-offs: those its own verdicts imply against the workbook's, with the reasons. */
  proposal?: CutoffProposal;
  fund?: FundSettings;
  year?: number;
  title?: string;
  /** The encoding a picked text file was read in (the pane says it); absent for .docx, pasted text and the example. */
  encoding?: TextEncodingName;
}

/** The file picker's accepted extensions per source. */
export const ACCEPTED_FILES: Record<ImportSourceKind, string> = {
  json: '.json,application/json',
  csv: '.csv,text/csv',
  text: '.txt,.docx,text/plain',
};

function fromReport(result: { report: Report; incomplete: ImportIssue[] }): ImportCandidate {
  const { report } = result;
  return { objectives: report.objectives, incomplete: result.incomplete, cutoffs: report.cutoffs, fund: report.fund, year: report.year, title: report.title };
}

function readJsonText(text: string): ImportCandidate {
  return fromReport(parseReportJsonText(text));
}

async function readCsvText(text: string): Promise<ImportCandidate> {
  const { parseIndicatorsCsv } = await import(/* webpackChunkName: "import-csv" */ '../../../import/csv');
  return fromReport(parseIndicatorsCsv(text));
}

export async function readReportText(text: string): Promise<ImportCandidate> {
  const { parseReportText } = await import(/* webpackChunkName: "import-report-text" */ '../../../import/report-text');
  const parsed = parseReportText(text);
  // The year and title the text states go to the settings with the import (the fund line follows the year).
  return { objectives: parsed.objectives, incomplete: parsed.incomplete, year: parsed.year, title: parsed.title };
}

async function readDocx(data: ArrayBuffer, fileName: string): Promise<ImportCandidate> {
  const { docxToText } = await import(/* webpackChunkName: "import-docx" */ '../../../import/docx');
  return readReportText(await docxToText(data, fileName));
}

export async function loadExample2022(): Promise<ImportCandidate> {
  const example = await import(/* webpackChunkName: "example-2022" */ '../../../../examples/relazione-2022.json');
  return readJsonText(JSON.stringify(example.default ?? example));
}

function isDocx(fileName: string): boolean {
  return /\.docx$/i.test(fileName);
}

/** Reads a picked file by its source kind; .docx under "text" goes through mammoth. */
export async function readFile(kind: ImportSourceKind, file: File): Promise<ImportCandidate> {
  if (kind === 'text' && isDocx(file.name)) return readDocx(await fileBuffer(file), file.name);
  const { text, encoding } = await fileText(file);
  const read = kind === 'json' ? readJsonText(text) : kind === 'csv' ? await readCsvText(text) : await readReportText(text);
  return { ...read, encoding };
}

// FileReader rather than Blob.text(): older Office webviews (and jsdom) lack the latter.
function readWith<T>(file: File, start: (reader: FileReader) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    start(reader);
  });
}

/** The file's text in whatever Windows saved it in (UTF-8, UTF-16, Windows-1252 from Italian Excel's CSV). */
async function fileText(file: File): Promise<DecodedText> {
  return decodeText(new Uint8Array(await fileBuffer(file)));
}

function fileBuffer(file: File): Promise<ArrayBuffer> {
  return readWith<ArrayBuffer>(file, (reader) => reader.readAsArrayBuffer(file));
}
