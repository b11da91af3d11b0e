// Range.conditionalFormats: cell-value, text and custom-formula rules with fill and font formats, recorded.

import { rectsIntersect } from '../address';
import { ClientCollection, ClientObject, ClientResult } from '../client-object';
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
import { expectBoolean, recordField, withAccessors } from './accessors';
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

abstract class RulePart extends ClientObject<ConditionalFormatBinding> {}

const colorField = (key: 'fillColor' | 'fontColor') =>
  recordField<ConditionalFormatBinding>(
    (b) => b.record.format[key] ?? null,
    (b, v, state, location) => {
      const color = normalizeColor(v);
      if (!color) throw invalidArgument(`"${String(v)}" is not a color`, location);
      setConditionalStyle(state, b.record, { [key]: color });
    },
  );

const flagField = (key: 'bold' | 'italic') =>
  recordField<ConditionalFormatBinding>(
    (b) => b.record.format[key] ?? null,
    (b, v, state, location) => setConditionalStyle(state, b.record, { [key]: expectBoolean(v, key, location) }),
  );

function clearStyle(state: WorkbookState, record: ConditionalFormatRecord, keys: (keyof ConditionalFormatStyle)[]): void {
  const next = { ...record.format };
  for (const key of keys) delete next[key];
  record.format = next;
  state.touch();
}

export class EmulatedConditionalRangeFill extends withAccessors<Excel.ConditionalRangeFill>()(RulePart, { color: colorField('fillColor') }) {
  override get _typeName(): string {
    return 'ConditionalRangeFill';
  }
  clear(): void {
    this._invoke('clear', [], (state, b) => clearStyle(state, b.record, ['fillColor']));
  }
}

export class EmulatedConditionalRangeFont extends withAccessors<Excel.ConditionalRangeFont>()(RulePart, {
  color: colorField('fontColor'),
  bold: flagField('bold'),
  italic: flagField('italic'),
}) {
  override get _typeName(): string {
    return 'ConditionalRangeFont';
  }
  clear(): void {
    this._invoke('clear', [], (state, b) => clearStyle(state, b.record, ['fontColor', 'bold', 'italic']));
  }
}

export class EmulatedConditionalRangeFormat extends withAccessors<Excel.ConditionalRangeFormat>()(RulePart, {
  numberFormat: recordField(
    (b) => b.record.format.numberFormat ?? null,
    (b, v, state, location) => {
      if (typeof v !== 'string') throw invalidArgument('numberFormat must be text', location);
      setConditionalStyle(state, b.record, { numberFormat: v });
    },
  ),
}) {
  override get _typeName(): string {
    return 'ConditionalRangeFormat';
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
}

/** The rule object of a custom conditional format: `cf.custom.rule.formula = "=..."`. */
export class EmulatedConditionalFormatRule extends withAccessors<Excel.ConditionalFormatRule>()(RulePart, {
  formula: recordField(
    (b) => (b.record.rule?.kind === 'Custom' ? b.record.rule.formula : ''),
    (b, v, state, location) => setCustomFormula(state, b.record, v, location),
  ),
}) {
  override get _typeName(): string {
    return 'ConditionalFormatRule';
  }
}

/** cellValue / textComparison / custom: a format plus a rule. */
abstract class KindPart extends RulePart {
  override _navigationNames(): readonly string[] {
    return ['format'];
  }
  get format(): EmulatedConditionalRangeFormat {
    return this._nav('format', () => new EmulatedConditionalRangeFormat({ context: this._context, parent: this, path: 'format', resolve: (_s, b) => b as ConditionalFormatBinding }));
  }
}

export class EmulatedCellValueConditionalFormat extends withAccessors<Excel.CellValueConditionalFormat>()(KindPart, {
  rule: recordField(
    (b) => (b.record.rule?.kind === 'CellValue' ? { formula1: b.record.rule.formula1, formula2: b.record.rule.formula2, operator: b.record.rule.operator } : null),
    (b, v, state, location) => setCellValueRule(state, b.record, v, location),
  ),
}) {
  override get _typeName(): string {
    return 'CellValueConditionalFormat';
  }
}

export class EmulatedTextConditionalFormat extends withAccessors<Excel.TextConditionalFormat>()(KindPart, {
  rule: recordField(
    (b) => (b.record.rule?.kind === 'ContainsText' ? { operator: b.record.rule.operator, text: b.record.rule.text } : null),
    (b, v, state, location) => setTextRule(state, b.record, v, location),
  ),
}) {
  override get _typeName(): string {
    return 'TextConditionalFormat';
  }
}

export class EmulatedCustomConditionalFormat extends KindPart {
  override get _typeName(): string {
    return 'CustomConditionalFormat';
  }
  override _navigationNames(): readonly string[] {
    return ['format', 'rule'];
  }
  get rule(): EmulatedConditionalFormatRule {
    return this._nav('rule', () => new EmulatedConditionalFormatRule({ context: this._context, parent: this, path: 'rule', resolve: (_s, b) => b as ConditionalFormatBinding }));
  }
}

const KIND_PROPERTY: Record<ConditionalFormatKind, string> = { CellValue: 'cellValue', ContainsText: 'textComparison', Custom: 'custom' };

export class EmulatedConditionalFormat extends withAccessors<Excel.ConditionalFormat>()(RulePart, {
  id: recordField((b) => b.record.id),
  type: recordField((b) => b.record.kind),
  priority: recordField(
    (b, state) => sheetOf(state, b, 'ConditionalFormat.priority').conditionalFormats.indexOf(b.record),
    (b, v, state, location) => {
      const list = sheetOf(state, b, location).conditionalFormats;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw invalidArgument('priority must be an integer >= 0', location);
      list.splice(list.indexOf(b.record), 1);
      list.splice(Math.min(v, list.length), 0, b.record);
    },
  ),
  stopIfTrue: recordField((b) => b.record.stopIfTrue, (b, v, _s, location) => (b.record.stopIfTrue = expectBoolean(v, 'stopIfTrue', location))),
}) {
  override get _typeName(): string {
    return 'ConditionalFormat';
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
