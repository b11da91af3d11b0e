// Which rows of a tall sheet are on screen: prefix sums of row heights and a binary search, so only those are rendered.

export interface RowWindow {
  /** First and one-past-last rendered row. */
  start: number;
  end: number;
  /** Pixels above and below the rendered rows, kept as spacers so the scrollbar matches the whole sheet. */
  before: number;
  after: number;
}

/** Offsets[i] = top of row i; offsets[n] = total height. */
export function rowOffsets(heightsPx: readonly number[]): number[] {
  const offsets = new Array<number>(heightsPx.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heightsPx.length; i++) offsets[i + 1] = offsets[i] + heightsPx[i];
  return offsets;
}

/** Index of the row that contains pixel `y` (clamped to the rows that exist). */
export function rowAt(offsets: readonly number[], y: number): number {
  const rows = offsets.length - 1;
  if (rows <= 0) return 0;
  let low = 0;
  let high = rows - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid] <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The rows covering [scrollTop, scrollTop + viewport) plus `overscan` rows each side. */
export function visibleRows(offsets: readonly number[], scrollTop: number, viewportPx: number, overscan: number): RowWindow {
  const rows = offsets.length - 1;
  if (rows <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + viewportPx));
  const start = Math.max(0, first - overscan);
  const end = Math.min(rows, last + 1 + overscan);
  return { start, end, before: offsets[start], after: offsets[rows] - offsets[end] };
}
