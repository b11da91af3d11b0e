// Conditional formats are recorded as rules; the inspection API also evaluates them so the workbench can paint them.

import { CellRect, rectContains } from './address';
import { ExcelValue } from './cell-store';
import { invalidArgument, notEmulated } from './errors';
import { shiftRelativeReferences } from './formula-text';
import { ConditionalFormatKind, ConditionalFormatRecord, ConditionalFormatStyle, ConditionalRule, SheetRecord } from './records';
import { WorkbookState } from './workbook-state';

const EMULATED_KINDS: readonly ConditionalFormatKind[] = ['CellValue', 'ContainsText', 'Custom'];
export const CELL_VALUE_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];
export const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];

export function checkKind(type: unknown): ConditionalFormatKind {
  const kind = EMULATED_KINDS.find((k) => typeof type === 'string' && k.toLowerCase() === type.toLowerCase());
  if (!kind) throw notEmulated(`ConditionalFormatCollection.add("${String(type)}"); emulated types: ${EMULATED_KINDS.join(', ')}`);
  return kind;
}

/** ConditionalFormatCollection.add: the newest rule gets the top priority, as in Excel. */
export function addConditionalFormat(state: WorkbookState, sheet: SheetRecord, rect: CellRect, kind: ConditionalFormatKind): ConditionalFormatRecord {
  const record: ConditionalFormatRecord = { id: state.nextObjectId(), kind, rect: { ...rect }, rule: null, format: {}, stopIfTrue: false };
  sheet.conditionalFormats.unshift(record);
  state.touch();
  return record;
}

/** "0.5" and "=0.5" both mean the number; other bare text means that text, as Excel's rule dialog reads it. */
function ruleFormula(input: unknown, what: string, location: string): string {
  if (typeof input === 'number') return `=${input}`;
  if (typeof input !== 'string' || input.trim() === '') throw invalidArgument(`${what} must be a formula or a value`, location);
  if (input.startsWith('=')) return input;
  return Number.isFinite(Number(input)) ? `=${Number(input)}` : `="${input.replace(/"/g, '""')}"`;
}

export function setCellValueRule(state: WorkbookState, record: ConditionalFormatRecord, rule: unknown, location: string): void {
  const given = (rule ?? {}) as { formula1?: unknown; formula2?: unknown; operator?: unknown };
  if (typeof given.operator !== 'string' || !CELL_VALUE_OPERATORS.includes(given.operator)) {
    throw invalidArgument(`cell value operator "${String(given.operator)}" must be one of ${CELL_VALUE_OPERATORS.join(', ')}`, location);
  }
  const needsTwo = given.operator === 'Between' || given.operator === 'NotBetween';
  const formula1 = ruleFormula(given.formula1, 'formula1', location);
  const next: ConditionalRule = { kind: 'CellValue', operator: given.operator, formula1 };
  if (needsTwo) next.formula2 = ruleFormula(given.formula2, 'formula2', location);
  record.rule = next;
  state.touch();
}

export function setTextRule(state: WorkbookState, record: ConditionalFormatRecord, rule: unknown, location: string): void {
  const given = (rule ?? {}) as { operator?: unknown; text?: unknown };
  if (typeof given.operator !== 'string' || !TEXT_OPERATORS.includes(given.operator)) {
    throw invalidArgument(`text operator "${String(given.operator)}" must be one of ${TEXT_OPERATORS.join(', ')}`, location);
  }
  if (typeof given.text !== 'string') throw invalidArgument('the text of a text rule must be a string', location);
  record.rule = { kind: 'ContainsText', operator: given.operator, text: given.text };
  state.touch();
}

export function setCustomFormula(state: WorkbookState, record: ConditionalFormatRecord, formula: unknown, location: string): void {
  const text = ruleFormula(formula, 'custom rule formula', location);
  if (!state.cells.isValidFormula(text)) throw invalidArgument(`custom rule formula ${text} is not valid`, location);
  record.rule = { kind: 'Custom', formula: text };
  state.touch();
}

export function setConditionalStyle(state: WorkbookState, record: ConditionalFormatRecord, patch: ConditionalFormatStyle): void {
  record.format = { ...record.format, ...patch };
  state.touch();
}

export function deleteConditionalFormat(state: WorkbookState, sheet: SheetRecord, record: ConditionalFormatRecord): void {
  sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(record), 1);
  state.touch();
}

/** Excel's ordering for comparisons: numbers < text < booleans; text compares ignoring case. */
function compare(a: ExcelValue, b: ExcelValue): number {
  const rank = (v: ExcelValue) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase().localeCompare(b.toLowerCase());
  return Number(a) - Number(b);
}

function isError(value: ExcelValue): boolean {
  return typeof value === 'string' && /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|CYCLE!|SPILL!|LIC!)$/.test(value);
}

function matches(state: WorkbookState, sheet: SheetRecord, record: ConditionalFormatRecord, row: number, col: number, value: ExcelValue): boolean {
  const rule = record.rule;
  if (!rule) return false;
  const dRow = row - record.rect.row;
  const dCol = col - record.rect.col;
  const evaluate = (formula: string) => state.cells.evaluate(shiftRelativeReferences(formula, dRow, dCol), sheet.hfId);
  if (rule.kind === 'Custom') {
    const result = evaluate(rule.formula);
    return result === true || (typeof result === 'number' && result !== 0);
  }
  if (rule.kind === 'ContainsText') {
    const text = String(value).toLowerCase();
    const needle = rule.text.toLowerCase();
    if (rule.operator === 'Contains') return text.includes(needle);
    if (rule.operator === 'NotContains') return !text.includes(needle);
    if (rule.operator === 'BeginsWith') return text.startsWith(needle);
    return text.endsWith(needle);
  }
  if (isError(value)) return false;
  const cell = value === '' ? 0 : value;
  const first = evaluate(rule.formula1);
  if (isError(first)) return false;
  switch (rule.operator) {
    case 'EqualTo':
      return compare(cell, first) === 0;
    case 'NotEqualTo':
      return compare(cell, first) !== 0;
    case 'GreaterThan':
      return compare(cell, first) > 0;
    case 'LessThan':
      return compare(cell, first) < 0;
    case 'GreaterThanOrEqual':
      return compare(cell, first) >= 0;
    case 'LessThanOrEqual':
      return compare(cell, first) <= 0;
    default: {
      const second = evaluate(rule.formula2 ?? rule.formula1);
      if (isError(second)) return false;
      const low = compare(first, second) <= 0 ? first : second;
      const high = low === first ? second : first;
      const inside = compare(cell, low) >= 0 && compare(cell, high) <= 0;
      return rule.operator === 'Between' ? inside : !inside;
    }
  }
}

/** The formatting the sheet's conditional formats give one cell, higher priority first, stopIfTrue honoured. */
export function conditionalStyleAt(state: WorkbookState, sheet: SheetRecord, row: number, col: number, value: ExcelValue): ConditionalFormatStyle {
  const style: ConditionalFormatStyle = {};
  for (const record of sheet.conditionalFormats) {
    if (!rectContains(record.rect, row, col)) continue;
    if (!matches(state, sheet, record, row, col, value)) continue;
    for (const [key, v] of Object.entries(record.format) as [keyof ConditionalFormatStyle, never][]) {
      if (style[key] === undefined) style[key] = v;
    }
    if (record.stopIfTrue) break;
  }
  return style;
}
