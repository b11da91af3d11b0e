// Where to scroll so a cell is in full view below the sticky column letters and right of the sticky row numbers.

/** The grid's sticky headers, in pixels: the column letters' height and the row numbers' width. */
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 44;

export interface ScrollBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** A cell's box in the scrolled content, in pixels, headers included. */
export interface CellBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function axis(scroll: number, size: number, sticky: number, start: number, end: number): number {
  const first = scroll + sticky;
  const last = scroll + size;
  // A cell larger than the view stays put while part of it shows; else its start comes into view.
  if (end - start > size - sticky) return start < last && end > first ? scroll : Math.max(0, start - sticky);
  if (start < first) return Math.max(0, start - sticky);
  if (end > last) return end - size;
  return scroll;
}

/** The scroll position that shows `cell` moving as little as possible (unchanged when it is already in view). */
export function scrollToShow(view: ScrollBox, cell: CellBox, stickyTop: number, stickyLeft: number): { top: number; left: number } {
  return { top: axis(view.top, view.height, stickyTop, cell.top, cell.bottom), left: axis(view.left, view.width, stickyLeft, cell.left, cell.right) };
}
