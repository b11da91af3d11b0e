// Monitoring at 30/06 in an emulated workbook: values typed on the objective sheets give live forecasts, and the
// Monitoraggio sheet generated from them counts them; an off-pace value is "A rischio".
import { example2022 } from '../support/example-2022';
import { buildObjectives, generateMonitoring } from '../../src/excel';
import { monitoringGeometry } from '../../src/workbook/monitor-sheet';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { emulatedWorkbook, valueOf } from './emulated-workbook';

const report = example2022();
const cellsOf = (number: number) => objectiveCells(report.objectives.find((o) => o.number === number)!.indicators.length);

describe('monitoring at 30/06 of 2022', () => {
  const { emu, excel } = emulatedWorkbook();
  const nine = cellsOf(9);
  const two = cellsOf(2);
  const at = (cells: ReturnType<typeof cellsOf>, column: keyof typeof nine.columns, index: number) => `${cells.columns[column]}${cells.firstIndicatorRow + index}`;

  beforeAll(async () => {
    await buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
  });

  it('2 events of the 8 due by year end, typed with no date (30/06: about 4 due), are A rischio on the sheet', () => {
    emu.setCellInput('Obiettivo 9', at(nine, 'monitoredValue', 0), '2');
    expect(valueOf(emu, 'Obiettivo 9', at(nine, 'forecast', 0))).toBe('A rischio');
    // 100 participants of 700 (about 347 due by 30/06) cannot make it; 4 events would be on the pace.
    emu.setCellInput('Obiettivo 9', at(nine, 'monitoredValue', 2), '100');
    expect(valueOf(emu, 'Obiettivo 9', at(nine, 'forecast', 2))).toBe('Non raggiungibile');
    emu.setCellInput('Obiettivo 9', at(nine, 'monitoredValue', 0), '4');
    expect(valueOf(emu, 'Obiettivo 9', at(nine, 'forecast', 0))).toBe('In linea');
    emu.setCellInput('Obiettivo 9', at(nine, 'monitoredValue', 0), '2');
  });

  it('an average of 70 days against < 60 gg is A rischio whatever the date', () => {
    emu.setCellInput('Obiettivo 2', at(two, 'monitoredValue', 0), '70');
    expect(valueOf(emu, 'Obiettivo 2', at(two, 'forecast', 0))).toBe('A rischio');
    emu.setCellInput('Obiettivo 2', at(two, 'monitoredValue', 0), '42');
    expect(valueOf(emu, 'Obiettivo 2', at(two, 'forecast', 0))).toBe('In linea');
  });

  it('the Monitoraggio sheet lists every indicator and counts 1 in linea, 1 a rischio, 1 non raggiungibile', async () => {
    const result = await generateMonitoring(excel, { activate: true });
    expect(result.sheet).toBe('Monitoraggio');
    // 19 indicators: objective 11's one is neutralised, 3 of the other 18 are monitored.
    expect(result.counts).toEqual({ 'on-track': 1, 'at-risk': 1, unreachable: 1, unmonitored: 15, notEvaluable: 1 });
    const geometry = monitoringGeometry(19);
    const shown = (key: keyof typeof geometry.counts) => valueOf(emu, 'Monitoraggio', geometry.counts[key]);
    expect([shown('on-track'), shown('at-risk'), shown('unreachable'), shown('unmonitored'), shown('notEvaluable')]).toEqual([1, 1, 1, 15, 1]);
    expect(emu.sheets().find((sheet) => sheet.active)?.name).toBe('Monitoraggio');
    // Objective 9's first indicator: its row after objectives 1..8 (13 indicators).
    const row = geometry.firstRow + 13;
    expect(['A', 'D', 'E', 'F', 'G'].map((column) => valueOf(emu, 'Monitoraggio', `${column}${row}`))).toEqual([9, '>= 8', '2', 44742, 'A rischio']); // typed in a text cell, as a result is
  });

  it('follows an edit on the objective sheet, and is replaced, not duplicated, when generated again', async () => {
    emu.setCellInput('Obiettivo 9', at(nine, 'monitoredValue', 0), '5');
    const geometry = monitoringGeometry(19);
    expect(valueOf(emu, 'Monitoraggio', geometry.counts['on-track'])).toBe(2);
    expect(valueOf(emu, 'Monitoraggio', geometry.counts['at-risk'])).toBe(0);
    await generateMonitoring(excel);
    expect(emu.sheetNames().filter((name) => name.startsWith('Monitoraggio'))).toEqual(['Monitoraggio']);
  });
});
