// Excel.Range: values, formulas and formats of a block of cells, and the ways to get other ranges from it.

import {
  boundingRect,
  CellRect,
  formatRect,
  intersectRects,
  isEntireColumns,
  isEntireRows,
  isInsideSheet,
  MAX_COLUMNS,
  MAX_ROWS,
} from '../address';
import { ClientObject } from '../client-object';
import { invalidArgument, itemNotFound } from '../errors';
import type { RangeBinding, WorkbookState } from '../workbook-state';
import { Accessor, withAccessors } from './accessors';
import { EmulatedConditionalFormatCollection } from './conditional-format';
import { EmulatedRangeFormat } from './range-format';
import { EmulatedWorksheet } from './worksheet';
import { resolveAddressOnSheet } from '../resolve-address';

const isInteger = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/** A rectangle checked to lie on the sheet; the reason names the operation and its arguments. */
export function checkedRect(rect: CellRect, what: string, location: string): CellRect {
  if (!isInsideSheet(rect)) throw invalidArgument(`${what} falls outside the sheet (rows 1-${MAX_ROWS}, columns A-XFD)`, location);
  return rect;
}

/** Resolves a Range-or-address argument (getBoundingRect, getIntersection) on the range's sheet. */
function otherRect(state: WorkbookState, self: RangeBinding, other: unknown, location: string): CellRect {
  if (other instanceof EmulatedRange) {
    const binding = other._ensureBinding(state);
    if (binding === null) throw invalidArgument('the other range is a null object', location);
    if (binding.sheetId !== self.sheetId) throw invalidArgument('the ranges are on different sheets', location);
    return binding.rect;
  }
  if (typeof other === 'string') {
    return resolveAddressOnSheet(state, state.requireSheet(self.sheetId, location), other, location);
  }
  throw invalidArgument('expected a Range or an address', location);
}

abstract class RangeBase extends ClientObject<RangeBinding> {}

const cells = (write: 'values' | 'formulas'): Accessor<RangeBinding> => ({
  read: (binding, state, location) => (write === 'values' ? state.readValues(binding, location) : state.readFormulas(binding, location)),
  write: (binding, v, state, location) => state.writeCells(binding, v, write, location),
});

export class EmulatedRange extends withAccessors<Excel.Range>()(RangeBase, {
  address: { read: (binding, state) => state.address(binding) },
  addressLocal: { read: (binding, state) => state.address(binding) },
  cellCount: { read: ({ rect }) => rect.rowCount * rect.colCount },
  columnCount: { read: ({ rect }) => rect.colCount },
  rowCount: { read: ({ rect }) => rect.rowCount },
  columnIndex: { read: ({ rect }) => rect.col },
  rowIndex: { read: ({ rect }) => rect.row },
  /** Computed values; assigning writes constants, and a string starting with "=" becomes a formula, as in Excel. */
  values: cells('values'),
  formulas: cells('formulas'),
  text: { read: (binding, state, location) => state.readText(binding, location) },
  numberFormat: {
    read: (binding, state, location) => state.readNumberFormats(binding, location),
    write: (binding, v, state, location) => state.writeNumberFormats(binding, v, location),
  },
  valueTypes: { read: (binding, state, location) => state.readValueTypes(binding, location) },
  isEntireColumn: { read: ({ rect }) => isEntireColumns(rect) },
  isEntireRow: { read: ({ rect }) => isEntireRows(rect) },
}) {
  override get _typeName(): string {
    return 'Range';
  }

  override _navigationNames(): readonly string[] {
    return ['format', 'worksheet', 'conditionalFormats'];
  }

  get format(): EmulatedRangeFormat {
    return this._nav('format', () => new EmulatedRangeFormat({ context: this._context, parent: this, path: 'format', resolve: (_s, b) => b as RangeBinding }));
  }

  get worksheet(): EmulatedWorksheet {
    return this._nav('worksheet', () => new EmulatedWorksheet({ context: this._context, parent: this, path: 'worksheet', resolve: (_s, b) => (b as RangeBinding).sheetId }));
  }

  get conditionalFormats(): EmulatedConditionalFormatCollection {
    return this._nav('conditionalFormats', () =>
      new EmulatedConditionalFormatCollection({ context: this._context, parent: this, path: 'conditionalFormats', resolve: (_s, b) => b as RangeBinding }),
    );
  }

  /** A range derived from this one when the sync reaches it. */
  private derived(path: string, derive: (rect: CellRect, state: WorkbookState, binding: RangeBinding, location: string) => CellRect | null, args?: readonly unknown[]): EmulatedRange {
    const location = `Range.${path.replace(/\(.*$/, '')}`;
    return new EmulatedRange({
      context: this._context,
      parent: this,
      path,
      args,
      resolve: (state, parent) => {
        const binding = parent as RangeBinding;
        const rect = derive(binding.rect, state, binding, location);
        return rect === null ? null : { sheetId: binding.sheetId, rect };
      },
    });
  }

  getCell(row: number, column: number): EmulatedRange {
    return this.derived(`getCell(${row}, ${column})`, (rect, _s, _b, location) => {
      if (!isInteger(row) || !isInteger(column)) throw invalidArgument('getCell needs integer row and column', location);
      return checkedRect({ row: rect.row + row, col: rect.col + column, rowCount: 1, colCount: 1 }, `getCell(${row}, ${column}) from ${formatRect(rect)}`, location);
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): EmulatedRange {
    return this.derived(`getResizedRange(${deltaRows}, ${deltaColumns})`, (rect, _s, _b, location) => {
      if (!isInteger(deltaRows) || !isInteger(deltaColumns)) throw invalidArgument('getResizedRange needs integer deltas', location);
      const resized = { ...rect, rowCount: rect.rowCount + deltaRows, colCount: rect.colCount + deltaColumns };
      if (resized.rowCount < 1 || resized.colCount < 1) {
        throw invalidArgument(`getResizedRange(${deltaRows}, ${deltaColumns}) would leave ${formatRect(rect)} with no cells`, location);
      }
      return checkedRect(resized, `getResizedRange(${deltaRows}, ${deltaColumns}) of ${formatRect(rect)}`, location);
    });
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): EmulatedRange {
    return this.derived(`getAbsoluteResizedRange(${numRows}, ${numColumns})`, (rect, _s, _b, location) => {
      if (!isInteger(numRows) || !isInteger(numColumns) || numRows < 1 || numColumns < 1) {
        throw invalidArgument('getAbsoluteResizedRange needs positive integer sizes', location);
      }
      return checkedRect({ ...rect, rowCount: numRows, colCount: numColumns }, `getAbsoluteResizedRange(${numRows}, ${numColumns})`, location);
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): EmulatedRange {
    return this.derived(`getOffsetRange(${rowOffset}, ${columnOffset})`, (rect, _s, _b, location) => {
      if (!isInteger(rowOffset) || !isInteger(columnOffset)) throw invalidArgument('getOffsetRange needs integer offsets', location);
      return checkedRect({ ...rect, row: rect.row + rowOffset, col: rect.col + columnOffset }, `getOffsetRange(${rowOffset}, ${columnOffset}) of ${formatRect(rect)}`, location);
    });
  }

  getRow(row: number): EmulatedRange {
    return this.derived(`getRow(${row})`, (rect, _s, _b, location) => {
      if (!isInteger(row) || row < 0 || row >= rect.rowCount) throw invalidArgument(`row ${row} is outside ${formatRect(rect)}`, location);
      return { ...rect, row: rect.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): EmulatedRange {
    return this.derived(`getColumn(${column})`, (rect, _s, _b, location) => {
      if (!isInteger(column) || column < 0 || column >= rect.colCount) throw invalidArgument(`column ${column} is outside ${formatRect(rect)}`, location);
      return { ...rect, col: rect.col + column, colCount: 1 };
    });
  }

  getLastRow(): EmulatedRange {
    return this.derived('getLastRow()', (rect) => ({ ...rect, row: rect.row + rect.rowCount - 1, rowCount: 1 }));
  }

  getLastColumn(): EmulatedRange {
    return this.derived('getLastColumn()', (rect) => ({ ...rect, col: rect.col + rect.colCount - 1, colCount: 1 }));
  }

  getLastCell(): EmulatedRange {
    return this.derived('getLastCell()', (rect) => ({ row: rect.row + rect.rowCount - 1, col: rect.col + rect.colCount - 1, rowCount: 1, colCount: 1 }));
  }

  getEntireColumn(): EmulatedRange {
    return this.derived('getEntireColumn()', (rect) => ({ row: 0, rowCount: MAX_ROWS, col: rect.col, colCount: rect.colCount }));
  }

  getEntireRow(): EmulatedRange {
    return this.derived('getEntireRow()', (rect) => ({ row: rect.row, rowCount: rect.rowCount, col: 0, colCount: MAX_COLUMNS }));
  }

  getRowsBelow(count = 1): EmulatedRange {
    return this.derived(`getRowsBelow(${count})`, (rect, _s, _b, location) =>
      checkedRect({ ...rect, row: rect.row + rect.rowCount, rowCount: count }, `getRowsBelow(${count})`, location),
    );
  }

  getRowsAbove(count = 1): EmulatedRange {
    return this.derived(`getRowsAbove(${count})`, (rect, _s, _b, location) =>
      checkedRect({ ...rect, row: rect.row - count, rowCount: count }, `getRowsAbove(${count})`, location),
    );
  }

  getColumnsAfter(count = 1): EmulatedRange {
    return this.derived(`getColumnsAfter(${count})`, (rect, _s, _b, location) =>
      checkedRect({ ...rect, col: rect.col + rect.colCount, colCount: count }, `getColumnsAfter(${count})`, location),
    );
  }

  getColumnsBefore(count = 1): EmulatedRange {
    return this.derived(`getColumnsBefore(${count})`, (rect, _s, _b, location) =>
      checkedRect({ ...rect, col: rect.col - count, colCount: count }, `getColumnsBefore(${count})`, location),
    );
  }

  getBoundingRect(anotherRange: EmulatedRange | string): EmulatedRange {
    return this.derived('getBoundingRect(...)', (rect, state, binding, location) => boundingRect(rect, otherRect(state, binding, anotherRange, location)), [anotherRange]);
  }

  getIntersection(anotherRange: EmulatedRange | string): EmulatedRange {
    return this.derived('getIntersection(...)', (rect, state, binding, location) => {
      const overlap = intersectRects(rect, otherRect(state, binding, anotherRange, location));
      if (!overlap) throw invalidArgument(`the ranges do not intersect`, location);
      return overlap;
    }, [anotherRange]);
  }

  getIntersectionOrNullObject(anotherRange: EmulatedRange | string): EmulatedRange {
    return this.derived('getIntersectionOrNullObject(...)', (rect, state, binding, location) => intersectRects(rect, otherRect(state, binding, anotherRange, location)), [anotherRange]);
  }

  /** The used part of this range; an unused range gives its top-left cell, as Office.js does. */
  getUsedRange(valuesOnly?: boolean): EmulatedRange {
    return this.derived(`getUsedRange(${valuesOnly ?? ''})`, (rect, state, binding, location) => {
      const used = state.usedRectWithin(state.requireSheet(binding.sheetId, location), rect, valuesOnly === true);
      if (!used) throw itemNotFound(`used cells in ${state.address(binding)}`, location);
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): EmulatedRange {
    return this.derived(`getUsedRangeOrNullObject(${valuesOnly ?? ''})`, (rect, state, binding, location) => {
      return state.usedRectWithin(state.requireSheet(binding.sheetId, location), rect, valuesOnly === true);
    });
  }

  select(): void {
    this._invoke('select', [], (state, binding, location) => state.select(binding, location));
  }

  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    this._invoke('clear', applyTo === undefined ? [] : [applyTo], (state, binding, location) => state.clear(binding, applyTo, location));
  }
}
