// Charts and conditional formats are recorded as specs; cell formats are stored and read back like Excel's.

import { emulator, rejection } from './helpers';

async function summary(emu: ReturnType<typeof emulator>) {
  await emu.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Riepilogo');
    sheet.getRange('A1:C4').values = [
      ['Obiettivo', 'Grado finale', 'Esito'],
      ['Obiettivo 1', 1, 'Raggiunto'],
      ['Obiettivo 3', 0.99, 'Raggiunto'],
      ['Obiettivo 8', 0.4, 'Non raggiunto'],
    ];
    sheet.getRange('B2:B4').numberFormat = [['0%'], ['0%'], ['0%']];
    await context.sync();
  });
}

describe('charts', () => {
  it('charts.add records type, source, series orientation, titles, axes and position; the data is read live', async () => {
    const emu = emulator({ sheets: ['Riepilogo'] });
    await summary(emu);
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Riepilogo');
      const chart = sheet.charts.add(emu.Excel.ChartType.barClustered as Excel.ChartType, sheet.getRange('A1:B4'), 'Columns');
      chart.name = 'GradoFinale';
      chart.title.text = 'Grado finale per obiettivo';
      chart.axes.valueAxis.maximum = 1;
      chart.axes.valueAxis.numberFormat = '0%';
      chart.legend.visible = false;
      chart.setPosition('E2', 'L20');
      chart.load('name, chartType, width');
      await context.sync();
      expect([chart.name, chart.chartType, chart.width]).toEqual(['GradoFinale', 'BarClustered', 8 * 48]);
    });
    emu.setCellInput('Riepilogo', 'B4', '0.5');
    const [spec] = emu.charts('Riepilogo');
    expect(spec).toMatchObject({
      name: 'GradoFinale',
      type: 'BarClustered',
      sourceAddress: 'Riepilogo!A1:B4',
      seriesBy: 'Columns',
      title: { text: 'Grado finale per obiettivo', visible: true },
      legend: { visible: false },
      anchor: { startCell: 'E2', endCell: 'L20' },
      position: { left: 4 * 48, top: 15, width: 8 * 48, height: 19 * 15 },
      data: { categories: ['Obiettivo 1', 'Obiettivo 3', 'Obiettivo 8'], series: [{ name: 'Grado finale', values: [1, 0.99, 0.5] }] },
    });
    expect(spec.axes.value).toMatchObject({ maximum: 1, numberFormat: '0%' });
  });

  it('an unknown chart type is refused with InvalidArgument', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.charts.add('Sunburst3D' as Excel.ChartType, sheet.getRange('A1:B2'));
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});

describe('conditional formats', () => {
  it('cell value, text and custom rules are recorded with their formats and evaluated per cell', async () => {
    const emu = emulator({ sheets: ['Riepilogo'] });
    await summary(emu);
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Riepilogo');
      const low = sheet.getRange('B2:B4').conditionalFormats.add(emu.Excel.ConditionalFormatType.cellValue as Excel.ConditionalFormatType);
      low.cellValue.format.fill.color = '#FFC7CE';
      low.cellValue.format.font.color = '#9C0006';
      low.cellValue.rule = { formula1: '=0.6', operator: 'LessThan' };
      const text = sheet.getRange('C2:C4').conditionalFormats.add('ContainsText');
      text.textComparison.format.fill.color = '#C6EFCE';
      text.textComparison.rule = { operator: 'BeginsWith', text: 'Raggiunto' };
      const custom = sheet.getRange('A2:A4').conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=$B2>=0.99';
      custom.custom.format.font.bold = true;
      await context.sync();
    });
    const specs = emu.conditionalFormats('Riepilogo');
    expect(specs.map((s) => [s.type, s.address, s.priority])).toEqual([['Custom', 'A2:A4', 0], ['ContainsText', 'C2:C4', 1], ['CellValue', 'B2:B4', 2]]);
    expect(specs[2]).toMatchObject({ rule: { kind: 'CellValue', operator: 'LessThan', formula1: '=0.6' }, format: { fillColor: '#FFC7CE', fontColor: '#9C0006' } });
    expect(emu.cell('Riepilogo', 'B4').conditionalFormat).toEqual({ fillColor: '#FFC7CE', fontColor: '#9C0006' });
    expect(emu.cell('Riepilogo', 'B2').conditionalFormat).toEqual({});
    expect(emu.cells('Riepilogo', 'C2:C4').map((line) => line[0].conditionalFormat.fillColor)).toEqual(['#C6EFCE', '#C6EFCE', undefined]);
    expect(emu.cells('Riepilogo', 'A2:A4').map((line) => line[0].conditionalFormat.bold)).toEqual([true, true, undefined]);
  });

  it('a bad operator is refused; asking a cell-value format for its text part fails', async () => {
    const emu = emulator();
    const operator = await rejection(
      emu.Excel.run(async (context) => {
        const cf = context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('CellValue');
        cf.cellValue.rule = { formula1: '1', operator: 'Bigger' as never };
        await context.sync();
      }),
    );
    expect(operator.code).toBe('InvalidArgument');
    const wrongPart = await rejection(
      emu.Excel.run(async (context) => {
        const cf = context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('CellValue');
        cf.textComparison.rule = { operator: 'Contains', text: 'x' };
        await context.sync();
      }),
    );
    expect(wrongPart.message).toContain('has no textComparison');
  });
});

describe('cell formats', () => {
  it('formats are stored per cell and read back when uniform, null when cells differ', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const input = sheet.getRange('A1:B2');
      input.format.fill.color = '#FFF2CC';
      input.format.font.bold = true;
      input.format.wrapText = true;
      input.format.horizontalAlignment = 'Center';
      sheet.getRange('B2').format.font.italic = true;
      const uniform = sheet.getRange('A1:B2').format.load('wrapText, horizontalAlignment');
      const fill = sheet.getRange('A1:B2').format.fill.load('color');
      const italic = sheet.getRange('A1:B2').format.font.load('italic, bold');
      const untouched = sheet.getRange('D4').format.fill.load('color');
      await context.sync();
      expect([uniform.wrapText, uniform.horizontalAlignment, fill.color]).toEqual([true, 'Center', '#FFF2CC']);
      expect([italic.italic, italic.bold]).toEqual([null, true]);
      expect(untouched.color).toBe('#FFFFFF');
    });
    expect(emu.cell('Sheet1', 'B2').format).toMatchObject({ fillColor: '#FFF2CC', fontBold: true, fontItalic: true });
  });

  it('a bad color is refused with InvalidArgument', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = 'verde';
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toContain('verde');
  });

  it('number formats drive Range.text; Italian display shows Italian separators', async () => {
    for (const [locale, expected] of [['en-US', ['99.96%', '1,234.50', '31/07/2022']], ['it-IT', ['99,96%', '1.234,50', '31/07/2022']]] as const) {
      const emu = emulator({ locale });
      await emu.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
        range.numberFormat = [['0.00%', '#,##0.00', 'dd/mm/yyyy']];
        range.values = [[0.9996, 1234.5, 44773]];
        range.load('text');
        await context.sync();
        expect(range.text).toEqual([expected]);
      });
    }
  });

  it('column widths and row heights are kept; autofit sizes columns to their text', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A:A').format.columnWidth = 120;
      sheet.getRange('3:3').format.rowHeight = 30;
      sheet.getRange('B1:B2').values = [['x'], ['un testo piuttosto lungo da misurare']];
      sheet.getRange('B:B').format.autofitColumns();
      const a = sheet.getRange('A1:A5').format.load('columnWidth, rowHeight');
      const mixed = sheet.getRange('A1:B1').format.load('columnWidth');
      await context.sync();
      expect([a.columnWidth, a.rowHeight, mixed.columnWidth]).toEqual([120, null, null]);
    });
    const layout = emu.layout('Sheet1');
    expect(layout.columnWidths[0]).toBe(120);
    expect(layout.rowHeights[2]).toBe(30);
    expect(layout.columnWidths[1]).toBeGreaterThan(150);
  });

  it('whole-column number formats apply to every cell of the column', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('C:C').numberFormat = '0%' as never;
      sheet.getRange('C500').values = [[0.5]];
      await context.sync();
    });
    expect(emu.cell('Sheet1', 'C500').text).toBe('50%');
    expect(emu.usedRange('Sheet1')).toMatchObject({ address: 'C500' });
  });

  it('clear removes contents, formats or both', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').values = [[1, 2, 3]];
      sheet.getRange('A1:C1').format.font.bold = true;
      sheet.getRange('A1').clear('Contents');
      sheet.getRange('B1').clear('Formats');
      sheet.getRange('C1').clear();
      await context.sync();
    });
    expect(emu.cells('Sheet1', 'A1:C1')[0].map((c) => [c.value, c.format.fontBold])).toEqual([['', true], [2, false], ['', false]]);
  });

  it('the used range counts formatted cells unless valuesOnly', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B2:C3').values = [[1, 2], [3, 4]];
      sheet.getRange('E6').format.fill.color = 'yellow';
      const all = sheet.getUsedRange().load('address');
      const values = sheet.getUsedRange(true).load('address, rowCount, columnCount');
      await context.sync();
      expect(all.address).toBe('Sheet1!B2:E6');
      expect([values.address, values.rowCount, values.columnCount]).toEqual(['Sheet1!B2:C3', 2, 2]);
    });
  });
});

describe('range navigation', () => {
  it('getCell, getResizedRange, getOffsetRange, getRow, getColumn, getBoundingRect and entire rows resolve like Excel', async () => {
    const emu = emulator({ sheets: ['Obiettivo 1'] });
    await emu.Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem('Obiettivo 1').getRange('B2:D5');
      const got = [
        base.getCell(1, 2),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getRow(3),
        base.getColumn(0),
        base.getBoundingRect('F9'),
        base.getLastCell(),
        base.getEntireColumn(),
        base.getEntireRow(),
      ].map((range) => range.load('address'));
      await context.sync();
      expect(got.map((r) => r.address)).toEqual([
        "'Obiettivo 1'!D3",
        "'Obiettivo 1'!B2:C6",
        "'Obiettivo 1'!C4:E7",
        "'Obiettivo 1'!B5:D5",
        "'Obiettivo 1'!B2:B5",
        "'Obiettivo 1'!B2:F9",
        "'Obiettivo 1'!D5",
        "'Obiettivo 1'!B:D",
        "'Obiettivo 1'!2:5",
      ]);
    });
  });

  it('a range off the sheet is refused with InvalidArgument', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').getOffsetRange(-1, 0).load('address');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  it('select and getSelectedRange follow each other; activate changes the active sheet', async () => {
    const emu = emulator({ sheets: ['A', 'B'] });
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('B').getRange('C3:D4').select();
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect([selected.address, active.name]).toEqual(['B!C3:D4', 'B']);
    });
    expect(emu.activeSheet()).toBe('B');
  });
});
