// The 2022 report built through src/excel into the emulated workbook: every computed cell of every
// objective sheet and of the summary against what the report states (examples/relazione-2022.expected.json).
import { example2022 } from '../support/example-2022';
import { renderMessage } from '../../src/core/messages';
import expected from '../../examples/relazione-2022.expected.json';
import { buildObjectives, checkWorkbook, generateSummary, listObjectives } from '../../src/excel';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { summaryGeometry } from '../../src/workbook/summary-sheet';
import { emulatedWorkbook, valueOf } from './emulated-workbook';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';

const report = example2022();

describe('the 2022 report in an emulated workbook', () => {
  const { emu, excel } = emulatedWorkbook();

  beforeAll(async () => {
    await buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
    await generateSummary(excel);
  });

  it('has one sheet per objective known by its named items (the tag on the manifest\'s Excel), the hidden settings sheet and the summary first', () => {
    const names = emu.sheetNames();
    expect(names[0]).toBe('Riepilogo');
    const statusCells = new Map(emu.names().map((item) => [item.name, item.formula]));
    for (const objective of report.objectives) {
      expect(statusCells.get(`TRG_OBJ${objective.number}_STATUS`)).toMatch(new RegExp(`^='Obiettivo ${objective.number}'!`));
      expect(emu.customProperties(`Obiettivo ${objective.number}`)).toEqual({});
    }
    expect(emu.sheets().find((sheet) => sheet.name === 'Traguardo')?.visibility).toBe('Hidden');
  });

  describe.each(expected.objectives.map((objective) => [objective.number, objective] as const))('objective %i', (number, outcome) => {
    const sheet = `Obiettivo ${number}`;
    const cells = objectiveCells(outcome.indicators.length);

    it(`is ${outcome.status} with final degree ${outcome.finalDegree}`, () => {
      const finalDegree = valueOf(emu, sheet, cells.footer.finalDegree);
      if (outcome.finalDegree === null) expect(finalDegree).toBe('n.v.');
      else expect(finalDegree).toBeCloseTo(outcome.finalDegree, 10);
      expect(valueOf(emu, sheet, cells.footer.status)).toBe(outcome.status);
      expect(valueOf(emu, sheet, cells.footer.payable)).toBe('—'); // no amounts in the 2022 report: nothing to pay, shown as the report would
    });

    it('has each indicator achieved and graded as the report states', () => {
      outcome.indicators.forEach((indicator, index) => {
        const row = cells.firstIndicatorRow + index;
        const achieved = valueOf(emu, sheet, `${cells.columns.achieved}${row}`);
        const degree = valueOf(emu, sheet, `${cells.columns.degree}${row}`);
        const flagged = (indicator as { flaggedInput?: string }).flaggedInput;
        if (flagged) {
          // An unreadable result is an error in the cell, never a guess.
          expect(achieved).toBe('#VALUE!');
          expect(degree).toBe('#VALUE!');
        } else if (indicator.achieved === null) {
          expect([achieved, degree]).toEqual(['', '']);
        } else {
          expect(achieved).toBe(indicator.achieved);
          expect(degree).toBeCloseTo(indicator.degree as number, 10);
        }
      });
    });
  });

  it('summarises every objective by formulas linked to its sheet', () => {
    const geometry = summaryGeometry(11);
    expected.objectives.forEach((outcome, index) => {
      const row = geometry.firstRow + index;
      expect(valueOf(emu, 'Riepilogo', `A${row}`)).toBe(outcome.number);
      expect(valueOf(emu, 'Riepilogo', `H${row}`)).toBe(outcome.status);
      expect(valueOf(emu, 'Riepilogo', `F${row}`)).toBe(outcome.oivScore ?? '');
      const finalDegree = valueOf(emu, 'Riepilogo', `G${row}`);
      if (outcome.finalDegree === null) expect(finalDegree).toBe('n.v.');
      else expect(finalDegree).toBeCloseTo(outcome.finalDegree, 10);
    });
    expect(emu.cell('Riepilogo', 'G5').formula).toBe("='Obiettivo 1'!B23");
  });

  it("lists each indicator in the annex with the target in force: objective 5's revised ones, the others as planned", () => {
    const geometry = summaryGeometry(11);
    const count = report.objectives.reduce((sum, objective) => sum + objective.indicators.length, 0);
    const rows = Array.from({ length: count }, (_, index) => geometry.annexHeaderRow + 1 + index).map((row) => ({
      number: valueOf(emu, 'Riepilogo', `A${row}`),
      target: valueOf(emu, 'Riepilogo', `C${row}`),
      result: valueOf(emu, 'Riepilogo', `D${row}`),
    }));
    expect(valueOf(emu, 'Riepilogo', `A${geometry.annexHeaderRow + 1 + count}`)).toBe('');
    const ofObjective = (number: number) => rows.filter((row) => row.number === number);
    expect(ofObjective(5).map((row) => row.target)).toEqual(['entro 31/12/2022', '>= 4']);
    expect(ofObjective(1).map((row) => row.target)).toEqual(report.objectives[0].indicators.map((indicator) => indicator.target));
    // Objective 11 was postponed: no result, shown blank rather than 0.
    expect(ofObjective(11).map((row) => row.result)).toEqual(report.objectives[10].indicators.map(() => ''));
  });

  it('gives the counts by status and the weighted overall degree (objective 11 left out)', async () => {
    const summary = await generateSummary(excel);
    expect(summary.figures.counts).toEqual(expected.counts);
    expect(summary.figures.overallDegree).toBeCloseTo(8.99 / 10, 10);
    expect(summary.figures.errors).toEqual([]);
    expect(summary.figures.cutoffs).toEqual(report.cutoffs);
  });

  it('colours the outcomes and charts the final degree', () => {
    const geometry = summaryGeometry(11);
    expect(emu.cell('Riepilogo', `H${geometry.firstRow + 7}`).conditionalFormat.fillColor).toBe('#FFC7CE'); // objective 8
    expect(emu.cell('Riepilogo', `H${geometry.firstRow}`).conditionalFormat.fillColor).toBe('#C6EFCE');
    const [chart] = emu.charts('Riepilogo');
    expect(chart).toMatchObject({ type: 'BarClustered', title: { text: 'Grado finale per obiettivo' }, legend: { visible: false } });
    expect(chart.data.categories).toEqual(expected.objectives.map((outcome) => `Ob. ${outcome.number}`));
    expect(chart.data.series[0].values).toEqual(expected.objectives.map((outcome) => outcome.finalDegree));
  });

  it('lists the objectives and flags objective 7, naming the unreadable ratio', async () => {
    const list = await listObjectives(excel);
    expect(list.map((item) => [item.number, item.status])).toEqual(expected.objectives.map((outcome) => [outcome.number, outcome.status]));
    const problems = await checkWorkbook(excel);
    expect(problems.map((problem) => `${problem.sheet}!${problem.address} ${problem.code}`)).toEqual([
      'Obiettivo 7!C20 unparseable-result',
      'Obiettivo 7!C20 ratio-inconsistent',
    ]);
    expect(renderMessage(problems[0].message, 'it')).toContain('3.1296');
  });
});
