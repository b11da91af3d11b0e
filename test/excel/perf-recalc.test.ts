// "Ricalcola le formule PERF" on the emulator: a workbook whose PERF cells show #NAME? (their calls under names Excel
// did not know when they were entered) is found by one read, and one batch enters the formulas again, after which the
// sheets show the 2022 report's stated results.
import expected from '../../examples/relazione-2022.expected.json';
import { buildReport, findUnevaluatedPerf, recalculatePerf } from '../../src/excel';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { callsPerf, perfFormulaToEnter, perfNotEvaluated, perfReentries } from '../../src/workbook/perf-cells';
import { summaryGeometry } from '../../src/workbook/summary-sheet';
import { example2022 } from '../support/example-2022';
import { unevaluatePerf } from '../support/unevaluated-perf';
import { emulatedWorkbook, valueOf } from './emulated-workbook';

const ITALIAN = new Map([
  ['ESITO', 'STATUS'],
  ['GRADO.RAGGIUNGIMENTO', 'ACHIEVEMENT'],
]);

describe('which cells count as PERF cells Excel has not evaluated', () => {
  it('a PERF call under any name Office.js may show, with #NAME? or #NOME?; other errors and other functions are not', () => {
    expect(perfNotEvaluated('#NAME?', '=PERF.STATUS(B23,0.9,0.5)')).toBe(true);
    expect(perfNotEvaluated('#NOME?', '=IFNA(PERF.ESITO(B23,0.9,0.5),"—")')).toBe(true);
    expect(perfNotEvaluated('#NAME?', '=_xldudf_PERF_STATUS(B23,0.9,0.5)')).toBe(true);
    expect(perfNotEvaluated('#VALUE!', '=PERF.STATUS(B23,0.9,0.5)')).toBe(false); // computed: the input is wrong
    expect(perfNotEvaluated('#NAME?', '=SUMM(A1:A3)')).toBe(false); // a typo of the analyst's, not ours to re-enter
    expect(perfNotEvaluated('#NAME?', '="PERF.STATUS(" & A1')).toBe(false); // text, not a call
    expect(callsPerf('=XPERF.STATUS(A1)')).toBe(false);
  });

  it('enters each call under the function\'s own name: saved and Italian names become PERF.STATUS', () => {
    expect(perfFormulaToEnter('=_xldudf_PERF_STATUS(B23,0.9,0.5)', ITALIAN)).toBe('=PERF.STATUS(B23,0.9,0.5)');
    expect(perfFormulaToEnter('=_xldudf_PERF.STATUS(B23,0.9,0.5)', ITALIAN)).toBe('=PERF.STATUS(B23,0.9,0.5)');
    expect(perfFormulaToEnter('=IF(G19="","",PERF.GRADO.RAGGIUNGIMENTO(G19,"<= 30"))', ITALIAN)).toBe('=IF(G19="","",PERF.ACHIEVEMENT(G19,"<= 30"))');
    expect(perfFormulaToEnter("='PERF.ESITO('!A1&PERF.STATUS(A2,0.9,0.5)", ITALIAN)).toBe("='PERF.ESITO('!A1&PERF.STATUS(A2,0.9,0.5)");
  });

  it('re-enters a sheet\'s PERF formulas in runs down each column, from its used range\'s corner', () => {
    const snapshot = {
      name: 'Obiettivo 2',
      tag: null,
      origin: 'B3',
      values: [['#NAME?', 1], ['', 2], ['#NAME?', 3]],
      formulas: [['=PERF.ESITO(A1,0.9,0.5)', 1], ['=PERF.STATUS(A2,0.9,0.5)', 2], ['=PERF.STATUS(A3,0.9,0.5)', 3]],
    };
    expect(perfReentries(snapshot, ITALIAN)).toEqual([
      { sheet: 'Obiettivo 2', address: 'B3:B5', formulas: [['=PERF.STATUS(A1,0.9,0.5)'], ['=PERF.STATUS(A2,0.9,0.5)'], ['=PERF.STATUS(A3,0.9,0.5)']] },
    ]);
  });
});

describe('a 2022 workbook whose PERF cells in two sheets show #NAME?', () => {
  const report = example2022();
  const one = expected.objectives.find((objective) => objective.number === 1)!;
  const nine = expected.objectives.find((objective) => objective.number === 9)!;
  const cellsOf = (outcome: typeof one) => objectiveCells(outcome.indicators.length);
  const summaryRow = (number: number) => summaryGeometry(11).firstRow + number - 1;

  async function brokenWorkbook() {
    const workbook = emulatedWorkbook();
    await buildReport(workbook.excel, report);
    expect(await unevaluatePerf(workbook.emu, ['Obiettivo 1', 'Obiettivo 9'])).toBeGreaterThan(0);
    return workbook;
  }

  /** The cells a user sees showing #NAME? on a sheet. */
  function nameErrors(emu: ReturnType<typeof emulatedWorkbook>['emu'], sheet: string): number {
    const used = emu.usedRange(sheet);
    return used ? emu.cells(sheet, used.address).flat().filter((cell) => cell.value === '#NAME?').length : 0;
  }

  it('shows #NAME? in the status and on the Riepilogo, and is found in one read of two syncs', async () => {
    const { emu, excel } = await brokenWorkbook();
    expect(valueOf(emu, 'Obiettivo 1', cellsOf(one).footer.status)).toBe('#NAME?');
    expect(valueOf(emu, 'Riepilogo', `H${summaryRow(9)}`)).toBe('#NAME?');
    const syncs = emu.stats.syncs;
    const found = await findUnevaluatedPerf(excel);
    expect(emu.stats.syncs - syncs).toBe(2);
    // Every #NAME? on the two sheets is a PERF cell; the Riepilogo's only follow them and are not counted.
    expect(found).toEqual({ cells: nameErrors(emu, 'Obiettivo 1') + nameErrors(emu, 'Obiettivo 9'), sheets: ['Obiettivo 1', 'Obiettivo 9'] });
    expect(found.cells).toBeGreaterThanOrEqual(4);
  });

  it('after "Ricalcola le formule PERF" shows the stated results again, in one batch of three syncs', async () => {
    const { emu, excel } = await brokenWorkbook();
    const syncs = emu.stats.syncs;
    const result = await recalculatePerf(excel);
    expect([result.syncs, emu.stats.syncs - syncs]).toEqual([3, 3]);
    expect(result.sheets).toEqual(['Obiettivo 1', 'Obiettivo 9']);
    for (const outcome of [one, nine]) {
      const sheet = `Obiettivo ${outcome.number}`;
      expect(valueOf(emu, sheet, cellsOf(outcome).footer.status)).toBe(outcome.status);
      expect(valueOf(emu, 'Riepilogo', `H${summaryRow(outcome.number)}`)).toBe(outcome.status);
      expect(nameErrors(emu, sheet)).toBe(0);
      expect(emu.cell(sheet, cellsOf(outcome).footer.status).formula).toContain('PERF.STATUS(');
    }
    expect(valueOf(emu, 'Obiettivo 9', cellsOf(nine).footer.finalDegree)).toBeCloseTo(nine.finalDegree as number, 10);
    expect(await findUnevaluatedPerf(excel)).toEqual({ cells: 0, sheets: [] });
  });

  it('writes nothing when every PERF cell is evaluated', async () => {
    const { emu, excel } = emulatedWorkbook();
    await buildReport(excel, report);
    const version = emu.version;
    expect(await recalculatePerf(excel)).toEqual({ cells: 0, sheets: [], reentered: 0, syncs: 2 });
    expect(emu.version).toBe(version);
  });
});
