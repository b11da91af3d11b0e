// A layout rendered as a snapshot (constants and formula texts, nothing computed): how a freshly written
// sheet reads back before recalculation. Lets readers be tested, and compared, without a spreadsheet.
import { parseCellAddress } from './address';
import type { SheetLayout } from './layout';
import type { SheetSnapshot, SnapshotValue } from './snapshot';

export function layoutSnapshot(layout: SheetLayout, sheetName: string = layout.name): SheetSnapshot {
  const formulas: SnapshotValue[][] = [];
  for (const block of layout.blocks) {
    const origin = parseCellAddress(block.address);
    block.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        const target = (formulas[origin.row + r] ??= []);
        target[origin.column + c] = cell?.formula ?? cell?.value ?? '';
      });
    });
  }
  const width = formulas.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const grid: SnapshotValue[][] = [];
  for (let r = 0; r < formulas.length; r++) {
    const row = formulas[r] ?? [];
    grid.push(Array.from({ length: width }, (_, c) => row[c] ?? ''));
  }
  const values = grid.map((row) => row.map((entry) => (typeof entry === 'string' && entry.startsWith('=') ? '' : entry)));
  return { name: sheetName, tag: layout.tag, origin: 'A1', values, formulas: grid };
}
