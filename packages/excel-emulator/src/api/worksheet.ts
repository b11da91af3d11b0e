// Excel.Worksheet, the worksheet collection, freeze panes and worksheet custom properties.

import { CellRect, MAX_COLUMNS, MAX_ROWS } from '../address';
import { ClientCollection, ClientObject, ClientResult } from '../client-object';
import { normalizeColor } from '../colors';
import { invalidArgument, itemNotFound, notEmulated } from '../errors';
import type { SheetRecord } from '../records';
import type { WorkbookState } from '../workbook-state';
import { withAccessors } from './accessors';
import { EmulatedChartCollection } from './chart';
import { EmulatedNamedItemCollection } from './names';
import { checkedRect, EmulatedRange } from './range';
import { areasOnSheet, EmulatedRangeAreas } from './range-areas';
import { EmulatedTableCollection } from './table';
import { resolveAddressOnSheet } from '../resolve-address';
import { copySheet } from '../sheet-copy';

type SheetId = string;

const WHOLE_SHEET: CellRect = { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS };

function sheetOf(state: WorkbookState, id: SheetId, location: string): SheetRecord {
  return state.requireSheet(id, location);
}

abstract class SheetPart extends ClientObject<SheetId> {}

export class EmulatedWorksheet extends withAccessors<Excel.Worksheet>()(SheetPart, {
  name: { read: (id, state, location) => sheetOf(state, id, location).name, write: (id, v, state, location) => state.renameSheet(sheetOf(state, id, location), v, location) },
  id: { read: (id, state, location) => sheetOf(state, id, location).id },
  position: {
    read: (id, state, location) => state.sheets.indexOf(sheetOf(state, id, location)),
    write: (id, v, state, location) => state.moveSheet(sheetOf(state, id, location), v, location),
  },
  visibility: {
    read: (id, state, location) => sheetOf(state, id, location).visibility,
    write: (id, v, state, location) => state.setVisibility(sheetOf(state, id, location), v, location),
  },
  tabColor: {
    read: (id, state, location) => sheetOf(state, id, location).tabColor,
    write: (id, v, state, location) => {
      const sheet = sheetOf(state, id, location);
      if (v === '' || v === null) sheet.tabColor = '';
      else {
        const color = normalizeColor(v);
        if (!color) throw invalidArgument(`tab color "${String(v)}" is not a color`, location);
        sheet.tabColor = color;
      }
      state.touch();
    },
  },
  showGridlines: {
    read: (id, state, location) => sheetOf(state, id, location).showGridlines,
    write: (id, v, state, location) => {
      if (typeof v !== 'boolean') throw invalidArgument('showGridlines must be true or false', location);
      sheetOf(state, id, location).showGridlines = v;
      state.touch();
    },
  },
  standardWidth: { read: () => 8.43 },
  standardHeight: { read: () => 15 },
}) {
  override get _typeName(): string {
    return 'Worksheet';
  }

  override _navigationNames(): readonly string[] {
    return ['customProperties', 'charts', 'tables', 'names', 'freezePanes'];
  }

  override _readScalar(name: string, id: SheetId, state: WorkbookState): unknown {
    sheetOf(state, id, `Worksheet.${name}`);
    return super._readScalar(name, id, state);
  }

  get customProperties(): EmulatedCustomPropertyCollection {
    return this._nav('customProperties', () => new EmulatedCustomPropertyCollection({ context: this._context, parent: this, path: 'customProperties', resolve: (_s, b) => b as SheetId }));
  }
  get charts(): EmulatedChartCollection {
    return this._nav('charts', () => new EmulatedChartCollection({ context: this._context, parent: this, path: 'charts', resolve: (_s, b) => b as SheetId }));
  }
  get tables(): EmulatedTableCollection {
    return this._nav('tables', () => new EmulatedTableCollection({ context: this._context, parent: this, path: 'tables', resolve: (_s, b) => ({ sheetId: b as SheetId }) }));
  }
  get names(): EmulatedNamedItemCollection {
    return this._nav('names', () => new EmulatedNamedItemCollection({ context: this._context, parent: this, path: 'names', resolve: (_s, b) => ({ scopeSheetId: b as SheetId }) }));
  }
  get freezePanes(): EmulatedFreezePanes {
    return this._nav('freezePanes', () => new EmulatedFreezePanes({ context: this._context, parent: this, path: 'freezePanes', resolve: (_s, b) => b as SheetId }));
  }

  private range(path: string, rectOf: (state: WorkbookState, sheet: SheetRecord, location: string) => CellRect | null): EmulatedRange {
    const location = `Worksheet.${path.replace(/\(.*$/, '')}`;
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path,
      resolve: (state, id) => {
        const sheet = sheetOf(state, id as SheetId, location);
        const rect = rectOf(state, sheet, location);
        return rect === null ? null : { sheetId: sheet.id, rect };
      },
    });
  }

  /** getRange("B3:D9"), getRange("C:C"), getRange("MyName") or, without an address, the whole sheet. */
  getRange(address?: string): EmulatedRange {
    return this.range(`getRange(${address ?? ''})`, (state, sheet, location) => {
      if (address === undefined || address === null || address === '') return WHOLE_SHEET;
      if (typeof address !== 'string') throw invalidArgument('getRange needs an address string', location);
      return resolveAddressOnSheet(state, sheet, address, location);
    });
  }

  /** getRanges("A1:B2, D4:D9"): several areas of this sheet, formatted together in one call. */
  getRanges(address?: string): EmulatedRangeAreas {
    const location = 'Worksheet.getRanges';
    return new EmulatedRangeAreas({
      context: this._context,
      parent: this,
      path: `getRanges(${address ?? ''})`,
      resolve: (state, id) => areasOnSheet(state, sheetOf(state, id as SheetId, location), address, location),
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): EmulatedRange {
    return this.range(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`, (_state, _sheet, location) => {
      const all = [startRow, startColumn, rowCount, columnCount];
      if (!all.every((n) => typeof n === 'number' && Number.isInteger(n))) throw invalidArgument('getRangeByIndexes needs integers', location);
      return checkedRect({ row: startRow, col: startColumn, rowCount, colCount: columnCount }, `getRangeByIndexes(${all.join(', ')})`, location);
    });
  }

  getCell(row: number, column: number): EmulatedRange {
    return this.range(`getCell(${row}, ${column})`, (_state, _sheet, location) => {
      if (!Number.isInteger(row) || !Number.isInteger(column)) throw invalidArgument('getCell needs integer row and column', location);
      return checkedRect({ row, col: column, rowCount: 1, colCount: 1 }, `getCell(${row}, ${column})`, location);
    });
  }

  /** The used range; a blank sheet gives A1, as Office.js does. */
  getUsedRange(valuesOnly?: boolean): EmulatedRange {
    return this.range(`getUsedRange(${valuesOnly ?? ''})`, (state, sheet) => state.usedRect(sheet, valuesOnly === true) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): EmulatedRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly ?? ''})`, (state, sheet) => state.usedRect(sheet, valuesOnly === true));
  }

  /** copy(positionType, relativeTo): the new sheet, named "Name (2)", with everything the source shows (ExcelApi 1.7). */
  copy(positionType?: Excel.WorksheetPositionType | 'None' | 'Before' | 'After' | 'Beginning' | 'End', relativeTo?: EmulatedWorksheet): EmulatedWorksheet {
    const location = 'Worksheet.copy';
    return new EmulatedWorksheet({
      context: this._context,
      parent: this,
      path: `copy(${positionType ?? ''})`,
      args: relativeTo === undefined ? undefined : [positionType, relativeTo],
      resolve: (state, id) => {
        const other = relativeTo ? sheetOf(state, relativeTo._ensureBinding(state) as SheetId, location) : null;
        return copySheet(state, sheetOf(state, id as SheetId, location), positionType, other, location).id;
      },
    });
  }

  activate(): void {
    this._invoke('activate', [], (state, id, location) => state.activate(sheetOf(state, id, location), location));
  }

  delete(): void {
    this._invoke('delete', [], (state, id, location) => state.deleteSheet(sheetOf(state, id, location), location));
  }
}

export class EmulatedWorksheetCollection extends ClientCollection<'workbook', SheetId, EmulatedWorksheet> {
  override get _typeName(): string {
    return 'WorksheetCollection';
  }
  override _itemBindings(_binding: 'workbook', state: WorkbookState): SheetId[] {
    return state.sheets.map((s) => s.id);
  }
  override _createItem(id: SheetId): EmulatedWorksheet {
    return new EmulatedWorksheet({ context: this._context, parent: this, path: `getItem(${id})`, resolve: () => id, binding: id });
  }

  private sheet(path: string, find: (state: WorkbookState, location: string) => SheetId | null): EmulatedWorksheet {
    const location = `WorksheetCollection.${path.replace(/\(.*$/, '')}`;
    return new EmulatedWorksheet({ context: this._context, parent: this, path, resolve: (state) => find(state, location) });
  }

  /** Adds a sheet at the end (Excel's API does not activate it); the name follows Excel's rules. */
  add(name?: string): EmulatedWorksheet {
    return this.sheet(`add(${name ?? ''})`, (state, location) => state.addSheet(name, location).id);
  }

  /** By name (case-insensitive) or id; a missing sheet fails the sync with ItemNotFound. */
  getItem(key: string): EmulatedWorksheet {
    return this.sheet(`getItem(${key})`, (state, location) => {
      const sheet = state.sheetByName(key) ?? state.sheetById(key);
      if (!sheet) throw itemNotFound(`worksheet "${key}"`, location);
      return sheet.id;
    });
  }

  getItemOrNullObject(key: string): EmulatedWorksheet {
    return this.sheet(`getItemOrNullObject(${key})`, (state) => (state.sheetByName(key) ?? state.sheetById(key))?.id ?? null);
  }

  getActiveWorksheet(): EmulatedWorksheet {
    return this.sheet('getActiveWorksheet()', (state) => state.activeSheetId);
  }

  getFirst(visibleOnly?: boolean): EmulatedWorksheet {
    return this.sheet('getFirst()', (state) => (visibleOnly ? state.visibleSheets() : state.sheets)[0].id);
  }

  getLast(visibleOnly?: boolean): EmulatedWorksheet {
    return this.sheet('getLast()', (state) => {
      const list = visibleOnly ? state.visibleSheets() : state.sheets;
      return list[list.length - 1].id;
    });
  }

  getCount(visibleOnly?: boolean): ClientResult<number> {
    return this._invokeForResult('getCount', visibleOnly === undefined ? [] : [visibleOnly], (state) => (visibleOnly ? state.visibleSheets() : state.sheets).length);
  }
}

export class EmulatedFreezePanes extends SheetPart {
  override get _typeName(): string {
    return 'WorksheetFreezePanes';
  }
  private setFreeze(name: string, args: unknown[], rows: number, columns: number): void {
    this._invoke(name, args, (state, id, location) => {
      if (![rows, columns].every((n) => Number.isInteger(n) && n >= 0)) throw invalidArgument(`${name} needs a count >= 0`, location);
      sheetOf(state, id, location).freeze = { rows, columns };
      state.touch();
    });
  }
  freezeRows(count = 1): void {
    this.setFreeze('freezeRows', [count], count, 0);
  }
  freezeColumns(count = 1): void {
    this.setFreeze('freezeColumns', [count], 0, count);
  }
  freezeAt(frozenRange: EmulatedRange | string): void {
    if (typeof frozenRange !== 'string') throw notEmulated('WorksheetFreezePanes.freezeAt(Range); pass an address');
    this._invoke('freezeAt', [frozenRange], (state, id, location) => {
      const sheet = sheetOf(state, id, location);
      const rect = resolveAddressOnSheet(state, sheet, frozenRange, location);
      sheet.freeze = { rows: rect.row + rect.rowCount, columns: rect.col + rect.colCount };
      state.touch();
    });
  }
  unfreeze(): void {
    this.setFreeze('unfreeze', [], 0, 0);
  }
  getLocationOrNullObject(): EmulatedRange {
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path: 'getLocationOrNullObject()',
      resolve: (state, id) => {
        const sheet = sheetOf(state, id as SheetId, 'WorksheetFreezePanes.getLocationOrNullObject');
        const { rows, columns } = sheet.freeze;
        if (rows === 0 && columns === 0) return null;
        return {
          sheetId: sheet.id,
          rect: rows > 0 && columns > 0
            ? { row: 0, col: 0, rowCount: rows, colCount: columns }
            : rows > 0
              ? { row: 0, col: 0, rowCount: rows, colCount: MAX_COLUMNS }
              : { row: 0, col: 0, rowCount: MAX_ROWS, colCount: columns },
        };
      },
    });
  }
}

interface CustomPropertyBinding {
  sheetId: SheetId;
  /** Lower-case key. */
  key: string;
}

const MAX_CUSTOM_PROPERTY_KEY = 255;

function propertyRecord(state: WorkbookState, binding: CustomPropertyBinding, location: string) {
  const record = sheetOf(state, binding.sheetId, location).customProperties.get(binding.key);
  if (!record) throw itemNotFound(`custom property "${binding.key}"`, location);
  return record;
}

abstract class CustomPropertyPart extends ClientObject<CustomPropertyBinding> {}

export class EmulatedCustomProperty extends withAccessors<Excel.WorksheetCustomProperty>()(CustomPropertyPart, {
  key: { read: (binding, state, location) => propertyRecord(state, binding, location).key },
  value: {
    read: (binding, state, location) => propertyRecord(state, binding, location).value,
    write: (binding, v, state, location) => {
      if (typeof v !== 'string') throw invalidArgument('a custom property value must be text', location);
      propertyRecord(state, binding, location).value = v;
      state.touch();
    },
  },
}) {
  override get _typeName(): string {
    return 'WorksheetCustomProperty';
  }
  delete(): void {
    this._invoke('delete', [], (state, binding, location) => {
      propertyRecord(state, binding, location);
      sheetOf(state, binding.sheetId, location).customProperties.delete(binding.key);
      state.touch();
    });
  }
}

export class EmulatedCustomPropertyCollection extends ClientCollection<SheetId, CustomPropertyBinding, EmulatedCustomProperty> {
  override get _typeName(): string {
    return 'WorksheetCustomPropertyCollection';
  }
  override _itemBindings(id: SheetId, state: WorkbookState): CustomPropertyBinding[] {
    return [...sheetOf(state, id, 'WorksheetCustomPropertyCollection.items').customProperties.keys()].map((key) => ({ sheetId: id, key }));
  }
  override _createItem(binding: CustomPropertyBinding): EmulatedCustomProperty {
    return new EmulatedCustomProperty({ context: this._context, parent: this, path: `getItem(${binding.key})`, resolve: () => binding, binding });
  }
  private property(path: string, find: (state: WorkbookState, id: SheetId, location: string) => string | null, args?: readonly unknown[]): EmulatedCustomProperty {
    const location = `WorksheetCustomPropertyCollection.${path.replace(/\(.*$/, '')}`;
    return new EmulatedCustomProperty({
      context: this._context,
      parent: this,
      args,
      path,
      resolve: (state, id) => {
        const key = find(state, id as SheetId, location);
        return key === null ? null : { sheetId: id as SheetId, key };
      },
    });
  }
  /** Adds or overwrites (keys are case-insensitive, as in Excel). */
  add(key: string, value: string): EmulatedCustomProperty {
    return this.property(`add(${key})`, (state, id, location) => {
      if (typeof key !== 'string' || key === '' || key.length > MAX_CUSTOM_PROPERTY_KEY) {
        throw invalidArgument(`custom property key must be 1-${MAX_CUSTOM_PROPERTY_KEY} characters of text`, location);
      }
      if (typeof value !== 'string') throw invalidArgument(`custom property "${key}" value must be text, got ${typeof value}`, location);
      sheetOf(state, id, location).customProperties.set(key.toLowerCase(), { key, value });
      state.touch();
      return key.toLowerCase();
    }, [key, value]);
  }
  getItem(key: string): EmulatedCustomProperty {
    return this.property(`getItem(${key})`, (state, id, location) => {
      if (!sheetOf(state, id, location).customProperties.has(String(key).toLowerCase())) throw itemNotFound(`custom property "${key}"`, location);
      return String(key).toLowerCase();
    });
  }
  getItemOrNullObject(key: string): EmulatedCustomProperty {
    return this.property(`getItemOrNullObject(${key})`, (state, id, location) =>
      sheetOf(state, id, location).customProperties.has(String(key).toLowerCase()) ? String(key).toLowerCase() : null,
    );
  }
  getCount(): ClientResult<number> {
    return this._invokeForResult('getCount', [], (state, id, location) => sheetOf(state, id, location).customProperties.size);
  }
}
