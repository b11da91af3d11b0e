// Excel's selection and keys on the grid: the active cell moves, Shift moves the far corner, Tab and Enter go on.
import { editEnd, gridAction, type GridKey } from '../../workbench/grid/grid-keys';
import { blockContains, blockSelection, movedSelection, selectionBlock, singleCell } from '../../workbench/grid/selection';

const bounds = { rowCount: 100, colCount: 10 };
const key = (name: string, modifiers: Partial<GridKey> = {}): GridKey => ({ key: name, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

test('an arrow moves the active cell, Shift+arrow the far corner while the active cell stays', () => {
  const start = singleCell({ row: 5, col: 2 });
  expect(movedSelection(start, 1, 0, false, bounds)).toEqual(singleCell({ row: 6, col: 2 }));
  const extended = movedSelection(movedSelection(start, 1, 0, true, bounds), 0, 2, true, bounds);
  expect(extended).toEqual({ anchor: { row: 5, col: 2 }, extent: { row: 6, col: 4 } });
  expect(selectionBlock(extended)).toEqual({ row: 5, col: 2, rowCount: 2, colCount: 3 });
  // Without Shift the range collapses to the cell next to the active one.
  expect(movedSelection(extended, 0, -1, false, bounds)).toEqual(singleCell({ row: 5, col: 1 }));
});

test('the selection stops at the sheet edges', () => {
  expect(movedSelection(singleCell({ row: 0, col: 0 }), -1, -1, false, bounds)).toEqual(singleCell({ row: 0, col: 0 }));
  expect(movedSelection(singleCell({ row: 99, col: 9 }), 1, 1, true, bounds).extent).toEqual({ row: 99, col: 9 });
});

test('a range upwards and leftwards is the same block', () => {
  const block = selectionBlock({ anchor: { row: 8, col: 4 }, extent: { row: 6, col: 1 } });
  expect(block).toEqual({ row: 6, col: 1, rowCount: 3, colCount: 4 });
  expect(blockContains(block, 7, 2)).toBe(true);
  expect(blockContains(block, 9, 2)).toBe(false);
  expect(blockSelection(block)).toEqual({ anchor: { row: 6, col: 1 }, extent: { row: 8, col: 4 } });
});

test.each([
  [key('ArrowDown'), { kind: 'move', rowDelta: 1, colDelta: 0, extend: false }],
  [key('ArrowLeft', { shiftKey: true }), { kind: 'move', rowDelta: 0, colDelta: -1, extend: true }],
  [key('Tab'), { kind: 'move', rowDelta: 0, colDelta: 1, extend: false }],
  [key('Tab', { shiftKey: true }), { kind: 'move', rowDelta: 0, colDelta: -1, extend: false }],
  [key('Enter'), { kind: 'move', rowDelta: 1, colDelta: 0, extend: false }],
  [key('Enter', { shiftKey: true }), { kind: 'move', rowDelta: -1, colDelta: 0, extend: false }],
  [key('F2'), { kind: 'edit' }],
  [key('Delete'), { kind: 'clear' }],
  [key('Backspace'), { kind: 'type', text: '' }],
  [key('Escape'), { kind: 'collapse' }],
  [key('7'), { kind: 'type', text: '7' }],
  [key('='), { kind: 'type', text: '=' }],
])('%j on the grid is %j', (event, action) => {
  expect(gridAction(event)).toEqual(action);
});

test('Ctrl+C, Ctrl+V and other shortcuts are left to the browser (clipboard events)', () => {
  expect(gridAction(key('c', { ctrlKey: true }))).toBeNull();
  expect(gridAction(key('v', { metaKey: true }))).toBeNull();
  expect(gridAction(key('ArrowDown', { ctrlKey: true }))).toBeNull();
});

test('an edit ends with Enter, Tab or Esc; arrows end it only after typing over the content', () => {
  expect(editEnd(key('Enter'), false)).toEqual({ commit: true, rowDelta: 1, colDelta: 0 });
  expect(editEnd(key('Enter', { shiftKey: true }), false)).toEqual({ commit: true, rowDelta: -1, colDelta: 0 });
  expect(editEnd(key('Tab', { shiftKey: true }), true)).toEqual({ commit: true, rowDelta: 0, colDelta: -1 });
  expect(editEnd(key('Escape'), true)).toEqual({ commit: false, rowDelta: 0, colDelta: 0 });
  expect(editEnd(key('ArrowUp'), true)).toEqual({ commit: true, rowDelta: -1, colDelta: 0 });
  expect(editEnd(key('ArrowUp'), false)).toBeNull();
  expect(editEnd(key('a'), true)).toBeNull();
});
