// Refreshing a sheet the analyst has worked on: which of their input cells to keep, and where they go
// in the new layout. Objective sheets match indicators by name (rows may have been reordered, inserted
// or removed); other sheets keep inputs at the same address.
import { columnLetter, parseCellAddress, rangeAddress } from './address';
import type { SheetLayout } from './layout';
import { layoutSnapshot } from './layout-snapshot';
import { OBJECTIVE_SCHEMA } from './objective-schema';
import { readObjectiveSheet } from './readers';
import { isEmptyEntry, snapshotCell, type SheetSnapshot, type SnapshotValue } from './snapshot';

export interface CarriedInputs {
  /** New address -> what the analyst had entered (formula text or constant). */
  values: Map<string, SnapshotValue>;
  /** Old addresses of non-empty inputs with no place in the new layout (e.g. a removed indicator). */
  dropped: string[];
  /** Last row (1-based) of the old layout's area, to clear before rewriting; 0 when nothing to clear. */
  previousLastRow: number;
  /** Its last column letter: an older layout may be narrower or wider than the new one. */
  previousLastColumn: string;
}

/** The indicator columns the analyst fills: carried to the indicator's new row. */
const INDICATOR_INPUTS = OBJECTIVE_SCHEMA.indicators.filter((field) => field.role === 'input').map((field) => field.key);

/** Addresses of the layout's input cells. */
function inputAddresses(layout: SheetLayout): string[] {
  const addresses: string[] = [];
  for (const block of layout.blocks) {
    const origin = parseCellAddress(block.address);
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.input) addresses.push(rangeAddress({ row: origin.row + r, column: origin.column + c }, 1, 1));
      }),
    );
  }
  return addresses;
}

/** What the analyst entered in a cell: its formula when it has one, else its constant; null when empty. */
function enteredAt(snapshot: SheetSnapshot, address: string): SnapshotValue {
  const cell = snapshotCell(snapshot, address);
  return isEmptyEntry(cell.formula) ? null : cell.formula;
}

function carryByAddress(layout: SheetLayout, previous: SheetSnapshot): CarriedInputs {
  const values = new Map<string, SnapshotValue>();
  for (const address of inputAddresses(layout)) {
    const entry = enteredAt(previous, address);
    if (entry !== null) values.set(address, entry);
  }
  return { values, dropped: [], previousLastRow: 0, previousLastColumn: 'A' };
}

function carryObjective(layout: SheetLayout, previous: SheetSnapshot): CarriedInputs {
  const before = readObjectiveSheet(previous);
  const after = readObjectiveSheet(layoutSnapshot(layout));
  const values = new Map<string, SnapshotValue>();
  const inputs = new Set(inputAddresses(layout));
  const used = new Set<string>();
  const carry = (from: string, to: string) => {
    used.add(from);
    const entry = enteredAt(previous, from);
    if (entry !== null && inputs.has(to)) values.set(to, entry);
  };
  for (const field of OBJECTIVE_SCHEMA.header) {
    if (!before.absentHeader.has(field.key)) carry(before.cells.header[field.key], after.cells.header[field.key]);
  }
  // Indicators by name, in order among equal names; an unnamed row matches the unnamed row at the same index.
  const oldRows = before.objective.indicators.map((indicator, index) => ({ name: indicator.name, row: before.cells.firstIndicatorRow + index }));
  after.objective.indicators.forEach((indicator, index) => {
    const match = oldRows.findIndex((old) => old.name === indicator.name && (indicator.name !== '' || old.row - before.cells.firstIndicatorRow === index));
    if (match < 0) return;
    const oldRow = oldRows.splice(match, 1)[0].row;
    for (const column of INDICATOR_INPUTS) {
      if (before.absentColumns.has(column)) continue;
      carry(`${before.cells.columns[column]}${oldRow}`, `${after.cells.columns[column]}${after.cells.firstIndicatorRow + index}`);
    }
  });
  const dropped: string[] = [];
  for (const old of oldRows) {
    for (const column of INDICATOR_INPUTS.filter((key) => !before.absentColumns.has(key))) {
      const address = `${before.cells.columns[column]}${old.row}`;
      if (!used.has(address) && enteredAt(previous, address) !== null) dropped.push(address);
    }
  }
  const footerRows = Object.values(before.cells.footer).map((address) => parseCellAddress(address).row + 1);
  const lastColumn = Math.max(2, ...Object.values(before.cells.columns).map((letter) => parseCellAddress(`${letter}1`).column));
  return {
    values,
    dropped,
    previousLastRow: Math.max(before.cells.lastIndicatorRow, ...footerRows),
    previousLastColumn: columnLetter(lastColumn),
  };
}

/** The inputs to keep when `layout` replaces the content of `previous` (the same tagged sheet, read before writing). */
export function carriedInputs(layout: SheetLayout, previous: SheetSnapshot): CarriedInputs {
  return layout.tag.kind === 'objective' ? carryObjective(layout, previous) : carryByAddress(layout, previous);
}
