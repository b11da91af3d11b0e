import type { Objective } from '../../src/core/model';
import { monitoringOf } from '../../src/core/monitoring';
import { parseReportJson } from '../../src/import/report-json';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';
import { readObjectiveSheet } from '../../src/workbook/readers';
import { snapshotCell, type SheetSnapshot } from '../../src/workbook/snapshot';
import { example2022 } from '../support/example-2022';
import { inItalian } from '../support/italian';

/** Objective 9 of 2022 (events >= 8, assessments > 100, participants >= 700), two monitoring points on the first. */
function monitored(): Objective {
  const objective = structuredClone(example2022().objectives.find((o) => o.number === 9)!);
  objective.indicators[0].monitoring = [
    { date: '2023-03-31', value: 1, note: 'primo trimestre' },
    { date: '2023-06-30', value: 2, note: 'due eventi su otto' },
  ];
  objective.indicators[1].revision = { original: '>100', revised: '> 90', reason: 'organico ridotto', date: '2023-07-10' };
  return objective;
}

/** The sheet as built before the annual cycle's columns: everything right of Andamento blanked out. */
function withoutColumnsFrom(sheet: SheetSnapshot, from: number): SheetSnapshot {
  const blank = (rows: SheetSnapshot['formulas']) => rows.map((row) => row.map((entry, column) => (column >= from ? null : entry)));
  return { ...sheet, formulas: blank(sheet.formulas), values: blank(sheet.values) };
}

describe('monitoring and the revision date on the objective sheet', () => {
  const objective = monitored();
  const layout = objectiveSheetLayout(objective);
  const cells = objectiveCells(objective.indicators.length);
  const sheet = layoutSnapshot(layout);
  const at = (column: string, index: number) => snapshotCell(sheet, `${column}${cells.firstIndicatorRow + index}`);

  it('shows the latest point (30/06: 2 events) and its note; the revision date as a date', () => {
    const { monitoringDate, monitoredValue, monitoringNote, revisionDate } = cells.columns;
    expect(at(monitoredValue, 0).formula).toBe(2);
    expect(at(monitoringDate, 0).formula).toBe(45107); // 30/06/2023
    expect(at(monitoringNote, 0).formula).toBe('due eventi su otto');
    expect(at(revisionDate, 1).formula).toBe(45117); // 10/07/2023
    expect(at(monitoredValue, 1).formula).toBe('');
  });

  it('forecasts with a live PERF.MONITORSTATUS on the target in force, the date defaulting to 30/06 of the report year', () => {
    const { forecast, monitoredValue, monitoringDate, revisedTarget, target } = cells.columns;
    const row = cells.firstIndicatorRow;
    const [p, d, f, t] = [monitoredValue, monitoringDate, revisedTarget, target].map((column) => `${column}${row}`);
    expect(at(forecast, 0).formula).toBe(
      `=IF(LEN(${p})=0,"",PERF.MONITORSTATUS(${p},IF(LEN(${f})>0,${f},${t}),IF(ISNUMBER(${d}),${d},IF(ISNUMBER(TRG_REPORT_YEAR),DATE(TRG_REPORT_YEAR,6,30),"")),TRG_ACHIEVED_FROM,TRG_PARTIAL_FROM,TRG_DEADLINE_TOLERANCE))`,
    );
  });

  it('reads the point and the revision date back', () => {
    const reading = readObjectiveSheet(sheet);
    expect(reading.problems).toEqual([]);
    expect(reading.objective.indicators[0].monitoring).toEqual([{ date: '2023-06-30', value: 2, note: 'due eventi su otto' }]);
    expect(reading.objective.indicators[1].revision).toEqual({ original: '>100', revised: '> 90', reason: 'organico ridotto', date: '2023-07-10' });
    expect(reading.objective.indicators[2].monitoring).toBeUndefined();
  });

  it('a monitored value typed as "molti" is a problem naming the indicator and the cell, as an unreadable result is', () => {
    const typo = layoutSnapshot(objectiveSheetLayout(monitored()));
    const address = `${cells.columns.monitoredValue}${cells.firstIndicatorRow}`;
    const [row, column] = [cells.firstIndicatorRow - 1, cells.columns.monitoredValue.charCodeAt(0) - 65];
    typo.formulas[row][column] = 'molti';
    typo.values[row][column] = 'molti';
    const problems = inItalian(readObjectiveSheet(typo).problems);
    expect(problems).toEqual([
      expect.objectContaining({ address, code: 'unparseable-result', message: expect.stringMatching(/^Obiettivo 9, indicatore "[^"]+", valore monitorato: .*"molti"/) }),
    ]);
  });

  it('a sheet of the layout before these columns still reads, with nothing missing reported', () => {
    const old = withoutColumnsFrom(sheet, cells.columns.revisionDate.charCodeAt(0) - 65);
    const reading = readObjectiveSheet(old);
    expect(reading.problems).toEqual([]);
    expect([...reading.absentColumns].sort()).toEqual(['forecast', 'monitoredValue', 'monitoringDate', 'monitoringNote', 'revisionDate']);
    expect(reading.objective.indicators.map((i) => i.actual)).toEqual(['23', '194', '1.134']);
    expect(reading.objective.indicators[1].revision).toEqual({ original: '>100', revised: '> 90', reason: 'organico ridotto' });
  });
});

describe('monitoring points in JSON and the forecast they give', () => {
  it('JSON keeps every point, and lists a value or date it cannot read', () => {
    const json = JSON.parse(JSON.stringify({ ...example2022(), objectives: [monitored()] }));
    expect(parseReportJson(json).report.objectives[0].indicators[0].monitoring).toHaveLength(2);
    json.objectives[0].indicators[0].monitoring.push({ date: '31 giugno', value: 'molti' }, 'tre');
    const { incomplete } = parseReportJson(json);
    expect(incomplete.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['indicators[0].monitoring[2].value', 'indicators[0].monitoring[2].date', 'indicators[0].monitoring[3]']),
    );
  });

  it('2 events of 8 at 30/06 are a rischio (4 due by then); the objective is as its worst indicator', () => {
    const objective = monitored();
    objective.indicators[2].monitoring = [{ value: 400 }]; // no date: 30/06 of 2023, 400 of 700 with 350 due
    const view = monitoringOf([objective], 2023);
    expect(view.indicators.map((i) => i.forecast)).toEqual(['at-risk', null, 'on-track']);
    expect(view.indicators[2].point?.date).toBe('2023-06-30');
    expect(view.counts).toEqual({ 'on-track': 1, 'at-risk': 1, unreachable: 0, unmonitored: 1 });
    expect(view.objectives).toEqual([{ number: 9, title: objective.title, forecast: 'at-risk' }]);
  });

  it('at 31/03 only the first point counts: 1 of 8 with about 2 due (90 days of 365) is half the pace, a rischio', () => {
    const view = monitoringOf([monitored()], 2023, { at: '2023-03-31' });
    expect(view.indicators[0].point).toMatchObject({ date: '2023-03-31', value: 1 });
    expect(view.indicators[0].forecast).toBe('at-risk');
  });
});
