// The formula bar and typing in the display language: Italian formulas for it-IT, English for en-US; constants as
// Italian Excel shows them, and whatever the bar shows, typed back, stores the same value.
import '../../src/engine/functions-metadata-node';
import { createExcelEmulator, type ExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula } from '../../src/engine/hyperformula';
import { entryText, entryToEnUs } from '../../workbench/workbook/cell-entry';
import { clearBlock, copyText, pasteText, writeEntry } from '../../workbench/workbook/workbook-edits';

let emulator: ExcelEmulator;

beforeEach(() => {
  emulator = createExcelEmulator({ hyperformula: createPerfHyperFormula(), locale: 'it-IT', sheets: ['Foglio1'] });
});

test('an Italian formula typed in it-IT is stored in en-US and shown back in Italian', () => {
  writeEntry(emulator, 'Foglio1', { row: 0, col: 1 }, '>= 8', 'it-IT');
  writeEntry(emulator, 'Foglio1', { row: 0, col: 0 }, '23', 'it-IT');
  writeEntry(emulator, 'Foglio1', { row: 0, col: 2 }, '=PERF.RAGGIUNTO(A1;B1)', 'it-IT');
  writeEntry(emulator, 'Foglio1', { row: 1, col: 2 }, '=PERF.ACHIEVED(A1,B1)', 'en-US');
  const italian = emulator.cell('Foglio1', 'C1');
  expect(italian.formula).toBe('=PERF.ACHIEVED(A1,B1)');
  expect(italian.value).toBe(true);
  expect(emulator.cell('Foglio1', 'C2').value).toBe(true);
  expect(entryText(italian, 'it-IT')).toBe('=PERF.RAGGIUNTO(A1;B1)');
  expect(entryText(italian, 'en-US')).toBe('=PERF.ACHIEVED(A1,B1)');
});

test.each([
  ['1,125', 'General', '1,125'],
  ['1.134', 'General', '1134'],
  ['99,12%', 'General', '99,12%'],
  ['7%', '0.00%', '7%'],
  ['31/07/2022', 'dd/mm/yyyy', '31/07/2022'],
  ['VERO', 'General', 'VERO'],
  ['< 75 gg', 'General', '< 75 gg'],
])('%s typed in a %s cell shows %s in the bar, and typing that back keeps the value', async (typed, format, shown) => {
  await emulator.Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Foglio1').getRange('A1').numberFormat = [[format]];
    await context.sync();
  });
  writeEntry(emulator, 'Foglio1', { row: 0, col: 0 }, typed, 'it-IT');
  const cell = emulator.cell('Foglio1', 'A1');
  expect(entryText(cell, 'it-IT')).toBe(shown);
  writeEntry(emulator, 'Foglio1', { row: 0, col: 0 }, entryText(cell, 'it-IT'), 'it-IT');
  expect(emulator.cell('Foglio1', 'A1').value).toBe(cell.value);
});

test('a cell formatted as text keeps a formula-looking entry as text', () => {
  expect(entryToEnUs('=SOMMA(1;2)', 'it-IT', true)).toBe('=SOMMA(1;2)');
  expect(entryToEnUs('1.134', 'it-IT', false)).toBe('1134');
});

test('a pasted column is written from the active cell in one change, read as typed in Italian', () => {
  const changes: string[] = [];
  emulator.onChange((event) => changes.push(event.source));
  const block = pasteText(emulator, 'Foglio1', { row: 1, col: 2 }, '600\r\n49,96\r\n1.134\r\n99%\r\n=SOMMA(C2;C3)\r\n', 'it-IT');
  expect(block).toEqual({ row: 1, col: 2, rowCount: 5, colCount: 1 });
  expect(changes).toEqual(['input']);
  expect(emulator.cells('Foglio1', 'C2:C6').map(([cell]) => cell.value)).toEqual([600, 49.96, 1134, 0.99, 649.96]);
  expect(copyText(emulator, 'Foglio1', { row: 1, col: 2, rowCount: 5, colCount: 1 })).toBe('600\r\n49,96\r\n1134\r\n99%\r\n649,96\r\n');
  clearBlock(emulator, 'Foglio1', { row: 1, col: 2, rowCount: 2, colCount: 1 });
  expect(emulator.cells('Foglio1', 'C2:C4').map(([cell]) => cell.value)).toEqual(['', '', 1134]);
  expect(pasteText(emulator, 'Foglio1', { row: 0, col: 0 }, '', 'it-IT')).toBeNull();
});
