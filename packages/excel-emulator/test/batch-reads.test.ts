// A table added in the same sync that wrote its header row takes the header texts as written (no recalculation of
// the batch needed), and still computes headers that are formulas.
import { emulator } from './helpers';

describe('a table added in the sync that wrote its header', () => {
  it('fixes blank and repeated header texts as Excel does', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:D2').values = [
        ['Nome', 'nome', '', 42],
        ['a', 'b', '=1+1', 3],
      ];
      sheet.tables.add('A1:D2', true);
      await context.sync();
    });
    expect(emu.cells('Sheet1', 'A1:D1')[0].map((cell) => cell.value)).toEqual(['Nome', 'nome2', 'Column3', '42']);
    expect(emu.cell('Sheet1', 'C2').value).toBe(2);
  });

  it('computes a header that is a formula, even from cells written in the same sync', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('F1').values = [['Peso']];
      sheet.getRange('A1:B2').formulas = [
        ['=F1&" %"', 'Indicatore'],
        [1, 2],
      ];
      sheet.tables.add('A1:B2', true);
      await context.sync();
    });
    expect(emu.cells('Sheet1', 'A1:B1')[0].map((cell) => cell.value)).toEqual(['Peso %', 'Indicatore']);
  });
});

describe('Range.getUsedRange', () => {
  it("is the range's own used cells, not the sheet's used area cut to the range", async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['Obiettivo']];
      sheet.getRange('D5').values = [[7]];
      const inner = sheet.getRange('B2:E6').getUsedRangeOrNullObject(true);
      const empty = sheet.getRange('B2:C3').getUsedRangeOrNullObject(true);
      inner.load('address');
      empty.load('address');
      await context.sync();
      expect(inner.address).toBe('Sheet1!D5');
      expect(empty.isNullObject).toBe(true);
    });
  });
});
