// Where things are on an objective sheet. The layout places cells with it; the reader finds the
// same cells by their labels (analysts may insert rows), and both produce an ObjectiveCells value.
import { cellAddress, columnLetter } from './address';

/** Header rows: label in column A, value in B, the text "as written" (when any) in C. */
export const HEADER_FIELDS = [
  { key: 'number', label: 'N.' },
  { key: 'title', label: 'Titolo' },
  { key: 'planReferences', label: 'Riferimento al Piano' },
  { key: 'kind', label: 'Tipo' },
  { key: 'description', label: 'Descrizione' },
  { key: 'benefits', label: 'Benefici attesi' },
  { key: 'weight', label: 'Peso' },
  { key: 'allocatedAmount', label: 'Importo stanziato' },
  { key: 'oivScore', label: 'Valutazione OIV (su 100)' },
  { key: 'oivText', label: 'Giudizio OIV' },
  { key: 'neutralisation', label: 'Neutralizzato (motivo)' },
  { key: 'resultsText', label: 'Risultati (testo)' },
  { key: 'notes', label: 'Note' },
] as const;

export type HeaderField = (typeof HEADER_FIELDS)[number]['key'];

/** The indicators table, in column order from A. */
export const INDICATOR_COLUMNS = [
  { key: 'name', header: 'Indicatore' },
  { key: 'target', header: 'Target' },
  { key: 'revisedTarget', header: 'Target rivisto' },
  { key: 'revisionReason', header: 'Motivo revisione' },
  { key: 'baseline', header: 'Baseline' },
  { key: 'threshold', header: 'Soglia' },
  { key: 'actual', header: 'Risultato' },
  { key: 'achieved', header: 'Raggiunto' },
  { key: 'degree', header: 'Grado' },
  { key: 'weight', header: 'Peso' },
  { key: 'notes', header: 'Note' },
] as const;

export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number]['key'];

/** Rows under the table: label in A, formula in B. */
export const FOOTER_FIELDS = [
  { key: 'score', label: 'Punteggio calcolato' },
  { key: 'finalDegree', label: 'Grado finale' },
  { key: 'status', label: 'Esito' },
  { key: 'payable', label: 'Importo riconosciuto' },
] as const;

export type FooterField = (typeof FOOTER_FIELDS)[number]['key'];

/** Every address a summary or a reader needs on one objective sheet (A1 addresses, no sheet prefix). */
export interface ObjectiveCells {
  header: Record<HeaderField, string>;
  /** Column C beside a header value: the plan references' full text, the kind as written. */
  headerDetail: { planReferences: string; kind: string };
  /** 1-based row of the table's header. */
  tableHeaderRow: number;
  /** 1-based rows of the first and last indicator (at least one row, possibly empty). */
  firstIndicatorRow: number;
  lastIndicatorRow: number;
  columns: Record<IndicatorColumn, string>;
  footer: Record<FooterField, string>;
}

export const TITLE_ROW = 1;
export const HINT_ROW = 2;
export const FIRST_HEADER_ROW = 3;

/** The cells of a freshly laid out objective sheet with `indicatorCount` indicators. */
export function objectiveCells(indicatorCount: number): ObjectiveCells {
  const rows = Math.max(1, indicatorCount);
  const header = {} as Record<HeaderField, string>;
  HEADER_FIELDS.forEach((field, index) => {
    header[field.key] = cellAddress({ row: FIRST_HEADER_ROW - 1 + index, column: 1 });
  });
  const tableHeaderRow = FIRST_HEADER_ROW + HEADER_FIELDS.length + 1;
  const firstIndicatorRow = tableHeaderRow + 1;
  const lastIndicatorRow = firstIndicatorRow + rows - 1;
  const footer = {} as Record<FooterField, string>;
  FOOTER_FIELDS.forEach((field, index) => {
    footer[field.key] = `B${lastIndicatorRow + 2 + index}`;
  });
  return {
    header,
    headerDetail: { planReferences: header.planReferences.replace('B', 'C'), kind: header.kind.replace('B', 'C') },
    tableHeaderRow,
    firstIndicatorRow,
    lastIndicatorRow,
    columns: indicatorColumnLetters(INDICATOR_COLUMNS.map((column) => column.key)),
    footer,
  };
}

/** Column letters for the indicator columns in the given order (from A). */
export function indicatorColumnLetters(order: ReadonlyArray<IndicatorColumn>): Record<IndicatorColumn, string> {
  const letters = {} as Record<IndicatorColumn, string>;
  order.forEach((key, index) => {
    letters[key] = columnLetter(index);
  });
  return letters;
}

/** A column of the indicator rows as a range, e.g. "I18:I20". */
export function indicatorRange(cells: ObjectiveCells, column: IndicatorColumn): string {
  const letter = cells.columns[column];
  return `${letter}${cells.firstIndicatorRow}:${letter}${cells.lastIndicatorRow}`;
}
