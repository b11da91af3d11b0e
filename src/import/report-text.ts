// Import of a Relazione sulla Performance as text (pasted, .txt, or .docx read to text): objectives of the core model
// and the list of what the text does not determine ("da completare"), never invented. Pure: no I/O, no DOM.
import { msg } from '../core/messages';
import type { ImportIssue } from './issue';
import type { Objective } from '../core/model';
import { walkReport, type ObjectiveBlock } from './report-text/layout';
import { normalizeReport } from './report-text/normalize';
import { readObjective } from './report-text/objective';

export type { ImportIssue } from './issue';

export interface ReportTextResult {
  objectives: Objective[];
  /** What could not be determined, per objective and field, in Italian: shown as "da completare" in the preview. */
  incomplete: ImportIssue[];
  /** The report's title (the text before the first objective), when there is one. */
  title?: string;
  /** The report's year, from "Relazione sulla Performance 2022"; it completes dates written without a year. */
  year?: number;
}

const REPORT_YEAR = /\b(?:relazione\s+(?:sulla|della|annuale\s+sulla)\s+performance|performance)\s+(?:anno\s+)?((?:19|20)\d{2})\b/i;

function reportTitle(preamble: readonly string[]): string {
  return preamble
    .map((p) => p.replace(/^[#*_\s]+|[*_\s]+$/g, '').replace(/\*\*/g, ''))
    .filter((p) => p !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a report's text into objectives; never throws on content, lists what it could not determine instead. */
export function parseReportText(text: string): ReportTextResult {
  const objectives: Objective[] = [];
  const incomplete: ImportIssue[] = [];
  const firstLine = new Map<number, number>();
  let blocks = 0;
  // The title and year come from the preamble, complete when the first block is read.
  let title: string | undefined;
  let year: number | undefined;
  const readBlock = (block: ObjectiveBlock, preamble: readonly string[]): void => {
    if (title === undefined) [title, year] = titleAndYear(preamble);
    blocks += 1;
    if (!Number.isSafeInteger(block.number) || block.number < 1) {
      // The digits as written: the number itself was already rounded.
      const value = /\d{16,}/.exec(block.headingText)?.[0] ?? String(block.number);
      incomplete.push({ objective: null, field: 'number', message: msg('limits.objectiveNumberUnsafe', { where: block.headingText, value }) });
      return;
    }
    const first = firstLine.get(block.number);
    if (first !== undefined) {
      const said = { heading: block.headingText, number: block.number, firstLine: first, secondLine: block.line };
      incomplete.push({ objective: block.number, field: 'number', message: msg('import.textRepeatedNumber', said) });
    } else firstLine.set(block.number, block.line);
    const reading = readObjective(block, year);
    objectives.push(reading.objective);
    incomplete.push(...reading.issues);
  };
  const preamble = walkReport(normalizeReport(typeof text === 'string' ? text : ''), readBlock);
  if (title === undefined) [title, year] = titleAndYear(preamble);
  if (blocks === 0) incomplete.push({ objective: null, field: 'objectives', message: msg('import.textNoObjectives') });
  return { objectives, incomplete, ...(title !== '' ? { title } : {}), ...(year !== undefined ? { year } : {}) };
}

function titleAndYear(preamble: readonly string[]): [string, number | undefined] {
  const title = reportTitle(preamble);
  const yearMatch = REPORT_YEAR.exec(title);
  return [title, yearMatch ? Number(yearMatch[1]) : undefined];
}
