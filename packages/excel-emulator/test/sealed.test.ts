// A workbook built to be written to a file: its cells as a file holds them, sealed for reading (the same reads, no
// writes), and a bounded parse cache while building.

import { emulator, rejection, thrown } from './helpers';

describe('sealForReading', () => {
  it('reads values, formulas and conditional formats as before, and refuses Excel.run and typed input', async () => {
    const emu = emulator({ sheets: ['Obiettivo 1', 'Riepilogo'] });
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Obiettivo 1');
      sheet.getRange('A1:B3').formulas = [[80, '=IF(A1>=75,"Raggiunto","Non raggiunto")'], [60, '=IF(A2>=75,"Raggiunto","Non raggiunto")'], ['=SUM(A1:A2)', '=A3/2']];
      const low = sheet.getRange('A1:A2').conditionalFormats.add('Custom');
      low.custom.rule.formula = '=A1<75';
      low.custom.format.fill.color = '#FFC7CE';
      context.workbook.worksheets.getItem('Riepilogo').getRange('A1').formulas = [["='Obiettivo 1'!B1&\" / \"&'Obiettivo 1'!B2"]];
      await context.sync();
    });
    const before = [emu.cells('Obiettivo 1', 'A1:B3'), emu.cells('Riepilogo', 'A1')];
    emu.sealForReading();
    expect([emu.cells('Obiettivo 1', 'A1:B3'), emu.cells('Riepilogo', 'A1')]).toEqual(before);
    expect(emu.cells('Obiettivo 1', 'A2')[0][0].conditionalFormat.fillColor).toBe('#FFC7CE');
    expect(emu.cell('Riepilogo', 'A1').value).toBe('Raggiunto / Non raggiunto');

    const refused = await rejection(emu.Excel.run(async (context) => context.sync()));
    expect(refused.code).toBe('InvalidOperation');
    expect(refused.message).toContain('sealed for reading');
    expect(thrown(() => emu.setCellInput('Obiettivo 1', 'A1', '90')).code).toBe('InvalidOperation');
    expect(emu.cell('Obiettivo 1', 'B1').value).toBe('Raggiunto');
  });
});

describe('parseCacheEntries', () => {
  it('computes the same workbook with two remembered parses as with all of them, names added afterwards included', async () => {
    const build = async (parseCacheEntries?: number) => {
      const emu = emulator({ sheets: ['Obiettivo 1', 'Obiettivo 2', 'Obiettivo 3'], ...(parseCacheEntries ? { parseCacheEntries } : {}) });
      await emu.Excel.run(async (context) => {
        context.workbook.names.add('Soglia', '=75');
        for (const name of ['Obiettivo 1', 'Obiettivo 2', 'Obiettivo 3']) {
          const sheet = context.workbook.worksheets.getItem(name);
          sheet.getRange('A1:C2').formulas = [[80, '=IF(A1>=Soglia,"Raggiunto","Non raggiunto")', `='${name}'!A1*2`], [70, '=IF(A2>=Soglia,"Raggiunto","Non raggiunto")', '=SUM(A1:A2)']];
        }
        await context.sync();
        context.workbook.worksheets.getItem('Obiettivo 2').names.add('Soglia', '=65'); // Excel: the sheet's own name wins there
        context.workbook.worksheets.getItem('Obiettivo 3').getRange('A2').values = [[76]];
        await context.sync();
      });
      return ['Obiettivo 1', 'Obiettivo 2', 'Obiettivo 3'].map((sheet) => emu.cells(sheet, 'A1:C2').map((row) => row.map((cell) => cell.value)));
    };
    const bounded = await build(2);
    expect(bounded).toEqual(await build());
    expect(bounded[1][1][1]).toBe('Raggiunto');
    expect(bounded[2][1]).toEqual([76, 'Raggiunto', 156]);
  });
});

describe('cellContents', () => {
  it("gives each cell's value, formula, type and formats as cells() does, without display text or conditional formats", async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C2').formulas = [[0.5, '=A1*2', '=1/0'], ['Raggiunto', '', '=A2&" in pieno"']];
      sheet.getRange('A1').numberFormat = [['0%']];
      sheet.getRange('A2').format.font.bold = true;
      const rule = sheet.getRange('A1:C2').conditionalFormats.add('Custom');
      rule.custom.rule.formula = '=TRUE';
      rule.custom.format.fill.color = '#C6EFCE';
      await context.sync();
    });
    const contents = emu.cellContents('Sheet1', 'A1:C2');
    const cells = emu.cells('Sheet1', 'A1:C2');
    expect(contents.map((row) => row.map((cell) => [cell.value, cell.formula, cell.valueType, cell.numberFormat]))).toEqual([
      [[0.5, null, 'Double', '0%'], [1, '=A1*2', 'Double', 'General'], ['#DIV/0!', '=1/0', 'Error', 'General']],
      [['Raggiunto', null, 'String', 'General'], ['', null, 'Empty', 'General'], ['Raggiunto in pieno', '=A2&" in pieno"', 'String', 'General']],
    ]);
    contents.forEach((row, r) => row.forEach((cell, c) => expect(cell).toEqual({ value: cells[r][c].value, formula: cells[r][c].formula, valueType: cells[r][c].valueType, numberFormat: cells[r][c].numberFormat, format: cells[r][c].format })));
    expect(contents[1][0].format.fontBold).toBe(true);
    expect(cells[0][0].conditionalFormat.fillColor).toBe('#C6EFCE');
  });
});
