// Valore anno precedente and Andamento in a workbook: the trend computed live by PERF.YEARTREND, followed by the
// Riepilogo's annex, and a sheet without the columns (built before them) summarised with those annex cells blank.
import { example2022 } from '../support/example-2022';
import { buildObjectives, generateSummary } from '../../src/excel';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { ANNEX_COLUMNS, summaryGeometry } from '../../src/workbook/summary-sheet';
import { emulatedWorkbook, valueOf } from './emulated-workbook';

const report = example2022();

describe('last year beside this year, live', () => {
  const { emu, excel } = emulatedWorkbook();
  const two = structuredClone(report.objectives.find((o) => o.number === 2)!);
  two.indicators[0].previousValue = '61,5'; // < 60 gg: 53,1 this year is better
  two.indicators[1].previousValue = '40'; // < 75 gg: 49,96 this year is worse
  const cells = objectiveCells(two.indicators.length);
  const row = cells.firstIndicatorRow;
  const annexCell = (column: string, index: number) => `${String.fromCharCode(65 + ANNEX_COLUMNS.indexOf(column as never))}${summaryGeometry(1).annexHeaderRow + 1 + index}`;

  beforeAll(async () => {
    await buildObjectives(excel, [two]);
  });

  it('computes the trend in the target direction and follows an edit', async () => {
    expect(valueOf(emu, 'Obiettivo 2', `${cells.columns.trend}${row}`)).toBe('Migliore');
    expect(valueOf(emu, 'Obiettivo 2', `${cells.columns.trend}${row + 1}`)).toBe('Peggiore');
    emu.setCellInput('Obiettivo 2', `${cells.columns.actual}${row + 1}`, '40');
    expect(valueOf(emu, 'Obiettivo 2', `${cells.columns.trend}${row + 1}`)).toBe('Invariato');
    emu.setCellInput('Obiettivo 2', `${cells.columns.previousValue}${row + 1}`, '');
    expect(valueOf(emu, 'Obiettivo 2', `${cells.columns.trend}${row + 1}`)).toBe('');
  });

  it('the annex shows both, and leaves them blank for a sheet that lacks the columns', async () => {
    const summary = await generateSummary(excel);
    expect(valueOf(emu, summary.sheet, annexCell('Valore anno precedente', 0))).toBe('61,5');
    expect(valueOf(emu, summary.sheet, annexCell('Andamento', 0))).toBe('Migliore');
    // An older sheet: its table ends before these columns (and the later ones), which hold nothing.
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Obiettivo 2');
      context.workbook.tables.getItem('TrgObiettivo2').convertToRange();
      sheet.getRange(`${cells.columns.previousValue}${cells.tableHeaderRow}:${cells.columns.monitoringNote}${cells.lastIndicatorRow}`).clear();
      sheet.tables.add(`A${cells.tableHeaderRow}:K${cells.lastIndicatorRow}`, true).name = 'TrgObiettivo2';
      await context.sync();
    });
    const old = await generateSummary(excel);
    expect(old.problems).toEqual([]);
    expect(emu.cell(old.sheet, annexCell('Valore anno precedente', 0)).formula ?? '').toBe('');
    expect(emu.cell(old.sheet, annexCell('Andamento', 0)).formula ?? '').toBe('');
  });
});
