// Turns what a caller assigns to Range.values/formulas (or what a user types) into stored cell content.

import type { CellStore, StoredContent } from './cell-store';
import { EmulatorError, invalidArgument, notEmulated } from './errors';
import { usesStructuredReference } from './formula-text';
import { parseTypedInput } from './typed-input';

export interface ConvertedInput {
  /** undefined = leave the cell as it is (Office.js's null). */
  content: StoredContent | undefined;
  /** Number format Excel applies by itself ("50%" -> "0%"), used only where the cell's format is General. */
  autoNumberFormat?: string;
}

function checkedFormula(formula: string, cells: CellStore, where: string, location: string): string {
  if (usesStructuredReference(formula)) {
    throw notEmulated(`structured table references in formulas (${formula} in ${where})`);
  }
  if (!cells.isValidFormula(formula)) throw invalidArgument(`${formula} in ${where} is not a valid formula`, location);
  return formula;
}

/**
 * Converts one assigned element. Strings read as Excel en-US reads typed input unless the cell is formatted as
 * text ("@"), where everything stays text, formulas included, exactly as in Excel.
 */
export function convertInput(value: unknown, cellIsText: boolean, cells: CellStore, where: string, location: string): ConvertedInput {
  if (value === null || value === undefined) return { content: undefined };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidArgument(`${value} in ${where} is not a finite number`, location);
    return { content: value };
  }
  if (typeof value === 'boolean') return { content: value };
  if (typeof value !== 'string') {
    const kind = value instanceof Date ? 'a Date (write a serial number or a date text)' : typeof value;
    throw invalidArgument(`${kind} in ${where} cannot be a cell value`, location);
  }
  if (value === '') return { content: null };
  if (cellIsText) return { content: `'${value}` };
  const typed = parseTypedInput(value);
  switch (typed.kind) {
    case 'empty':
      return { content: null };
    case 'formula':
      return { content: checkedFormula(typed.formula, cells, where, location) };
    case 'number':
      return typed.numberFormat ? { content: typed.value, autoNumberFormat: typed.numberFormat } : { content: typed.value };
    case 'boolean':
      return { content: typed.value };
    case 'error':
      return { content: typed.value };
    case 'text':
      return { content: `'${typed.value}` };
  }
}

/** A 2-D assignment checked against the range's shape; a single non-array value is applied to every cell. */
export function gridFor(input: unknown, rowCount: number, colCount: number, address: string, property: string, location: string): unknown[][] | { broadcast: unknown } {
  if (!Array.isArray(input)) return { broadcast: input };
  const rows = input.length;
  const shapeError = (detail: string): EmulatorError =>
    invalidArgument(
      `${property} for ${address} must be a ${rowCount}x${colCount} array (rows x columns); got ${detail}`,
      location,
    );
  if (rows !== rowCount) throw shapeError(`${rows} row(s)`);
  input.forEach((line: unknown, r: number) => {
    if (!Array.isArray(line)) throw shapeError(`row ${r + 1} that is not an array`);
    if (line.length !== colCount) throw shapeError(`${line.length} column(s) in row ${r + 1}`);
  });
  return input as unknown[][];
}
