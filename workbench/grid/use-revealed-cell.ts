// Keeps the cell the keyboard, the name box or the add-in moved to in view, as Excel scrolls to the active cell.
import * as React from 'react';
import type { CellPosition } from './selection';
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, scrollToShow } from './scroll-target';

export interface RevealedCell {
  sheet: string;
  cell: CellPosition;
  /** Pixel offsets of the rows and columns (one more than there are: the last is the total). */
  rowOffsets: readonly number[];
  columnOffsets: readonly number[];
  /** Changes when rows settle their fitted heights: the cell is brought into view again, it may have moved. */
  layout: unknown;
  onNewSheet(): void;
  onScrolled(scrollTop: number): void;
}

/**
 * A new sheet starts at its top-left, as switching tabs in Excel does; a new cell is brought into view, and again
 * while the rows around it settle, until the user scrolls elsewhere. Returns the grid's scroll handler.
 */
export function useRevealedCell(container: React.RefObject<HTMLElement | null>, target: RevealedCell): (event: React.UIEvent<HTMLElement>) => void {
  const shown = React.useRef({ sheet: '', row: -1, col: -1, pending: false, top: 0, left: 0 });
  const { sheet, cell, rowOffsets, columnOffsets } = target;

  React.useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const state = shown.current;
    if (state.sheet !== sheet) {
      target.onNewSheet();
      element.scrollTop = 0;
      element.scrollLeft = 0;
    }
    if (state.sheet !== sheet || state.row !== cell.row || state.col !== cell.col) Object.assign(state, { sheet, row: cell.row, col: cell.col, pending: true });
    if (!state.pending || cell.row >= rowOffsets.length - 1 || cell.col >= columnOffsets.length - 1) return;
    const box = {
      top: HEADER_HEIGHT + rowOffsets[cell.row],
      bottom: HEADER_HEIGHT + rowOffsets[cell.row + 1],
      left: ROW_HEADER_WIDTH + columnOffsets[cell.col],
      right: ROW_HEADER_WIDTH + columnOffsets[cell.col + 1],
    };
    const view = { top: element.scrollTop, left: element.scrollLeft, width: element.clientWidth, height: element.clientHeight };
    const to = scrollToShow(view, box, HEADER_HEIGHT, ROW_HEADER_WIDTH);
    element.scrollTop = to.top;
    element.scrollLeft = to.left;
    state.top = element.scrollTop;
    state.left = element.scrollLeft;
    target.onScrolled(element.scrollTop);
    // Offsets are rebuilt every render: only a new sheet, cell, sheet size or settled layout moves the view.
  }, [sheet, cell.row, cell.col, rowOffsets.length, columnOffsets.length, target.layout]);

  return (event) => {
    const element = event.currentTarget;
    target.onScrolled(element.scrollTop);
    const state = shown.current;
    // A scroll the user made (not the one above) ends the following.
    if (Math.abs(element.scrollTop - state.top) > 1 || Math.abs(element.scrollLeft - state.left) > 1) state.pending = false;
  };
}
