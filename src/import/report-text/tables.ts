// Indicator tables (Indicatore | Target | Risultato | Grado, often with Peso and Valore anno precedente), as a pasted
// markdown table or a Word table (the .docx reader writes its rows the same way): each row one indicator, by its columns.
import type { Indicator } from '../../core/model';
import { readTargetPart } from './indicator-phrases';

/** The cells of a table row `| a | b |`; [] for a separator row `|---|---|`; null when the line is not a row. */
export function readTableRow(line: string): string[] | null {
  if (line.length < 3 || !line.startsWith('|') || !line.endsWith('|')) return null;
  const cells = line.slice(1, -1).split('|').map((cell) => cell.trim());
  if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) return [];
  return cells.length >= 2 ? cells : null;
}

type Column = 'name' | 'target' | 'actual' | 'degree' | 'weight' | 'previous';

/** Header words of each column, most specific first: "Valore anno precedente" before "Valore". */
const COLUMNS: Array<{ column: Column; pattern: RegExp }> = [
  { column: 'previous', pattern: /anno\s+precedente|valore\s+(?:19|20)\d{2}|storico|baseline/i },
  { column: 'name', pattern: /^indicator[ei]|^descrizione\s+indicatore/i },
  { column: 'target', pattern: /^target|valore\s+atteso|^atteso|^obiettivo\s+atteso/i },
  { column: 'actual', pattern: /^risultat[oi]|valore\s+(?:raggiunto|consuntivo|rilevato|effettivo)|^consuntivo|^rilevato/i },
  { column: 'degree', pattern: /^grado|raggiungimento|^%\s*(?:di\s+)?ragg/i },
  { column: 'weight', pattern: /^peso/i },
];

/** "≥ 4 rivisto; in origine: ≥ 8 motivo: …", as Traguardo's own Relazione writes a revision: the target in force first. */
const REVISION_NOTE = /\s+rivisto\s*;[\s\S]*$/i;

/** Cells that say nothing was measured. */
const EMPTY_CELL = /^(?:|-+|–|—|n\.?\s?d\.?|n\.?\s?r\.?|\/)$/i;

function columnsOf(header: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const match = COLUMNS.find((c) => c.pattern.test(cell) && found[c.column] === undefined);
    if (match) found[match.column] = index;
  });
  return found;
}

/** Whether a table lists indicators: a header row naming at least the indicator and its target or result. */
export function isIndicatorTable(table: readonly string[][]): boolean {
  const columns = table.length > 1 ? columnsOf(table[0]) : {};
  return columns.name !== undefined && (columns.target !== undefined || columns.actual !== undefined);
}

/** "43 su 45" is the ratio 43/45, as the grammar writes it. */
function resultAsWritten(cell: string): string {
  const ratio = /^(\d[\d.,]*)\s+su\s+(\d[\d.,]*)$/i.exec(cell);
  return ratio ? `${ratio[1]}/${ratio[2]}` : cell;
}

function weightOf(cell: string): number | undefined {
  const match = /^(\d+(?:,\d+)?)\s*%?$/.exec(cell);
  return match ? Number(match[1].replace(',', '.')) : undefined;
}

/** One indicator per row after the header; deadlines without a year take the report's. */
export function tableIndicators(table: readonly string[][], year: number | undefined): Indicator[] {
  const columns = columnsOf(table[0]);
  const cell = (row: readonly string[], column: Column): string => {
    const index = columns[column];
    const text = index === undefined ? '' : (row[index] ?? '').trim();
    return EMPTY_CELL.test(text) ? '' : text;
  };
  return table.slice(1).filter((row) => cell(row, 'name') !== '').map((row) => {
    const name = cell(row, 'name');
    const cellText = cell(row, 'target');
    const written = cellText.replace(REVISION_NOTE, '');
    const deadline = /^entro\b/i.test(written) ? readTargetPart(written, year, name).target : undefined;
    const indicator: Indicator = { name, target: deadline ?? written };
    const actual = cell(row, 'actual');
    if (actual !== '') indicator.actual = resultAsWritten(actual);
    const weight = weightOf(cell(row, 'weight'));
    if (weight !== undefined) indicator.weight = weight;
    const previous = cell(row, 'previous');
    if (previous !== '') indicator.previousValue = previous;
    const notes = [
      (deadline !== undefined && deadline !== written) || written !== cellText ? `Target nel testo: "${cellText}"` : '',
      cell(row, 'degree') !== '' ? `Grado nella tabella: ${cell(row, 'degree')}` : '',
    ].filter((note) => note !== '');
    if (notes.length > 0) indicator.notes = notes.join('. ');
    return indicator;
  });
}
