// What src/excel/ reads from a worksheet, as plain data the readers can work on without Excel.
import { cellAddress, parseCellAddress, type CellPosition } from './address';
import type { ObjectiveCells } from './objective-geometry';
import type { SheetTag } from './tags';

/** A computed cell value as Office.js gives it: number, text, boolean; errors as "#VALUE!"-like text; "" for empty. */
export type SnapshotValue = string | number | boolean | null;

export interface SheetSnapshot {
  name: string;
  tag: SheetTag | null;
  /** Address of values[0][0] (the used range's top-left), e.g. "A1". */
  origin: string;
  /** Computed values. */
  values: SnapshotValue[][];
  /** Formulas, or the constants as entered. */
  formulas: SnapshotValue[][];
  /**
   * Set when only an objective sheet's needed cells were read, at places its table and named items confirmed: the
   * readers take the places from here, as the labels were not read (objective-targets.ts).
   */
  cells?: ObjectiveCells;
}

export interface SnapshotCell {
  address: string;
  value: SnapshotValue;
  formula: SnapshotValue;
}

/** The cell at an absolute position; empty when outside the snapshot. */
export function snapshotCellAt(snapshot: SheetSnapshot, position: CellPosition): SnapshotCell {
  const origin = parseCellAddress(snapshot.origin);
  const row = position.row - origin.row;
  const column = position.column - origin.column;
  const value = snapshot.values[row]?.[column];
  const formula = snapshot.formulas[row]?.[column];
  return {
    address: cellAddress(position),
    value: value === undefined ? '' : value,
    formula: formula === undefined ? '' : formula,
  };
}

export function snapshotCell(snapshot: SheetSnapshot, address: string): SnapshotCell {
  return snapshotCellAt(snapshot, parseCellAddress(address));
}

/** Number of the last row (1-based) the snapshot covers. */
export function snapshotLastRow(snapshot: SheetSnapshot): number {
  return parseCellAddress(snapshot.origin).row + snapshot.values.length;
}

/** True for an empty cell or one holding only spaces. */
export function isEmptyEntry(entry: SnapshotValue | undefined): boolean {
  return entry === null || entry === undefined || (typeof entry === 'string' && entry.trim() === '');
}

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|FIELD!|LIC!|CYCLE!|ERROR!)/;

/** True when a computed value is an Excel error ("#VALUE!", "#N/A", ...). */
export function isErrorValue(value: SnapshotValue | undefined): value is string {
  return typeof value === 'string' && ERROR_TEXT.test(value);
}
