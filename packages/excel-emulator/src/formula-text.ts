// Small lexical helpers over formula text: find what HyperFormula cannot do, and move relative references.

import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS } from './address';

/** Splits formula text into code and quoted parts ("strings" and 'sheet names') so code can be scanned safely. */
function segments(formula: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  let current = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      if (current) parts.push({ code: true, text: current });
      current = '';
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j += 1;
      }
      parts.push({ code: false, text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    current += ch;
    i += 1;
  }
  if (current) parts.push({ code: true, text: current });
  return parts;
}

/** True when the formula uses a table's structured reference (Table1[Col], [@Col]), which HyperFormula lacks. */
export function usesStructuredReference(formula: string): boolean {
  return segments(formula).some((part) => part.code && /\[/.test(part.text));
}

const CELL_REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

/**
 * Shifts the relative parts of A1 references by (rows, cols), as Excel does when a rule written for the
 * top-left cell of a range is applied to another cell of it. References that fall off the sheet become #REF!.
 */
export function shiftRelativeReferences(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return segments(formula)
    .map((part) => {
      if (!part.code) return part.text;
      return part.text.replace(CELL_REFERENCE, (whole, lead: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
        const col = columnIndex(letters);
        if (Number.isNaN(col)) return whole;
        const newCol = colAbs ? col : col + cols;
        const newRow = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + rows;
        if (newCol < 0 || newCol >= MAX_COLUMNS || newRow < 0 || newRow >= MAX_ROWS) return `${lead}#REF!`;
        return `${lead}${colAbs}${columnLetters(newCol)}${rowAbs}${newRow + 1}`;
      });
    })
    .join('');
}
