// The accessor tables: every scalar they give an API object has its ExcelApi version in the generated member table,
// so an emulator limited to older sets refuses it (the generator finds them through their Office.js types).

import { EXCEL_API_VERSIONS } from '../src/api-set-table';
import { emulator } from './helpers';

interface Inspectable {
  _typeName: string;
  _scalarNames(): readonly string[];
}

describe('accessor tables', () => {
  it('every scalar of the objects a build touches is in the generated member table', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const range = sheet.getRange('A1:B3');
      range.values = [['Obiettivo', 'Grado'], ['1', 0.5], ['2', 1]];
      const table = sheet.tables.add('A1:B3', true);
      const chart = sheet.charts.add('BarClustered', range, 'Columns');
      const rule = range.conditionalFormats.add('Custom');
      const objects: unknown[] = [
        context.workbook, context.workbook.application, sheet, range, range.format, range.format.fill, range.format.font,
        sheet.getRanges('A1, B2'), table, table.columns, table.columns.getItemAt(0), table.rows, sheet.tables, chart, chart.title,
        chart.axes.valueAxis, chart.legend, sheet.charts, rule, rule.custom.rule, rule.custom.format,
        rule.custom.format.fill, rule.custom.format.font, sheet.customProperties.add('k', 'v'), context.workbook.settings.add('s', 1),
        context.workbook.names.add('Grado', range.getColumn(1)),
      ];
      await context.sync();
      const missing = (objects as Inspectable[]).flatMap((object) =>
        object._scalarNames().filter((name) => EXCEL_API_VERSIONS[object._typeName]?.[name] === undefined).map((name) => `${object._typeName}.${name}`),
      );
      expect(missing).toEqual([]);
    });
  });
});
