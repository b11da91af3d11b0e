// Excel.Table and its collections: add, rename, header/body ranges, columns, row count, totals, delete.

import { ClientCollection, ClientObject, ClientResult } from '../client-object';
import { invalidArgument, itemNotFound, notEmulated } from '../errors';
import type { TableRecord } from '../records';
import {
  addTable,
  columnNames,
  columnRect,
  convertTableToRange,
  dataBodyRect,
  deleteTable,
  findTable,
  headerRect,
  renameColumn,
  renameTable,
  requireColumnIndex,
  setShowTotals,
  totalsRect,
} from '../tables';
import type { RangeBinding, WorkbookState } from '../workbook-state';
import { Accessor, withAccessors } from './accessors';
import { EmulatedRange } from './range';
import { EmulatedWorksheet } from './worksheet';
import { resolveAddressOnSheet, resolveQualifiedAddress } from '../resolve-address';

/** Tables are bound to their record; a deleted table fails later use with ItemNotFound. */
function live(state: WorkbookState, table: TableRecord, location: string): TableRecord {
  if (!state.named.isLiveTable(table)) throw itemNotFound(`table "${table.name}" (deleted)`, location);
  return table;
}

abstract class TablePart extends ClientObject<TableRecord> {}

function rangeArgument(state: WorkbookState, address: unknown, defaultSheetId: string | undefined, location: string): RangeBinding {
  if (address instanceof EmulatedRange) {
    const binding = address._ensureBinding(state);
    if (binding === null) throw invalidArgument('the range is a null object', location);
    return binding;
  }
  if (typeof address !== 'string') throw invalidArgument('expected a Range or an address', location);
  if (defaultSheetId !== undefined && !address.includes('!')) {
    return { sheetId: defaultSheetId, rect: resolveAddressOnSheet(state, state.requireSheet(defaultSheetId, location), address, location) };
  }
  if (!address.includes('!')) return { sheetId: state.activeSheetId, rect: resolveAddressOnSheet(state, state.requireSheet(state.activeSheetId, location), address, location) };
  return resolveQualifiedAddress(state, address, location);
}

/** A table option stored as a boolean on the record. */
const tableFlag = (name: 'showBandedRows' | 'showBandedColumns' | 'showFilterButton' | 'highlightFirstColumn' | 'highlightLastColumn'): Accessor<TableRecord> => ({
  read: (table) => table[name],
  write: (table, v, state, location) => {
    if (typeof v !== 'boolean') throw invalidArgument(`${name} must be true or false`, location);
    live(state, table, location)[name] = v;
    state.touch();
  },
});

export class EmulatedTable extends withAccessors<Excel.Table>()(TablePart, {
  name: { read: (table) => table.name, write: (table, v, state, location) => renameTable(state, live(state, table, location), v, location) },
  id: { read: (table) => table.id },
  style: {
    read: (table) => table.style,
    write: (table, v, state, location) => {
      if (typeof v !== 'string' || !/^TableStyle(Light|Medium|Dark)\d{1,2}$|^$/.test(v)) {
        throw invalidArgument(`table style "${String(v)}" is not a built-in style like TableStyleMedium2`, location);
      }
      live(state, table, location).style = v;
      state.touch();
    },
  },
  showTotals: { read: (table) => table.showTotals, write: (table, v, state, location) => setShowTotals(state, live(state, table, location), v, location) },
  showHeaders: {
    read: () => true,
    keep: (value) => {
      if (value !== true) throw notEmulated('Table.showHeaders = false');
    },
  },
  showBandedRows: tableFlag('showBandedRows'),
  showBandedColumns: tableFlag('showBandedColumns'),
  showFilterButton: tableFlag('showFilterButton'),
  highlightFirstColumn: tableFlag('highlightFirstColumn'),
  highlightLastColumn: tableFlag('highlightLastColumn'),
}) {
  override get _typeName(): string {
    return 'Table';
  }
  override _navigationNames(): readonly string[] {
    return ['columns', 'rows', 'worksheet'];
  }
  override _readScalar(name: string, table: TableRecord, state: WorkbookState): unknown {
    live(state, table, `Table.${name}`);
    return super._readScalar(name, table, state);
  }

  get columns(): EmulatedTableColumnCollection {
    return this._nav('columns', () => new EmulatedTableColumnCollection({ context: this._context, parent: this, path: 'columns', resolve: (_s, b) => b as TableRecord }));
  }
  get rows(): EmulatedTableRowCollection {
    return this._nav('rows', () => new EmulatedTableRowCollection({ context: this._context, parent: this, path: 'rows', resolve: (_s, b) => b as TableRecord }));
  }
  get worksheet(): EmulatedWorksheet {
    return this._nav('worksheet', () => new EmulatedWorksheet({ context: this._context, parent: this, path: 'worksheet', resolve: (_s, b) => (b as TableRecord).sheetId }));
  }

  private part(path: string, rectOf: (table: TableRecord) => RangeBinding['rect'] | null): EmulatedRange {
    const location = `Table.${path.replace(/\(.*$/, '')}`;
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path,
      resolve: (state, b) => {
        const table = live(state, b as TableRecord, location);
        const rect = rectOf(table);
        if (rect === null) throw invalidArgument(`table "${table.name}" has no totals row`, location);
        return { sheetId: table.sheetId, rect };
      },
    });
  }
  getRange(): EmulatedRange {
    return this.part('getRange()', (t) => t.rect);
  }
  getHeaderRowRange(): EmulatedRange {
    return this.part('getHeaderRowRange()', headerRect);
  }
  getDataBodyRange(): EmulatedRange {
    return this.part('getDataBodyRange()', dataBodyRect);
  }
  getTotalRowRange(): EmulatedRange {
    return this.part('getTotalRowRange()', totalsRect);
  }
  delete(): void {
    this._invoke('delete', [], (state, table, location) => deleteTable(state, live(state, table, location), location));
  }
  convertToRange(): EmulatedRange {
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path: 'convertToRange()',
      resolve: (state, b) => {
        const table = live(state, b as TableRecord, 'Table.convertToRange');
        convertTableToRange(state, table);
        return { sheetId: table.sheetId, rect: table.rect };
      },
    });
  }
}

interface TableScope {
  /** Present for worksheet.tables; absent for workbook.tables. */
  sheetId?: string;
}

const tablesIn = (state: WorkbookState, scope: TableScope): TableRecord[] =>
  scope.sheetId === undefined ? [...state.named.tables] : state.named.tablesOnSheet(scope.sheetId);

export class EmulatedTableCollection extends withAccessors<Excel.TableCollection>()(ClientCollection<TableScope, TableRecord, EmulatedTable>, {
  count: { read: (scope, state) => tablesIn(state, scope).length },
}) {
  override get _typeName(): string {
    return 'TableCollection';
  }
  override _itemBindings(scope: TableScope, state: WorkbookState): TableRecord[] {
    return tablesIn(state, scope);
  }
  override _createItem(table: TableRecord): EmulatedTable {
    return new EmulatedTable({ context: this._context, parent: this, path: `getItem(${table.name})`, resolve: () => table, binding: table });
  }
  private table(path: string, find: (state: WorkbookState, scope: TableScope, location: string) => TableRecord | null, args?: readonly unknown[]): EmulatedTable {
    const location = `TableCollection.${path.replace(/\(.*$/, '')}`;
    return new EmulatedTable({ context: this._context, parent: this, path, args, resolve: (state, scope) => find(state, scope as TableScope, location) });
  }
  /** add("Sheet1!A1:D5", true) or, on a worksheet, add("A1:D5", true); the first row holds the headers. */
  add(address: EmulatedRange | string, hasHeaders: boolean): EmulatedTable {
    return this.table('add(...)', (state, scope, location) => addTable(state, rangeArgument(state, address, scope.sheetId, location), hasHeaders, location), [address, hasHeaders]);
  }
  getItem(key: string): EmulatedTable {
    return this.table(`getItem(${key})`, (state, scope, location) => {
      const table = findTable(state, key, scope.sheetId);
      if (!table) throw itemNotFound(`table "${key}"`, location);
      return table;
    });
  }
  getItemOrNullObject(key: string): EmulatedTable {
    return this.table(`getItemOrNullObject(${key})`, (state, scope) => findTable(state, key, scope.sheetId) ?? null);
  }
  getItemAt(index: number): EmulatedTable {
    return this.table(`getItemAt(${index})`, (state, scope, location) => {
      const table = this._itemBindings(scope, state)[index];
      if (!table) throw itemNotFound(`table at index ${index}`, location);
      return table;
    });
  }
  getCount(): ClientResult<number> {
    return this._invokeForResult('getCount', [], (state, scope) => this._itemBindings(scope, state).length);
  }
}

interface ColumnBinding {
  table: TableRecord;
  index: number;
}

abstract class ColumnPart extends ClientObject<ColumnBinding> {}

export class EmulatedTableColumn extends withAccessors<Excel.TableColumn>()(ColumnPart, {
  name: {
    read: (b, state, location) => columnNames(state, b.table, location)[b.index],
    write: (b, v, state, location) => renameColumn(state, live(state, b.table, location), b.index, v, location),
  },
  index: { read: (b) => b.index },
  id: { read: (b) => b.index + 1 },
  values: { read: (b, state, location) => state.readValues({ sheetId: b.table.sheetId, rect: columnRect(b.table, b.index) }, location) },
}) {
  override get _typeName(): string {
    return 'TableColumn';
  }
  override _readScalar(name: string, binding: ColumnBinding, state: WorkbookState): unknown {
    live(state, binding.table, `TableColumn.${name}`);
    return super._readScalar(name, binding, state);
  }
  private part(path: string, rectOf: (table: TableRecord, index: number) => RangeBinding['rect'] | null): EmulatedRange {
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path,
      resolve: (state, b) => {
        const { table, index } = b as ColumnBinding;
        live(state, table, `TableColumn.${path}`);
        const rect = rectOf(table, index);
        if (rect === null) throw invalidArgument(`table "${table.name}" has no totals row`, `TableColumn.${path}`);
        return { sheetId: table.sheetId, rect };
      },
    });
  }
  getRange(): EmulatedRange {
    return this.part('getRange()', columnRect);
  }
  getHeaderRowRange(): EmulatedRange {
    return this.part('getHeaderRowRange()', (t, i) => ({ ...headerRect(t), col: t.rect.col + i, colCount: 1 }));
  }
  getDataBodyRange(): EmulatedRange {
    return this.part('getDataBodyRange()', (t, i) => ({ ...dataBodyRect(t), col: t.rect.col + i, colCount: 1 }));
  }
  getTotalRowRange(): EmulatedRange {
    return this.part('getTotalRowRange()', (t, i) => {
      const totals = totalsRect(t);
      return totals ? { ...totals, col: t.rect.col + i, colCount: 1 } : null;
    });
  }
}

export class EmulatedTableColumnCollection extends withAccessors<Excel.TableColumnCollection>()(ClientCollection<TableRecord, ColumnBinding, EmulatedTableColumn>, {
  count: { read: (table, state, location) => live(state, table, location).rect.colCount },
}) {
  override get _typeName(): string {
    return 'TableColumnCollection';
  }
  override _itemBindings(table: TableRecord, state: WorkbookState): ColumnBinding[] {
    return Array.from({ length: live(state, table, 'TableColumnCollection.items').rect.colCount }, (_, index) => ({ table, index }));
  }
  override _createItem(binding: ColumnBinding): EmulatedTableColumn {
    return new EmulatedTableColumn({ context: this._context, parent: this, path: `getItemAt(${binding.index})`, resolve: () => binding, binding });
  }
  getItemAt(index: number): EmulatedTableColumn {
    return new EmulatedTableColumn({
      context: this._context,
      parent: this,
      path: `getItemAt(${index})`,
      resolve: (state, b) => {
        const table = live(state, b as TableRecord, 'TableColumnCollection.getItemAt');
        return { table, index: requireColumnIndex(state, table, index, 'TableColumnCollection.getItemAt') };
      },
    });
  }
  /** By header name (case-insensitive) or by id (1-based). */
  getItem(key: string | number): EmulatedTableColumn {
    return this.byKey(`getItem(${key})`, key, true);
  }
  getItemOrNullObject(key: string | number): EmulatedTableColumn {
    return this.byKey(`getItemOrNullObject(${key})`, key, false);
  }
  private byKey(path: string, key: string | number, required: boolean): EmulatedTableColumn {
    const location = `TableColumnCollection.${path.replace(/\(.*$/, '')}`;
    return new EmulatedTableColumn({
      context: this._context,
      parent: this,
      path,
      resolve: (state, b) => {
        const table = live(state, b as TableRecord, location);
        const names = columnNames(state, table, location);
        const index = typeof key === 'number' ? key - 1 : names.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
        if (index < 0 || index >= names.length) {
          if (required) throw itemNotFound(`column "${key}" of table "${table.name}"`, location);
          return null;
        }
        return { table, index };
      },
    });
  }
  add(): never {
    throw notEmulated('TableColumnCollection.add');
  }
}

export class EmulatedTableRowCollection extends withAccessors<Excel.TableRowCollection>()(ClientCollection<TableRecord, never, never>, {
  count: { read: (table, state, location) => dataBodyRect(live(state, table, location)).rowCount },
}) {
  override get _typeName(): string {
    return 'TableRowCollection';
  }
  override _itemBindings(): never[] {
    throw notEmulated('TableRowCollection.items (load count, or read getDataBodyRange().values)');
  }
  override _createItem(): never {
    throw notEmulated('TableRow');
  }
  getCount(): ClientResult<number> {
    return this._invokeForResult('getCount', [], (state, table) => dataBodyRect(live(state, table, 'TableRowCollection.getCount')).rowCount);
  }
}
