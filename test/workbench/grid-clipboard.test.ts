// The clipboard's text/plain as spreadsheets write it, and where the grid scrolls to show a cell.
import { parseClipboardText, toClipboardText } from '../../workbench/grid/clipboard-text';
import { scrollToShow } from '../../workbench/grid/scroll-target';

test('a column copied from Excel is one cell per line, the last line break included', () => {
  expect(parseClipboardText('600\r\n49,96\r\n\r\n1.134\r\n31/07/2022\r\n')).toEqual([['600'], ['49,96'], [''], ['1.134'], ['31/07/2022']]);
  expect(parseClipboardText('1\n2\n3')).toEqual([['1'], ['2'], ['3']]);
});

test('a block has tabs between cells and short rows are filled', () => {
  expect(parseClipboardText('a\tb\tc\r\nd\r\n')).toEqual([
    ['a', 'b', 'c'],
    ['d', '', ''],
  ]);
});

test('quoted cells keep their tabs, line breaks and quotes', () => {
  const rows = [['riga 1\nriga 2', 'a\tb', 'detto "così"'], ['=SOMMA(A1;A2)', '', '99,00%']];
  const text = toClipboardText(rows);
  expect(text).toBe('"riga 1\nriga 2"\t"a\tb"\t"detto ""così"""\r\n=SOMMA(A1;A2)\t\t99,00%\r\n');
  expect(parseClipboardText(text)).toEqual(rows);
});

test('an empty clipboard is no cells', () => {
  expect(parseClipboardText('')).toEqual([]);
});

describe('scrolling a cell into view', () => {
  const view = { top: 100, left: 0, width: 800, height: 400 };
  it('does not move for a cell in full view', () => {
    expect(scrollToShow(view, { top: 200, bottom: 220, left: 100, right: 200 }, 22, 44)).toEqual({ top: 100, left: 0 });
  });
  it('brings a cell below or right of the view to its edge, one above or left under the sticky headers', () => {
    expect(scrollToShow(view, { top: 600, bottom: 620, left: 900, right: 1000 }, 22, 44)).toEqual({ top: 220, left: 200 });
    expect(scrollToShow({ ...view, left: 300 }, { top: 50, bottom: 70, left: 100, right: 200 }, 22, 44)).toEqual({ top: 28, left: 56 });
  });
  it('leaves a cell taller than the view where it is while part of it shows', () => {
    expect(scrollToShow(view, { top: 50, bottom: 900, left: 100, right: 200 }, 22, 44).top).toBe(100);
    expect(scrollToShow(view, { top: 1000, bottom: 1900, left: 100, right: 200 }, 22, 44).top).toBe(978);
  });
});
