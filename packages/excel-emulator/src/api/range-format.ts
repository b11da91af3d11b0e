// Range.format and its parts (fill, font): stored per cell, read back uniform-or-null.

import { normalizeColor } from '../colors';
import { ClientObject } from '../client-object';
import { invalidArgument } from '../errors';
import type { EmulatedRequestContext } from '../request-context';
import type { CellFormat, FormatKey } from '../styles';
import { MIXED, type RangeBinding, type WorkbookState } from '../workbook-state';
import { Accessor, withAccessors } from './accessors';
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

/** A property stored as a cell format key: read uniform-or-null over the range, checked and applied at the sync. */
function formatField<K extends FormatKey>(key: K, check: Check, read?: (value: CellFormat[K]) => unknown): Accessor<RangeBinding> {
  return {
    read: (binding, state, location) => {
      const value = state.readFormat(binding, key, location);
      if (value === MIXED) return null;
      return read ? read(value) : value;
    },
    write: (binding, value, state, location) => state.applyFormat(binding, { [key]: check(value, location) }, location),
  };
}

function childInit(context: EmulatedRequestContext, parent: ClientObject<unknown>, path: string) {
  return { context, parent, path, resolve: (_state: WorkbookState, binding: unknown) => binding as RangeBinding };
}

abstract class RangePart extends ClientObject<RangeBinding> {}

export class EmulatedRangeFill extends withAccessors<Excel.RangeFill>()(RangePart, {
  color: formatField('fillColor', checkColor, (v) => v ?? '#FFFFFF'),
}) {
  override get _typeName(): string {
    return 'RangeFill';
  }
  clear(): void {
    this._invoke('clear', [], (state, binding, location) => state.applyFormat(binding, { fillColor: null }, location));
  }
}

export class EmulatedRangeFont extends withAccessors<Excel.RangeFont>()(RangePart, {
  bold: formatField('fontBold', checkBoolean),
  italic: formatField('fontItalic', checkBoolean),
  color: formatField('fontColor', checkColor),
  size: formatField('fontSize', checkNumber(1, 409)),
  name: formatField('fontName', checkText),
  underline: formatField('fontUnderline', checkOneOf(UNDERLINE)),
  strikethrough: formatField('fontStrikethrough', checkBoolean),
}) {
  override get _typeName(): string {
    return 'RangeFont';
  }
}

/** What Range.format and RangeAreas.format share: alignment, fill and font, applied to every area. */
export abstract class RangeFormatParts extends withAccessors<Excel.RangeFormat>()(RangePart, {
  horizontalAlignment: formatField('horizontalAlignment', checkOneOf(HORIZONTAL)),
  verticalAlignment: formatField('verticalAlignment', checkOneOf(VERTICAL)),
  wrapText: formatField('wrapText', checkBoolean),
  indentLevel: formatField('indentLevel', checkNumber(0, 250)),
}) {
  override get _typeName(): string {
    return 'RangeFormat';
  }
  override _navigationNames(): readonly string[] {
    return ['fill', 'font'];
  }
  get fill(): EmulatedRangeFill {
    return this._nav('fill', () => new EmulatedRangeFill(childInit(this._context, this, 'fill')));
  }
  get font(): EmulatedRangeFont {
    return this._nav('font', () => new EmulatedRangeFont(childInit(this._context, this, 'font')));
  }
}

export class EmulatedRangeFormat extends withAccessors<Excel.RangeFormat>()(RangeFormatParts, {
  columnWidth: { read: (binding, state, location) => readColumnWidth(state, binding, location), write: (binding, v, state, location) => setColumnWidth(state, binding, v, location) },
  rowHeight: { read: (binding, state, location) => readRowHeight(state, binding, location), write: (binding, v, state, location) => setRowHeight(state, binding, v, location) },
}) {
  override get _typeName(): string {
    return 'RangeFormat';
  }
  autofitColumns(): void {
    this._invoke('autofitColumns', [], (state, binding, location) => autofitColumns(state, binding, location));
  }
  autofitRows(): void {
    this._invoke('autofitRows', [], (state, binding, location) => autofitRows(state, binding, location));
  }
}
