// Defined names (Excel's Name Manager) kept as HyperFormula named expressions, so formulas can use them.

import { columnIndex, formatRectAbsolute, quoteSheetName } from './address';
import { ExcelValue, INTERNAL_NAMES } from './cell-store';
import { invalidArgument, itemAlreadyExists } from './errors';
import { usesStructuredReference } from './formula-text';
import { NameRecord } from './records';
import { RangeBinding, WorkbookState } from './workbook-state';
import { nameFormula, nameTarget } from './resolve-address';

const MAX_NAME_LENGTH = 255;

/** Why `name` cannot be an Excel defined/table name, or null when it can. */
export function definedNameProblem(name: string): string | null {
  if (name.length === 0) return 'a name cannot be empty';
  if (name.length > MAX_NAME_LENGTH) return `a name has at most ${MAX_NAME_LENGTH} characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return 'a name starts with a letter, "_" or "\\" and contains only letters, digits, "_", "." and "\\"';
  }
  const cellLike = /^([A-Za-z]{1,3})([0-9]+)$/.exec(name);
  if (cellLike && !Number.isNaN(columnIndex(cellLike[1])) && Number(cellLike[2]) >= 1 && Number(cellLike[2]) <= 1048576) {
    return 'a name cannot look like a cell reference';
  }
  if (/^[RrCc]$|^[Rr][0-9]*[Cc][0-9]*$|^[Rr][0-9]+$|^[Cc][0-9]+$/.test(name)) return 'a name cannot look like an R1C1 reference';
  if (INTERNAL_NAMES.includes(name.toUpperCase())) return `"${name}" is reserved`;
  return null;
}

export type NameReference = { range: RangeBinding } | { formula: string };

function scopeHfId(state: WorkbookState, scopeSheetId: string | null): number | undefined {
  return scopeSheetId === null ? undefined : state.sheetById(scopeSheetId)?.hfId;
}

function referenceFormula(state: WorkbookState, reference: NameReference, location: string): string {
  if ('range' in reference) {
    const sheet = state.requireSheet(reference.range.sheetId, location);
    return `=${quoteSheetName(sheet.name)}!${formatRectAbsolute(reference.range.rect)}`;
  }
  const formula = reference.formula.startsWith('=') ? reference.formula : `=${reference.formula}`;
  if (usesStructuredReference(formula) || !state.cells.isValidFormula(formula)) {
    throw invalidArgument(`"${reference.formula}" is not a formula the emulator can evaluate`, location);
  }
  return formula;
}

/** NamedItemCollection.add (workbook scope) or a worksheet's names.add (sheet scope). */
export function addName(state: WorkbookState, name: unknown, reference: NameReference, comment: unknown, scopeSheetId: string | null, location: string): NameRecord {
  if (typeof name !== 'string') throw invalidArgument(`name must be text, got ${typeof name}`, location);
  const problem = definedNameProblem(name);
  if (problem) throw invalidArgument(`name "${name}": ${problem}`, location);
  if (state.named.nameInUse(name, scopeSheetId)) throw itemAlreadyExists(`a table or name called "${name}"`, location);
  const formula = referenceFormula(state, reference, location);
  const scope = scopeHfId(state, scopeSheetId);
  if (!state.cells.hf.isItPossibleToAddNamedExpression(name, formula, scope)) {
    throw invalidArgument(`name "${name}" with ${formula} is not accepted by the calculation engine`, location);
  }
  state.cells.hf.addNamedExpression(name, formula, scope);
  const record: NameRecord = { name, scopeSheetId, comment: typeof comment === 'string' ? comment : '', visible: true };
  state.named.addNameRecord(record);
  state.touch();
  return record;
}

export function deleteName(state: WorkbookState, record: NameRecord): void {
  state.cells.hf.removeNamedExpression(record.name, scopeHfId(state, record.scopeSheetId));
  state.named.removeNameRecord(record);
  state.touch();
}

export function findName(state: WorkbookState, name: string, scopeSheetId: string | null): NameRecord | undefined {
  return state.named.nameRecord(name, scopeSheetId);
}

export function changeNameFormula(state: WorkbookState, record: NameRecord, formula: unknown, location: string): void {
  if (typeof formula !== 'string') throw invalidArgument('a name formula must be text', location);
  const text = referenceFormula(state, { formula }, location);
  state.cells.hf.changeNamedExpression(record.name, text, scopeHfId(state, record.scopeSheetId));
  state.touch();
}

/** Excel.NamedItemType of a name: "Range" for a plain reference, else the type of its value. */
export function nameType(state: WorkbookState, record: NameRecord): string {
  if (nameTarget(state, record)) return 'Range';
  const value = nameValue(state, record);
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'string' && /^#/.test(value)) return 'Error';
  return 'String';
}

/** NamedItem.value: the reference text for ranges ("Sheet1!$A$1"), else the computed value. */
export function nameValue(state: WorkbookState, record: NameRecord): ExcelValue {
  const formula = nameFormula(state, record) ?? '';
  if (nameTarget(state, record)) return formula.replace(/^=/, '');
  const scope = record.scopeSheetId === null ? undefined : state.sheetById(record.scopeSheetId)?.hfId;
  const sheet = scope ?? state.sheets[0].hfId;
  return state.cells.evaluate(formula, sheet);
}
