// Excel's selection: the active cell (where typing goes) and the far corner that Shift+click and Shift+arrows move.

export interface CellPosition {
  row: number;
  col: number;
}

export interface GridSelection {
  /** The active cell: the name box, the formula bar and typing are about it. */
  anchor: CellPosition;
  /** The other corner of the selected rectangle (the anchor itself when one cell is selected). */
  extent: CellPosition;
}

/** A rectangle of cells, 0-based, as the emulator's CellRect. */
export interface CellBlock {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface GridBounds {
  rowCount: number;
  colCount: number;
}

export function singleCell(position: CellPosition): GridSelection {
  return { anchor: position, extent: position };
}

export function selectionBlock({ anchor, extent }: GridSelection): CellBlock {
  const row = Math.min(anchor.row, extent.row);
  const col = Math.min(anchor.col, extent.col);
  return { row, col, rowCount: Math.abs(anchor.row - extent.row) + 1, colCount: Math.abs(anchor.col - extent.col) + 1 };
}

export function blockContains(block: CellBlock, row: number, col: number): boolean {
  return row >= block.row && row < block.row + block.rowCount && col >= block.col && col < block.col + block.colCount;
}

function clamp(position: CellPosition, bounds: GridBounds): CellPosition {
  return { row: Math.min(bounds.rowCount - 1, Math.max(0, position.row)), col: Math.min(bounds.colCount - 1, Math.max(0, position.col)) };
}

/**
 * The selection after an arrow, Tab or Enter: the active cell moves and the selection is that cell; with `extend`
 * (Shift+arrow) the far corner moves and the active cell stays, as in Excel.
 */
export function movedSelection(selection: GridSelection, rowDelta: number, colDelta: number, extend: boolean, bounds: GridBounds): GridSelection {
  if (extend) return { anchor: selection.anchor, extent: clamp({ row: selection.extent.row + rowDelta, col: selection.extent.col + colDelta }, bounds) };
  return singleCell(clamp({ row: selection.anchor.row + rowDelta, col: selection.anchor.col + colDelta }, bounds));
}

/** The rectangle as a selection whose active cell is its top-left corner (what Range.select() or the name box gives). */
export function blockSelection(block: CellBlock): GridSelection {
  return { anchor: { row: block.row, col: block.col }, extent: { row: block.row + block.rowCount - 1, col: block.col + block.colCount - 1 } };
}
