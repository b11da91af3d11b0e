// Worksheet.copy: the new sheet shows what the source shows, independently of it, under Excel's name and table rules.

import { emulator, rejection } from './helpers';

describe('Worksheet.copy', () => {
  it('copies cells, formats, widths, freeze panes and tables, and then lives apart', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C3').formulas = [['Indicatore', 'Target', 'Esito'], ['Tempi', 75, '=IF(B2>=75,"Raggiunto","No")'], ['Pratiche', 700, '=IF(B3>=700,"Raggiunto","No")']];
      sheet.getRange('B2:B3').numberFormat = [['0'], ['0']];
      sheet.getRange('A1:C1').format.font.bold = true;
      sheet.getRange('A1').format.columnWidth = 120;
      sheet.freezePanes.freezeRows(1);
      sheet.tables.add('A1:C3', true).name = 'Indicatori';
      const copy = sheet.copy('End');
      copy.name = 'Obiettivo 2';
      copy.getRange('B3').values = [[600]];
      await context.sync();
    });
    expect(emu.sheetNames()).toEqual(['Sheet1', 'Obiettivo 2']);
    const copied = emu.cells('Obiettivo 2', 'A1:C3');
    expect(copied.map((row) => row.map((cell) => cell.value))).toEqual([['Indicatore', 'Target', 'Esito'], ['Tempi', 75, 'Raggiunto'], ['Pratiche', 600, 'No']]);
    expect(emu.cells('Sheet1', 'C3')[0][0].value).toBe('Raggiunto'); // the source keeps its own cells
    expect(copied[0][0].format.fontBold).toBe(true);
    await emu.Excel.run(async (context) => {
      const copy = context.workbook.worksheets.getItem('Obiettivo 2');
      const width = copy.getRange('A1').format;
      width.load('columnWidth');
      const tables = copy.tables;
      tables.load('items/name');
      const frozen = copy.freezePanes.getLocationOrNullObject();
      frozen.load('address');
      await context.sync();
      expect(width.columnWidth).toBe(120);
      expect(tables.items.map((table) => table.name)).toEqual(['Indicatori2']);
      expect(frozen.address).toBe("'Obiettivo 2'!1:1");
    });
  });

  it('names the copy "Name (2)" at the beginning by default, and places it next to another sheet when asked', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const last = sheets.add('Riepilogo');
      const first = sheets.getItem('Sheet1');
      first.copy();
      first.copy('After', last);
      await context.sync();
    });
    expect(emu.sheetNames()).toEqual(['Sheet1 (2)', 'Sheet1', 'Riepilogo', 'Sheet1 (3)']);
  });

  it('a second copy shows what the source holds by then', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').formulas = [[2, '=A1*10']];
      sheet.copy('End').name = 'Prima';
      sheet.getRange('A1').values = [[3]];
      sheet.copy('End').name = 'Seconda';
      await context.sync();
    });
    expect(emu.cells('Prima', 'A1:B1')[0].map((cell) => cell.value)).toEqual([2, 20]);
    expect(emu.cells('Seconda', 'A1:B1')[0].map((cell) => cell.value)).toEqual([3, 30]);
  });

  it('a copy made after a sheet its source reads was renamed carries the new name in its formulas', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add('Dati').getRange('A1').values = [[4]];
      const source = sheets.getItem('Sheet1');
      source.getRange('A1').formulas = [['=Dati!A1*2']];
      source.copy('End').name = 'Prima';
      sheets.getItem('Dati').name = 'Valori';
      source.copy('End').name = 'Seconda';
      await context.sync();
    });
    expect(emu.cell('Seconda', 'A1').formula).toBe('=Valori!A1*2');
    expect(emu.cell('Seconda', 'A1').value).toBe(8);
  });

  it('refuses a place next to no sheet, as Excel does', async () => {
    const emu = emulator();
    const error = await rejection(emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').copy('Before');
      await context.sync();
    }));
    expect(error.code).toBe('InvalidArgument');
  });
  it("keeps each sheet's formats its own when the source, a copy and a copy of the copy are formatted afterwards", async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C3').values = [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]];
      sheet.getRange('A1:C1').format.font.bold = true;
      sheet.getRange('B2:B3').numberFormat = [['0.00'], ['0.00']];
      const first = sheet.copy('End');
      first.name = 'Prima';
      first.getRange('A2').format.font.italic = true; // one cell of the copy
      const second = first.copy('End');
      second.name = 'Seconda';
      sheet.getRange('C1').format.fill.color = '#FFC7CE'; // the source, after both copies
      first.getRange('A1:C1').format.font.bold = false;
      second.getRange('A1:C3').clear('Formats');
      second.getRange('B:B').format.font.italic = true; // whole columns: the cell layer below is rewritten
      await context.sync();
    });
    const look = (sheet: string) =>
      emu.cells(sheet, 'A1:C2').map((row) => row.map((cell) => [cell.format.fontBold, cell.format.fontItalic, cell.format.fillColor, cell.numberFormat].join('|')));
    expect(look('Sheet1')).toEqual([
      ['true|false||General', 'true|false||General', 'true|false|#FFC7CE|General'],
      ['false|false||General', 'false|false||0.00', 'false|false||General'],
    ]);
    expect(look('Prima')).toEqual([
      ['false|false||General', 'false|false||General', 'false|false||General'],
      ['false|true||General', 'false|false||0.00', 'false|false||General'],
    ]);
    expect(look('Seconda')).toEqual([
      ['false|false||General', 'false|true||General', 'false|false||General'],
      ['false|false||General', 'false|true||General', 'false|false||General'],
    ]);
    expect(emu.usedRange('Prima')?.address).toBe('A1:C3');
  });

  it("moves a copy's formats down with the rows a totals row inserts, leaving its source where it was", async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A3').values = [['Valore'], [1], ['sotto']];
      sheet.getRange('A3').format.font.bold = true;
      sheet.tables.add('A1:A2', true);
      const copy = sheet.copy('End');
      copy.name = 'Copia';
      copy.tables.getItemAt(0).showTotals = true;
      await context.sync();
    });
    expect(emu.cells('Copia', 'A3:A4').map((row) => [row[0].value, row[0].format.fontBold])).toEqual([['Total', false], ['sotto', true]]);
    expect(emu.cells('Sheet1', 'A3')[0][0].format.fontBold).toBe(true);
  });
});
