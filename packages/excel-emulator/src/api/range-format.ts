// Range.format and its parts (fill, font): stored per cell, read back uniform-or-null.

import { normalizeColor } from '../colors';
import { ClientObject } from '../client-object';
import { invalidArgument, notEmulated } from '../errors';
import type { EmulatedRequestContext } from '../request-context';
import { CellFormat, FormatKey, FormatPatch } from '../styles';
import { MIXED, type RangeBinding, type WorkbookState } from '../workbook-state';
import { autofitColumns, autofitRows, readColumnWidth, readRowHeight, setColumnWidth, setRowHeight } from '../row-column-sizes';

type Check = (value: unknown, location: string) => unknown;

const checkColor: Check = (value, location) => {
  const color = normalizeColor(value);
  if (!color) throw invalidArgument(`"${String(value)}" is not a color ("#RRGGBB" or an HTML color name)`, location);
  return color;
};
const checkBoolean: Check = (value, location) => {
  if (typeof value !== 'boolean') throw invalidArgument(`${String(value)} must be true or false`, location);
  return value;
};
const checkNumber = (min: number, max: number): Check => (value, location) => {
  if (typeof value !== 'number' || !(value >= min && value <= max)) throw invalidArgument(`${String(value)} must be a number from ${min} to ${max}`, location);
  return value;
};
const checkOneOf = (allowed: readonly string[]): Check => (value, location) => {
  if (typeof value !== 'string' || !allowed.includes(value)) throw invalidArgument(`"${String(value)}" must be one of ${allowed.join(', ')}`, location);
  return value;
};
const checkText: Check = (value, location) => {
  if (typeof value !== 'string' || value === '') throw invalidArgument(`${String(value)} must be non-empty text`, location);
  return value;
};

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];

/** A format object whose scalars map onto stored CellFormat keys. */
abstract class CellFormatPart extends ClientObject<RangeBinding> {
  abstract _fields(): Readonly<Record<string, { key: FormatKey; check: Check; read?: (v: CellFormat[FormatKey]) => unknown }>>;

  override _scalarNames(): readonly string[] {
    return Object.keys(this._fields());
  }

  override _readScalar(name: string, binding: RangeBinding, state: WorkbookState): unknown {
    const field = this._fields()[name];
    if (!field) throw notEmulated(`${this._typeName}.${name}`);
    const value = state.readFormat(binding, field.key, `${this._typeName}.${name}`);
    if (value === MIXED) return null;
    return field.read ? field.read(value) : value;
  }

  _setField(name: string, value: unknown): void {
    const field = this._fields()[name];
    this._set(name, value, (state, binding, v, location) => {
      const patch: FormatPatch = { [field.key]: field.check(v, location) };
      state.applyFormat(binding, patch, location);
    });
  }
}

function childInit(context: EmulatedRequestContext, parent: ClientObject<unknown>, path: string) {
  return { context, parent, path, resolve: (_state: WorkbookState, binding: unknown) => binding as RangeBinding };
}

export class EmulatedRangeFill extends CellFormatPart implements Pick<Excel.RangeFill, 'color'> {
  override get _typeName(): string {
    return 'RangeFill';
  }
  _fields() {
    return { color: { key: 'fillColor' as const, check: checkColor, read: (v: unknown) => v ?? '#FFFFFF' } };
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._setField('color', value);
  }
  clear(): void {
    this._invoke('clear', [], (state, binding, location) => state.applyFormat(binding, { fillColor: null }, location));
  }
}

export class EmulatedRangeFont extends CellFormatPart
  implements Pick<Excel.RangeFont, 'bold' | 'italic' | 'color' | 'size' | 'name' | 'underline' | 'strikethrough'> {
  override get _typeName(): string {
    return 'RangeFont';
  }
  _fields() {
    return {
      bold: { key: 'fontBold' as const, check: checkBoolean },
      italic: { key: 'fontItalic' as const, check: checkBoolean },
      color: { key: 'fontColor' as const, check: checkColor },
      size: { key: 'fontSize' as const, check: checkNumber(1, 409) },
      name: { key: 'fontName' as const, check: checkText },
      underline: { key: 'fontUnderline' as const, check: checkOneOf(UNDERLINE) },
      strikethrough: { key: 'fontStrikethrough' as const, check: checkBoolean },
    };
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
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._setField('color', value);
  }
  get size(): number {
    return this._get('size');
  }
  set size(value: number) {
    this._setField('size', value);
  }
  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._setField('name', value);
  }
  get underline(): Excel.RangeFont['underline'] {
    return this._get('underline');
  }
  set underline(value: Excel.RangeFont['underline']) {
    this._setField('underline', value);
  }
  get strikethrough(): boolean {
    return this._get('strikethrough');
  }
  set strikethrough(value: boolean) {
    this._setField('strikethrough', value);
  }
}

const FORMAT_FIELDS = {
  horizontalAlignment: { key: 'horizontalAlignment' as const, check: checkOneOf(HORIZONTAL) },
  verticalAlignment: { key: 'verticalAlignment' as const, check: checkOneOf(VERTICAL) },
  wrapText: { key: 'wrapText' as const, check: checkBoolean },
  indentLevel: { key: 'indentLevel' as const, check: checkNumber(0, 250) },
};

export class EmulatedRangeFormat extends CellFormatPart
  implements Pick<Excel.RangeFormat, 'columnWidth' | 'rowHeight' | 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'indentLevel'> {
  override get _typeName(): string {
    return 'RangeFormat';
  }
  _fields() {
    return FORMAT_FIELDS;
  }
  override _scalarNames(): readonly string[] {
    return [...Object.keys(FORMAT_FIELDS), 'columnWidth', 'rowHeight'];
  }
  override _navigationNames(): readonly string[] {
    return ['fill', 'font'];
  }
  override _readScalar(name: string, binding: RangeBinding, state: WorkbookState): unknown {
    if (name === 'columnWidth') return readColumnWidth(state, binding, 'RangeFormat.columnWidth');
    if (name === 'rowHeight') return readRowHeight(state, binding, 'RangeFormat.rowHeight');
    return super._readScalar(name, binding, state);
  }
  get fill(): EmulatedRangeFill {
    return this._nav('fill', () => new EmulatedRangeFill(childInit(this._context, this, 'fill')));
  }
  get font(): EmulatedRangeFont {
    return this._nav('font', () => new EmulatedRangeFont(childInit(this._context, this, 'font')));
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(value: Excel.RangeFormat['horizontalAlignment']) {
    this._setField('horizontalAlignment', value);
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(value: Excel.RangeFormat['verticalAlignment']) {
    this._setField('verticalAlignment', value);
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(value: boolean) {
    this._setField('wrapText', value);
  }
  get indentLevel(): number {
    return this._get('indentLevel');
  }
  set indentLevel(value: number) {
    this._setField('indentLevel', value);
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(value: number) {
    this._set('columnWidth', value, (state, binding, v, location) => setColumnWidth(state, binding, v, location));
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(value: number) {
    this._set('rowHeight', value, (state, binding, v, location) => setRowHeight(state, binding, v, location));
  }
  autofitColumns(): void {
    this._invoke('autofitColumns', [], (state, binding, location) => autofitColumns(state, binding, location));
  }
  autofitRows(): void {
    this._invoke('autofitRows', [], (state, binding, location) => autofitRows(state, binding, location));
  }
}
