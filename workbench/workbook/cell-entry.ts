// What the formula bar shows and what typing stores: formulas in the syntax of Office's display language (src/engine's
// translation), constants as Italian Excel shows and reads them, since the grid's regional settings are Italian.
import { delocalizeFormula, localizeFormula } from '../../src/engine/formula-language';
import type { CellSnapshot } from '@traguardo/excel-emulator';
import { formatCellValue, IT_IT } from '@traguardo/excel-emulator';
import { italianEntryToEnUs } from './italian-input';

/** Date codes (d, m, y) outside quoted text, escapes and [colour] or [condition] sections. */
function isDateFormat(numberFormat: string): boolean {
  return /[dmy]/i.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

function isPercentFormat(numberFormat: string): boolean {
  return numberFormat.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** A number in full, with the Italian decimal comma and no thousands (1134,5), as the formula bar shows it. */
function italianNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** The active cell as the formula bar shows it, and as F2 or a double-click starts editing it. */
export function entryText(cell: Pick<CellSnapshot, 'formula' | 'value' | 'numberFormat'>, displayLanguage: string): string {
  if (cell.formula !== null) return localizeFormula(cell.formula, displayLanguage);
  const { value, numberFormat } = cell;
  if (typeof value === 'boolean') return value ? IT_IT.trueText : IT_IT.falseText;
  if (typeof value !== 'number') return value;
  if (isDateFormat(numberFormat)) return formatCellValue(value, 'dd/mm/yyyy', IT_IT);
  // Rounded to Excel's 15 digits, so 0.07 shows 7% and not 7.000000000000001%.
  if (isPercentFormat(numberFormat)) return `${italianNumber(Number((value * 100).toPrecision(15)))}%`;
  return italianNumber(value);
}

/** What `text`, typed into a cell, is as en-US input (what the emulator reads). A cell formatted as text keeps it as typed. */
export function entryToEnUs(text: string, displayLanguage: string, cellIsText: boolean): string {
  if (cellIsText) return text;
  if (text.startsWith('=')) return delocalizeFormula(text, displayLanguage);
  return italianEntryToEnUs(text);
}
