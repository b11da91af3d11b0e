import example from '../../examples/relazione-2022.json';
import type { Objective, Report } from '../../src/core/model';
import { parseReportJson } from '../../src/import/report-json';
import { formatIndicatorsCsv, parseIndicatorsCsv } from '../../src/import/csv';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';
import { readObjectiveSheet } from '../../src/workbook/readers';
import type { SheetSnapshot } from '../../src/workbook/snapshot';
import { summaryGeometry, summarySheetLayout } from '../../src/workbook/summary-sheet';
import { DEFAULT_CUTOFFS } from '../../src/core/model';
import { indicatorTable } from '../../src/report-doc/indicator-table';
import { docContext } from '../../src/report-doc/context';

const report = example as unknown as Report;
/** Objective 2 of 2022 (days to regularise, `< 60 gg`) with last year's values beside its results. */
const withPrevious = (): Objective => {
  const objective = structuredClone(report.objectives.find((o) => o.number === 2)!);
  objective.indicators[0].previousValue = '61,5';
  return objective;
};

/** The sheet as built before the columns existed: everything right of Soglia blanked out. */
function withoutNewColumns(sheet: SheetSnapshot, from: number): SheetSnapshot {
  const blank = (rows: SheetSnapshot['formulas']) => rows.map((row) => row.map((entry, column) => (column >= from ? null : entry)));
  return { ...sheet, formulas: blank(sheet.formulas), values: blank(sheet.values) };
}

describe('Valore anno precedente and Andamento on the objective sheet', () => {
  const objective = withPrevious();
  const layout = objectiveSheetLayout(objective);
  const cells = objectiveCells(objective.indicators.length);
  const snapshot = layoutSnapshot(layout);

  it('are two columns side by side after the earlier ones, the trend a live PERF formula in the target direction', () => {
    const row = cells.firstIndicatorRow;
    const { previousValue, trend, actual, target, revisedTarget } = cells.columns;
    const at = (letter: string) => letter.charCodeAt(0) - 65;
    expect(snapshot.formulas[cells.tableHeaderRow - 1].slice(at(previousValue), at(trend) + 1)).toEqual(['Valore anno precedente', 'Andamento']);
    const formula = snapshot.formulas[row - 1][at(trend)];
    expect(formula).toBe(
      `=IF(LEN(${previousValue}${row})=0,"",IF(LEN(${actual}${row})=0,"",PERF.YEARTREND(${previousValue}${row},${actual}${row},IF(LEN(${revisedTarget}${row})>0,${revisedTarget}${row},${target}${row}))))`,
    );
    expect(trend).toBe(String.fromCharCode(previousValue.charCodeAt(0) + 1));
  });

  it('reads the previous value back as written', () => {
    const reading = readObjectiveSheet(snapshot);
    expect(reading.problems).toEqual([]);
    expect(reading.objective.indicators.map((i) => i.previousValue)).toEqual(['61,5', undefined]);
    expect(reading.absentColumns.size).toBe(0);
  });

  it('a sheet built before the columns existed still reads, with nothing missing reported', () => {
    const old = withoutNewColumns(snapshot, cells.columns.previousValue.charCodeAt(0) - 65);
    const reading = readObjectiveSheet(old);
    expect(reading.problems).toEqual([]);
    expect([...reading.absentColumns].sort()).toEqual(['forecast', 'monitoredValue', 'monitoringDate', 'monitoringNote', 'previousValue', 'revisionDate', 'trend']);
    expect(reading.objective.indicators.map((i) => i.actual)).toEqual(readObjectiveSheet(snapshot).objective.indicators.map((i) => i.actual));
    expect(reading.objective.indicators.every((i) => i.previousValue === undefined)).toBe(true);
  });
});

describe('Valore anno precedente in JSON and CSV', () => {
  const withValue: Report = { ...report, objectives: [withPrevious()] };

  it('JSON takes previousValue and lists one it cannot read', () => {
    const json = JSON.parse(JSON.stringify(withValue));
    expect(parseReportJson(json).report.objectives[0].indicators[0].previousValue).toBe('61,5');
    json.objectives[0].indicators[0].previousValue = 'molti';
    const { incomplete } = parseReportJson(json);
    expect(incomplete.map((issue) => issue.field)).toContain('indicators[0].previousValue');
  });

  it('CSV writes it under "Valore anno precedente" and reads it back', () => {
    const csv = formatIndicatorsCsv(withValue);
    expect(csv.split('\n')[0]).toContain('Valore anno precedente');
    expect(parseIndicatorsCsv(csv).report.objectives[0].indicators.map((i) => i.previousValue)).toEqual(['61,5', undefined]);
  });
});

describe('Valore anno precedente in the Riepilogo annex and the Relazione', () => {
  const objective = withPrevious();
  const cells = objectiveCells(objective.indicators.length);
  const ref = { number: 2, sheetName: 'Obiettivo 2', cells, indicatorCount: objective.indicators.length };
  const annexRow = (layout: ReturnType<typeof summarySheetLayout>) => {
    const header = summaryGeometry(1).annexHeaderRow;
    return (column: string) => layout.blocks.flatMap((block) => (block.address === `A${header}` ? [block.cells[1]] : []))[0]?.[column.charCodeAt(0) - 65];
  };

  it('the annex links last year\'s value and the trend, blank for a sheet that lacks them', () => {
    const options = { includeChart: false, includeAnnex: true, cutoffs: DEFAULT_CUTOFFS };
    const linked = annexRow(summarySheetLayout([ref], options));
    expect(linked('G')?.formula).toBe(`=IF('Obiettivo 2'!L${cells.firstIndicatorRow}="","",'Obiettivo 2'!L${cells.firstIndicatorRow})`);
    expect(linked('H')?.formula).toBe(`='Obiettivo 2'!M${cells.firstIndicatorRow}`);
    const old = annexRow(summarySheetLayout([{ ...ref, absentColumns: new Set(['previousValue', 'trend']) }], options));
    expect([old('G'), old('H')]).toEqual([null, null]);
  });

  it('the .docx indicator table has an "Anno precedente" column with the trend, only where there are values', () => {
    const reading = readObjectiveSheet(layoutSnapshot(objectiveSheetLayout(objective)));
    reading.objective.indicators[0].actual = '49,96';
    const table = indicatorTable(reading, docContext('it'));
    expect(table.columns.map((column) => column.header)).toEqual(['Indicatore', 'Target', 'Anno precedente', 'Risultato', 'Grado']);
    expect(table.rows[0].cells[2]).toEqual(['61,5', 'Andamento: migliore']);
    const english = indicatorTable(reading, docContext('en'));
    expect(english.rows[0].cells[2]).toEqual(['61,5', 'Trend: better']);
    const without = readObjectiveSheet(layoutSnapshot(objectiveSheetLayout(report.objectives.find((o) => o.number === 2)!)));
    expect(indicatorTable(without, docContext('it')).columns.map((column) => column.header)).toEqual(['Indicatore', 'Target', 'Risultato', 'Grado']);
  });
});
