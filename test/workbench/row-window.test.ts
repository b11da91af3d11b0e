// The grid renders only the rows on screen: the window must cover the viewport exactly, with spacers for the rest.
import { rowAt, rowOffsets, visibleRows } from '../../workbench/grid/row-window';

describe('row window of a tall sheet', () => {
  const heights = Array.from({ length: 5000 }, (_, i) => (i % 10 === 0 ? 40 : 20));
  const offsets = rowOffsets(heights);

  test('offsets add up to the sheet height', () => {
    expect(offsets[0]).toBe(0);
    expect(offsets[5000]).toBe(500 * 40 + 4500 * 20);
  });

  test('rowAt finds the row under a pixel, clamped to the sheet', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 39)).toBe(0);
    expect(rowAt(offsets, 40)).toBe(1);
    expect(rowAt(offsets, 10 ** 9)).toBe(4999);
  });

  test('the window covers the viewport plus overscan, and spacers keep the total height', () => {
    const window = visibleRows(offsets, 100_000, 800, 10);
    const first = rowAt(offsets, 100_000);
    const last = rowAt(offsets, 100_800);
    expect(window.start).toBe(first - 10);
    expect(window.end).toBe(last + 11);
    expect(window.before + (offsets[window.end] - offsets[window.start]) + window.after).toBe(offsets[5000]);
  });

  test('a short sheet is rendered whole', () => {
    const small = rowOffsets([20, 20, 20]);
    expect(visibleRows(small, 0, 800, 40)).toEqual({ start: 0, end: 3, before: 0, after: 0 });
  });

  test('an empty sheet renders nothing', () => {
    expect(visibleRows(rowOffsets([]), 0, 800, 40)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
