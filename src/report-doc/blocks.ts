// The document as plain blocks (headings, paragraphs, tables): built once from the workbook's reading, then written
// as .docx by render-docx.ts and as HTML for the clipboard by render-html.ts, so both say the same thing.
import type { Status } from '../core/model';

export type HeadingLevel = 0 | 1 | 2 | 3;

/** How a paragraph reads: a section label, body text, or a problem the analyst must check. */
export type ParagraphStyle = 'label' | 'body' | 'check';

export type DocBlock =
  /** 0: the document's title; 1: its parts; 2: an objective; 3: the objective's title. */
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; style: ParagraphStyle; text: string }
  | { kind: 'table'; table: DocTable };

interface DocColumn {
  header: string;
  /** Share of the text width, 0..1. */
  width: number;
  align: 'left' | 'right';
}

export interface DocRow {
  /** Each cell's paragraphs. */
  cells: string[][];
  /** The totals row under a table. */
  total?: boolean;
  /** The objective's outcome, for the traffic-light shading of the summary's "Esito" cell. */
  status?: Status | null;
}

export interface DocTable {
  /** Which table it is: the indicator tables and the summary are copied to the clipboard as they are. */
  role: 'indicators' | 'summary' | 'figures';
  columns: DocColumn[];
  rows: DocRow[];
  /** Smaller type, for the eleven columns of the summary on A4 portrait. */
  compact?: boolean;
  /** The column shaded by each row's outcome, as the Riepilogo's traffic lights. */
  statusColumn?: number;
}

export function heading(level: HeadingLevel, text: string): DocBlock {
  return { kind: 'heading', level, text };
}

export function paragraph(text: string, style: ParagraphStyle = 'body'): DocBlock {
  return { kind: 'paragraph', style, text };
}

/** One paragraph per line of a text typed in a cell (blank lines dropped); nothing when the text is empty. */
export function paragraphs(text: string | undefined, style: ParagraphStyle = 'body'): DocBlock[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => paragraph(line, style));
}
