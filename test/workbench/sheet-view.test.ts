// What the workbench grid shows for a sheet of the emulated workbook: Italian display, Excel's alignment, row heights.
import { createExcelEmulator, type ExcelEmulator } from '@traguardo/excel-emulator';
import { sheetSnapshot, MINIMUM_COLUMNS, MINIMUM_ROWS } from '../../workbench/workbook/sheet-view';

let emulator: ExcelEmulator;

beforeEach(async () => {
  emulator = createExcelEmulator({ locale: 'it-IT', sheets: ['Foglio1'] });
  await emulator.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Foglio1');
    const row = sheet.getRange('A1:E1');
    row.values = [[44773, 0.99, 1234.5, 'Obiettivo', true]];
    row.numberFormat = [['dd/mm/yyyy', '0.00%', '#,##0.00 €', 'General', 'General']];
    const long = sheet.getRange('B3');
    long.values = [['Un testo lungo che in una colonna stretta va a capo su più righe, come un titolo di obiettivo']];
    long.format.wrapText = true;
    sheet.getRange('A5').values = [['=1/0']];
    sheet.getRange('A6').format.rowHeight = 40;
    sheet.getRange('A6').values = [['alta']];
    sheet.getRange('A2').format.fill.color = '#FFF2CC';
    sheet.getRange('A2').values = [[600]];
    await context.sync();
  });
});

function snapshot() {
  const view = sheetSnapshot(emulator, 'Foglio1');
  view.ensureRows(0, view.rowCount);
  return view;
}

test('dates, percentages, euro and booleans read as in Italian Excel', () => {
  const view = snapshot();
  expect([0, 1, 2, 3, 4].map((col) => view.cell(0, col).text)).toEqual(['31/07/2022', '99,00%', '1.234,50 €', 'Obiettivo', 'VERO']);
  expect(view.cell(4, 0).text).toBe('#DIV/0!');
});

test("Excel's General alignment: numbers right, text left, booleans and errors centred", () => {
  const view = snapshot();
  expect(view.cell(0, 0).align).toBe('right');
  expect(view.cell(0, 3).align).toBe('left');
  expect(view.cell(0, 4).align).toBe('center');
  expect(view.cell(4, 0).align).toBe('center');
});

test('the formula bar input is the formula, or the constant as typed', () => {
  const view = snapshot();
  expect(view.cell(4, 0).input).toBe('=1/0');
  expect(view.cell(4, 0).formula).toBe('=1/0');
  expect(view.cell(1, 0).input).toBe('600');
  expect(view.cell(1, 0).formula).toBeNull();
});

test('fills are drawn; a row with wrapped text grows, a row with its own height keeps it', () => {
  const view = snapshot();
  expect(view.cell(1, 0).fill?.toUpperCase()).toBe('#FFF2CC');
  expect(view.rowHeight(2)).toBeGreaterThan(view.rowHeight(0));
  expect(view.rowHeight(5)).toBe(40);
  expect(view.rowHeight(0)).toBe(15);
  expect([view.rowHeightIsSet(5), view.rowHeightIsSet(2)]).toEqual([true, false]);
});

test('line breaks show only where the text wraps, as in Excel', async () => {
  await emulator.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Foglio1');
    sheet.getRange('C8:D8').values = [['prima riga\nseconda riga', 'prima riga\nseconda riga']];
    sheet.getRange('D8').format.wrapText = true;
    await context.sync();
  });
  const view = snapshot();
  expect(view.cell(7, 2).text).toBe('prima riga seconda riga');
  expect(view.cell(7, 3).text).toBe('prima riga\nseconda riga');
});

test('the formula bar shows formulas in the display language', () => {
  emulator.setCellInput('Foglio1', 'B9', '=IF(A2>1,0.5,"no")');
  const italian = sheetSnapshot(emulator, 'Foglio1', undefined, 'it-IT');
  const english = sheetSnapshot(emulator, 'Foglio1', undefined, 'en-US');
  italian.ensureRows(0, 10);
  english.ensureRows(0, 10);
  expect(italian.cell(8, 1).input).toBe('=SE(A2>1;0,5;"no")');
  expect(english.cell(8, 1).input).toBe('=IF(A2>1,0.5,"no")');
});

test('the grid spans A1 to the used range, at least a small empty sheet', () => {
  const view = snapshot();
  expect(view.rowCount).toBe(MINIMUM_ROWS);
  expect(view.colCount).toBe(MINIMUM_COLUMNS);
  const reach = sheetSnapshot(emulator, 'Foglio1', { row: 99, col: 30 });
  expect([reach.rowCount, reach.colCount]).toEqual([100, 31]);
  expect(reach.cell(99, 30).text).toBe('');
});

test('rows are read only when asked for, and reading them reports a height change once', () => {
  const view = sheetSnapshot(emulator, 'Foglio1');
  expect(view.cell(0, 0).text).toBe('');
  expect(view.ensureRows(0, 10)).toBe(true);
  expect(view.cell(0, 0).text).toBe('31/07/2022');
  expect(view.ensureRows(0, 10)).toBe(false);
});
