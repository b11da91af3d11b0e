// Range.conditionalFormats: cell-value, text and custom-formula rules with fill and font formats, recorded.
/* eslint-disable @typescript-eslint/no-explicit-any -- property types mirror @types/office-js (values: any[][]) */

import { rectsIntersect } from '../address';
import { ClientCollection, ClientResult } from '../client-object';
import { normalizeColor } from '../colors';
import {
  addConditionalFormat,
  checkKind,
  deleteConditionalFormat,
  setCellValueRule,
  setConditionalStyle,
  setCustomFormula,
  setTextRule,
} from '../conditional-formats';
import { invalidArgument, itemNotFound } from '../errors';
import type { ConditionalFormatKind, ConditionalFormatRecord, ConditionalFormatStyle, SheetRecord } from '../records';
import type { RangeBinding, WorkbookState } from '../workbook-state';
import { expectBoolean, Field, FieldObject } from './field-object';
import { EmulatedRange } from './range';

export interface ConditionalFormatBinding {
  sheetId: string;
  record: ConditionalFormatRecord;
}

function sheetOf(state: WorkbookState, binding: ConditionalFormatBinding, location: string): SheetRecord {
  const sheet = state.requireSheet(binding.sheetId, location);
  if (!sheet.conditionalFormats.includes(binding.record)) throw itemNotFound('conditional format (deleted)', location);
  return sheet;
}

const colorField = (key: 'fillColor' | 'fontColor'): Field<ConditionalFormatBinding> => ({
  read: (b) => b.record.format[key] ?? null,
  write: (b, v, state, location) => {
    const color = normalizeColor(v);
    if (!color) throw invalidArgument(`"${String(v)}" is not a color`, location);
    setConditionalStyle(state, b.record, { [key]: color });
  },
});

const flagField = (key: 'bold' | 'italic'): Field<ConditionalFormatBinding> => ({
  read: (b) => b.record.format[key] ?? null,
  write: (b, v, state, location) => setConditionalStyle(state, b.record, { [key]: expectBoolean(v, key, location) }),
});

function clearStyle(state: WorkbookState, record: ConditionalFormatRecord, keys: (keyof ConditionalFormatStyle)[]): void {
  const next = { ...record.format };
  for (const key of keys) delete next[key];
  record.format = next;
  state.touch();
}

export class EmulatedConditionalRangeFill extends FieldObject<ConditionalFormatBinding> implements Pick<Excel.ConditionalRangeFill, 'color'> {
  override get _typeName(): string {
    return 'ConditionalRangeFill';
  }
  _fieldTable() {
    return { color: colorField('fillColor') };
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._setField('color', value);
  }
  clear(): void {
    this._invoke('clear', [], (state, b) => clearStyle(state, b.record, ['fillColor']));
  }
}

export class EmulatedConditionalRangeFont extends FieldObject<ConditionalFormatBinding> implements Pick<Excel.ConditionalRangeFont, 'color' | 'bold' | 'italic'> {
  override get _typeName(): string {
    return 'ConditionalRangeFont';
  }
  _fieldTable() {
    return { color: colorField('fontColor'), bold: flagField('bold'), italic: flagField('italic') };
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._setField('color', value);
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this._setField('bold', value);
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this._setField('italic', value);
  }
  clear(): void {
    this._invoke('clear', [], (state, b) => clearStyle(state, b.record, ['fontColor', 'bold', 'italic']));
  }
}

export class EmulatedConditionalRangeFormat extends FieldObject<ConditionalFormatBinding> implements Pick<Excel.ConditionalRangeFormat, 'numberFormat'> {
  override get _typeName(): string {
    return 'ConditionalRangeFormat';
  }
  _fieldTable(): Record<string, Field<ConditionalFormatBinding>> {
    return {
      numberFormat: {
        read: (b) => b.record.format.numberFormat ?? null,
        write: (b, v, state, location) => {
          if (typeof v !== 'string') throw invalidArgument('numberFormat must be text', location);
          setConditionalStyle(state, b.record, { numberFormat: v });
        },
      },
    };
  }
  override _navigationNames(): readonly string[] {
    return ['fill', 'font'];
  }
  get fill(): EmulatedConditionalRangeFill {
    return this._nav('fill', () => new EmulatedConditionalRangeFill({ context: this._context, parent: this, path: 'fill', resolve: (_s, b) => b as ConditionalFormatBinding }));
  }
  get font(): EmulatedConditionalRangeFont {
    return this._nav('font', () => new EmulatedConditionalRangeFont({ context: this._context, parent: this, path: 'font', resolve: (_s, b) => b as ConditionalFormatBinding }));
  }
  get numberFormat(): any {
    return this._get('numberFormat');
  }
  set numberFormat(value: any) {
    this._setField('numberFormat', value);
  }
}

/** The rule object of a custom conditional format: `cf.custom.rule.formula = "=..."`. */
export class EmulatedConditionalFormatRule extends FieldObject<ConditionalFormatBinding> implements Pick<Excel.ConditionalFormatRule, 'formula'> {
  override get _typeName(): string {
    return 'ConditionalFormatRule';
  }
  _fieldTable(): Record<string, Field<ConditionalFormatBinding>> {
    return {
      formula: {
        read: (b) => (b.record.rule?.kind === 'Custom' ? b.record.rule.formula : ''),
        write: (b, v, state, location) => setCustomFormula(state, b.record, v, location),
      },
    };
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(value: string) {
    this._setField('formula', value);
  }
}

/** cellValue / textComparison / custom: a format plus a rule. */
abstract class KindPart extends FieldObject<ConditionalFormatBinding> {
  override _navigationNames(): readonly string[] {
    return ['format'];
  }
  get format(): EmulatedConditionalRangeFormat {
    return this._nav('format', () => new EmulatedConditionalRangeFormat({ context: this._context, parent: this, path: 'format', resolve: (_s, b) => b as ConditionalFormatBinding }));
  }
}

export class EmulatedCellValueConditionalFormat extends KindPart {
  override get _typeName(): string {
    return 'CellValueConditionalFormat';
  }
  _fieldTable(): Record<string, Field<ConditionalFormatBinding>> {
    return {
      rule: {
        read: (b) => (b.record.rule?.kind === 'CellValue' ? { formula1: b.record.rule.formula1, formula2: b.record.rule.formula2, operator: b.record.rule.operator } : null),
        write: (b, v, state, location) => setCellValueRule(state, b.record, v, location),
      },
    };
  }
  get rule(): Excel.ConditionalCellValueRule {
    return this._get('rule');
  }
  set rule(value: Excel.ConditionalCellValueRule) {
    this._setField('rule', value);
  }
}

export class EmulatedTextConditionalFormat extends KindPart {
  override get _typeName(): string {
    return 'TextConditionalFormat';
  }
  _fieldTable(): Record<string, Field<ConditionalFormatBinding>> {
    return {
      rule: {
        read: (b) => (b.record.rule?.kind === 'ContainsText' ? { operator: b.record.rule.operator, text: b.record.rule.text } : null),
        write: (b, v, state, location) => setTextRule(state, b.record, v, location),
      },
    };
  }
  get rule(): Excel.ConditionalTextComparisonRule {
    return this._get('rule');
  }
  set rule(value: Excel.ConditionalTextComparisonRule) {
    this._setField('rule', value);
  }
}

export class EmulatedCustomConditionalFormat extends KindPart {
  override get _typeName(): string {
    return 'CustomConditionalFormat';
  }
  _fieldTable(): Record<string, Field<ConditionalFormatBinding>> {
    return {};
  }
  override _navigationNames(): readonly string[] {
    return ['format', 'rule'];
  }
  get rule(): EmulatedConditionalFormatRule {
    return this._nav('rule', () => new EmulatedConditionalFormatRule({ context: this._context, parent: this, path: 'rule', resolve: (_s, b) => b as ConditionalFormatBinding }));
  }
}

const KIND_PROPERTY: Record<ConditionalFormatKind, string> = { CellValue: 'cellValue', ContainsText: 'textComparison', Custom: 'custom' };

export class EmulatedConditionalFormat extends FieldObject<ConditionalFormatBinding> implements Pick<Excel.ConditionalFormat, 'id' | 'type' | 'priority' | 'stopIfTrue'> {
  override get _typeName(): string {
    return 'ConditionalFormat';
  }
  _fieldTable(): Record<string, Field<ConditionalFormatBinding>> {
    return {
      id: { read: (b) => b.record.id },
      type: { read: (b) => b.record.kind },
      priority: {
        read: (b, state) => sheetOf(state, b, 'ConditionalFormat.priority').conditionalFormats.indexOf(b.record),
        write: (b, v, state, location) => {
          const list = sheetOf(state, b, location).conditionalFormats;
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw invalidArgument('priority must be an integer >= 0', location);
          list.splice(list.indexOf(b.record), 1);
          list.splice(Math.min(v, list.length), 0, b.record);
        },
      },
      stopIfTrue: { read: (b) => b.record.stopIfTrue, write: (b, v, _s, location) => (b.record.stopIfTrue = expectBoolean(v, 'stopIfTrue', location)) },
    };
  }
  override _navigationNames(): readonly string[] {
    return ['cellValue', 'textComparison', 'custom'];
  }
  /** The type-specific part; asking for a part of another type fails at sync, naming both types. */
  private kind<C>(kind: ConditionalFormatKind, create: (resolve: (state: WorkbookState, b: unknown) => ConditionalFormatBinding) => C): C {
    const name = KIND_PROPERTY[kind];
    return this._nav(name, () =>
      create((_state, b) => {
        const binding = b as ConditionalFormatBinding;
        if (binding.record.kind !== kind) {
          throw invalidArgument(`this conditional format is ${binding.record.kind}, it has no ${name}`, `ConditionalFormat.${name}`);
        }
        return binding;
      }) as never,
    );
  }
  get cellValue(): EmulatedCellValueConditionalFormat {
    return this.kind('CellValue', (resolve) => new EmulatedCellValueConditionalFormat({ context: this._context, parent: this, path: 'cellValue', resolve }));
  }
  get textComparison(): EmulatedTextConditionalFormat {
    return this.kind('ContainsText', (resolve) => new EmulatedTextConditionalFormat({ context: this._context, parent: this, path: 'textComparison', resolve }));
  }
  get custom(): EmulatedCustomConditionalFormat {
    return this.kind('Custom', (resolve) => new EmulatedCustomConditionalFormat({ context: this._context, parent: this, path: 'custom', resolve }));
  }
  get id(): string {
    return this._get('id');
  }
  get type(): Excel.ConditionalFormat['type'] {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(value: number) {
    this._setField('priority', value);
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this._setField('stopIfTrue', value);
  }
  getRange(): EmulatedRange {
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path: 'getRange()',
      resolve: (state, b) => {
        const binding = b as ConditionalFormatBinding;
        sheetOf(state, binding, 'ConditionalFormat.getRange');
        return { sheetId: binding.sheetId, rect: binding.record.rect };
      },
    });
  }
  delete(): void {
    this._invoke('delete', [], (state, b, location) => deleteConditionalFormat(state, sheetOf(state, b, location), b.record));
  }
}

export class EmulatedConditionalFormatCollection extends ClientCollection<RangeBinding, ConditionalFormatBinding, EmulatedConditionalFormat> {
  override get _typeName(): string {
    return 'ConditionalFormatCollection';
  }
  override _itemBindings(binding: RangeBinding, state: WorkbookState): ConditionalFormatBinding[] {
    const sheet = state.requireSheet(binding.sheetId, 'ConditionalFormatCollection.items');
    return sheet.conditionalFormats.filter((cf) => rectsIntersect(cf.rect, binding.rect)).map((record) => ({ sheetId: sheet.id, record }));
  }
  override _createItem(binding: ConditionalFormatBinding): EmulatedConditionalFormat {
    return new EmulatedConditionalFormat({ context: this._context, parent: this, path: `getItem(${binding.record.id})`, resolve: () => binding, binding });
  }
  /** add(type) for CellValue, ContainsText or Custom; other types throw "not emulated" at once. */
  add(type: Excel.ConditionalFormatType | string): EmulatedConditionalFormat {
    const kind = checkKind(type);
    return new EmulatedConditionalFormat({
      context: this._context,
      parent: this,
      path: `add(${kind})`,
      resolve: (state, b) => {
        const binding = b as RangeBinding;
        const sheet = state.requireSheet(binding.sheetId, 'ConditionalFormatCollection.add');
        return { sheetId: sheet.id, record: addConditionalFormat(state, sheet, binding.rect, kind) };
      },
    });
  }
  getItem(id: string): EmulatedConditionalFormat {
    return new EmulatedConditionalFormat({
      context: this._context,
      parent: this,
      path: `getItem(${id})`,
      resolve: (state, b) => {
        const found = this._itemBindings(b as RangeBinding, state).find((cf) => cf.record.id === id);
        if (!found) throw itemNotFound(`conditional format "${id}"`, 'ConditionalFormatCollection.getItem');
        return found;
      },
    });
  }
  getItemAt(index: number): EmulatedConditionalFormat {
    return new EmulatedConditionalFormat({
      context: this._context,
      parent: this,
      path: `getItemAt(${index})`,
      resolve: (state, b) => {
        const found = this._itemBindings(b as RangeBinding, state)[index];
        if (!found) throw itemNotFound(`conditional format at index ${index}`, 'ConditionalFormatCollection.getItemAt');
        return found;
      },
    });
  }
  getCount(): ClientResult<number> {
    return this._invokeForResult('getCount', [], (state, b) => this._itemBindings(b, state).length);
  }
  /** Removes every conditional format that touches this range (Excel clears them from the whole rule). */
  clearAll(): void {
    this._invoke('clearAll', [], (state, b) => {
      const sheet = state.requireSheet(b.sheetId, 'ConditionalFormatCollection.clearAll');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !rectsIntersect(cf.rect, b.rect));
      state.touch();
    });
  }
}
