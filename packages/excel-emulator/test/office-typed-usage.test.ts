// Code written against @types/office-js (as src/excel/ is) runs unchanged on the emulator.

import { emulator } from './helpers';

/** An objective sheet built the way the performance guide asks: one batch, 2-D writes, formats, a table, a tag. */
async function buildObjectiveSheet(context: Excel.RequestContext, name: string, results: number[]): Promise<Excel.Worksheet> {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(name);
  sheet.customProperties.add('traguardo.objective', name);
  const header = sheet.getRange('A1:C1');
  header.values = [['Indicatore', 'Risultato', 'Raggiunto']];
  header.format.font.bold = true;
  const body = header.getOffsetRange(1, 0).getResizedRange(results.length - 1, 0);
  body.formulas = results.map((value, i) => [`Indicatore ${i + 1}`, value, `=B${i + 2}>=700`]);
  body.getColumn(1).format.fill.color = '#FFF2CC';
  const table: Excel.Table = sheet.tables.add(`A1:C${results.length + 1}`, true);
  table.style = 'TableStyleLight9';
  sheet.freezePanes.freezeRows(1);
  const chart: Excel.Chart = sheet.charts.add(Excel.ChartType.columnClustered, body.getColumn(1), Excel.ChartSeriesBy.columns);
  chart.title.text = name;
  const rule: Excel.ConditionalFormat = body.getColumn(2).conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
  rule.cellValue.format.fill.color = '#FFC7CE';
  rule.cellValue.rule = { formula1: '=FALSE', operator: Excel.ConditionalCellValueOperator.equalTo };
  return sheet;
}

async function readAchieved(context: Excel.RequestContext, name: string): Promise<boolean[]> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return [];
  const used: Excel.Range = sheet.getUsedRange(true).load('values');
  await context.sync();
  return used.values.slice(1).map((row) => row[2] as boolean);
}

describe('code typed against the real Office.js API', () => {
  it('builds, reads back and reports errors as OfficeExtension.Error through the global Excel', async () => {
    const emu = emulator();
    const restore = emu.install();
    try {
      const achieved = await Excel.run(async (context) => {
        await buildObjectiveSheet(context, 'Obiettivo 9', [800, 600]);
        await context.sync();
        return readAchieved(context, 'Obiettivo 9');
      });
      expect(achieved).toEqual([true, false]);
      expect(emu.charts('Obiettivo 9')[0].data.series[0].values).toEqual([800, 600]);
      expect(emu.cell('Obiettivo 9', 'C3').conditionalFormat.fillColor).toBe('#FFC7CE');
      expect(emu.sheets().find((s) => s.name === 'Obiettivo 9')?.frozenRows).toBe(1);
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Assente').load('name');
          await context.sync();
        }),
      ).rejects.toBeInstanceOf(OfficeExtension.Error);
    } finally {
      restore();
    }
  });
});
