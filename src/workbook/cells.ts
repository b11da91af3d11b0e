// Small constructors for layout cells, so layouts read as tables of intent rather than object literals.
import type { CellScalar, LayoutCell } from './layout';
import { NUMBER_FORMATS } from './styles';

/** A label or structural text written by the add-in. Text format keeps "100%" or "1.134" as typed. */
export function textCell(value: string, style = 'text'): LayoutCell {
  return { value, numberFormat: NUMBER_FORMATS.text, style };
}

/** A constant number (or nothing) written by the add-in. */
export function numberCell(value: number | null | undefined, numberFormat: string = NUMBER_FORMATS.general, style = 'text'): LayoutCell {
  return value === null || value === undefined ? { numberFormat, style } : { value, numberFormat, style };
}

/** Formula texts kept once each: every objective sheet repeats the same ones, each built as a chain of pieces. */
const FORMULAS = new Map<string, string>();
const MAX_FORMULAS = 10_000;

function interned(formula: string): string {
  const known = FORMULAS.get(formula);
  if (known !== undefined) return known;
  if (FORMULAS.size >= MAX_FORMULAS) FORMULAS.clear();
  FORMULAS.set(formula, formula);
  return formula;
}

/** A live formula. */
export function formulaCell(formula: string, numberFormat: string = NUMBER_FORMATS.general, style = 'computed'): LayoutCell {
  return { formula: interned(formula), numberFormat, style };
}

/** An analyst input cell, pre-filled with what the model knows (or left empty). */
export function inputCell(value: CellScalar | null | undefined, numberFormat: string, style = 'input'): LayoutCell {
  const cell: LayoutCell = { numberFormat, style, input: true };
  if (value !== null && value !== undefined && value !== '') cell.value = value;
  return cell;
}
