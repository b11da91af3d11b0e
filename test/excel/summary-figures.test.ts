// The headline figures generateSummary returns (worked out by core from the objective sheets) against what the
// written summary sheet itself shows in its figure cells: the 2022 report, the objective-9-at-600 edit, rules
// changed in the same call, and random workbooks with odd inputs (text weights, negative amounts, OIV > 100).
import { example2022 } from '../support/example-2022';
import fc from 'fast-check';
import expected from '../../examples/relazione-2022.expected.json';
import type { Objective } from '../../src/core/model';
import { buildObjectives, buildReport, generateSummary, type SummaryResult } from '../../src/excel';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { SUMMARY_FIGURES, summaryGeometry, type SummaryFigure } from '../../src/workbook/summary-sheet';
import { emulatedWorkbook } from './emulated-workbook';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import type { PayoutRule } from '../../src/core/payout';
import type { FinalDegreeSource } from '../../src/core/rules';

const report = example2022();

/** The figures as the summary sheet shows them in its cells (label order of SUMMARY_FIGURES). */
function shownFigures(emu: ExcelEmulator, summary: SummaryResult, objectiveCount: number): SummaryResult['figures'] {
  const geometry = summaryGeometry(objectiveCount);
  const value = (key: SummaryFigure): unknown => emu.cell(summary.sheet, geometry.figures[key]).value;
  const number = (key: SummaryFigure): number => {
    const found = value(key);
    return typeof found === 'number' ? found : 0;
  };
  const overall = value('overallDegree');
  return {
    errors: SUMMARY_FIGURES.flatMap((figure) => {
      const found = value(figure.key);
      return typeof found === 'string' && found.startsWith('#') ? [{ figure: figure.label, value: found }] : [];
    }),
    counts: {
      Raggiunto: number('Raggiunto'),
      'Parzialmente raggiunto': number('Parzialmente raggiunto'),
      'Non raggiunto': number('Non raggiunto'),
      'Non valutabile': number('Non valutabile'),
    },
    overallDegree: typeof overall === 'number' ? overall : null,
    fundTotal: number('fundTotal'),
    allocated: number('allocated'),
    payable: number('payable'),
    remainder: number('remainder'),
    notEvaluableAmount: number('notEvaluableAmount'),
    cutoffs: { achievedFrom: number('achievedFrom'), partialFrom: number('partialFrom') },
    paymentThreshold: number('paymentThreshold'),
  };
}

/** Same figures, floating-point sums compared to 12 digits. */
function expectSameFigures(returned: SummaryResult['figures'], shown: SummaryResult['figures']): void {
  const { overallDegree, fundTotal, allocated, payable, remainder, notEvaluableAmount, ...exact } = returned;
  const shownNumbers = [shown.overallDegree, shown.fundTotal, shown.allocated, shown.payable, shown.remainder, shown.notEvaluableAmount];
  const { overallDegree: _o, fundTotal: _f, allocated: _a, payable: _p, remainder: _r, notEvaluableAmount: _n, ...shownExact } = shown;
  expect(exact).toEqual(shownExact);
  [overallDegree, fundTotal, allocated, payable, remainder, notEvaluableAmount].forEach((figure, index) => {
    const other = shownNumbers[index];
    if (figure === null || other === null) expect(figure).toBe(other);
    else expect(figure).toBeCloseTo(other, 9);
  });
}

describe('the figures generateSummary returns are the ones the summary sheet shows', () => {
  let workbook: ReturnType<typeof emulatedWorkbook>;
  beforeEach(() => {
    workbook = emulatedWorkbook();
  });

  it('on the 2022 report (objective 8 Non raggiunto, 11 Non valutabile, 3 at 99/100)', async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
    const summary = await generateSummary(excel);
    expectSameFigures(summary.figures, shownFigures(emu, summary, 11));
    expect(summary.figures.counts).toEqual(expected.counts);
    expect(summary.figures.overallDegree).toBeCloseTo(8.99 / 10, 10);
  });

  it('are the same when asked without writing the summary (the command line), which leaves the workbook as it was', async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
    const before = emu.sheets().map((sheet) => sheet.name);
    const figuresOnly = await generateSummary(excel, { write: false });
    expect(emu.sheets().map((sheet) => sheet.name)).toEqual(before);
    expect(figuresOnly.written).toEqual([]);
    const summary = await generateSummary(excel);
    expect(figuresOnly.sheet).toBe(summary.sheet);
    expectSameFigures(figuresOnly.figures, shownFigures(emu, summary, 11));
    expect(figuresOnly.figures).toEqual(summary.figures);
  });

  it("after objective 9's participants go to 600 (OIV score cleared), and with new cut-offs in the same call", async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives);
    await generateSummary(excel);
    const nine = objectiveCells(3);
    emu.setCellInput('Obiettivo 9', nine.header.oivScore, '');
    emu.setCellInput('Obiettivo 9', `${nine.columns.actual}${nine.firstIndicatorRow + 2}`, '600');
    const edited = await generateSummary(excel);
    expectSameFigures(edited.figures, shownFigures(emu, edited, 11));
    expect(edited.figures.counts['Parzialmente raggiunto']).toBe(2);
    // Cut-offs changed in the same call: the objective sheets recompute their Esito, the figures follow.
    const lenient = await generateSummary(excel, { settings: { ...DEFAULT_SETTINGS, cutoffs: { achievedFrom: 0.9, partialFrom: 0.5 } } });
    expectSameFigures(lenient.figures, shownFigures(emu, lenient, 11));
    // Objectives 3 (99/100) and 9 (95%) pass a 90% cut-off.
    expect(lenient.figures.counts['Parzialmente raggiunto']).toBe(0);
    expect(lenient.figures.counts.Raggiunto).toBe(edited.figures.counts.Raggiunto + 2);
  });

  it('with the final degree always computed and a deadline tolerance, changed in the same call', async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
    const withOiv = await generateSummary(excel);
    const computedOnly = await generateSummary(excel, {
      settings: { ...settingsWithReport(DEFAULT_SETTINGS, report), finalDegree: 'computed', deadlineToleranceDays: 30 },
    });
    expectSameFigures(computedOnly.figures, shownFigures(emu, computedOnly, 11));
    expect(computedOnly.figures.overallDegree).not.toBe(withOiv.figures.overallDegree);
  });

  it('with amounts, a payment threshold and a fund total changed in the same call, and from buildReport', async () => {
    const { emu, excel } = workbook;
    const withAmounts = report.objectives.map((objective, index) => ({ ...objective, allocatedAmount: 1000 * (index + 1), weight: 1 + (index % 3) }));
    await buildObjectives(excel, withAmounts);
    const summary = await generateSummary(excel, { settings: { ...DEFAULT_SETTINGS, payout: { ...DEFAULT_SETTINGS.payout, from: 0.95 }, fundTotal: 80000 } });
    expectSameFigures(summary.figures, shownFigures(emu, summary, 11));
    expect(summary.figures.fundTotal).toBe(80000);
    expect(summary.figures.notEvaluableAmount).toBe(11000);
    const built = await buildReport(excel, { ...report, objectives: withAmounts, fund: { threshold: 0.5 } });
    expectSameFigures(built.summary.figures, shownFigures(emu, built.summary, 11));
  });
});

const WEIGHT_INPUTS = ['', '2', '0', 'due', '-1'];
const AMOUNT_INPUTS = ['', '1500', '0', 'mille', '-200', '2.500,50'];
const OIV_INPUTS = ['', '80', '100', '120'];
const RESULT_INPUTS = ['', '5', '10', 'n.v.', 'abc'];

interface ObjectiveEdit {
  weight: string;
  amount: string;
  oiv: string;
  neutralised: boolean;
  result: string;
}

const editArbitrary: fc.Arbitrary<ObjectiveEdit> = fc.record({
  weight: fc.constantFrom(...WEIGHT_INPUTS),
  amount: fc.constantFrom(...AMOUNT_INPUTS),
  oiv: fc.constantFrom(...OIV_INPUTS),
  neutralised: fc.boolean(),
  result: fc.constantFrom(...RESULT_INPUTS),
});

// Absent: the workbook's own settings; else new rules stored in the same call.
const rulesArbitrary = fc.option(
  fc.record({
    cutoffs: fc.constantFrom({ achievedFrom: 1, partialFrom: 0.5 }, { achievedFrom: 0.8, partialFrom: 0.4 }),
    payout: fc.constantFrom<PayoutRule>(
      { kind: 'proportional', from: 0, bands: [] },
      { kind: 'proportional', from: 0.6, bands: [] },
      { kind: 'all-or-nothing', from: 0.5, bands: [] },
      { kind: 'bands', from: 0, bands: [{ from: 0.95, share: 1 }, { from: 0.5, share: 0.4 }] },
    ),
    finalDegree: fc.constantFrom<FinalDegreeSource>('oiv-else-computed', 'computed'),
    fundTotal: fc.constantFrom(null, 5000),
  }),
  { nil: undefined },
);

function plainObjective(number: number): Objective {
  return { number, title: `Obiettivo di prova ${number}`, planReferences: [], indicators: [{ name: 'Pratiche evase', target: '>= 8' }] };
}

describe('on random workbooks with odd analyst inputs', () => {
  it('agree with the summary sheet, rules changed or not', async () => {
    await fc.assert(
      // At least two objectives: with one, the summary's COUNTIF/SUMIFS ranges are single cells, and HyperFormula
      // (unlike Excel, which core follows) lets an error status in such a range turn the whole count into an error.
      fc.asyncProperty(fc.array(editArbitrary, { minLength: 2, maxLength: 4 }), rulesArbitrary, async (edits, rules) => {
        const { emu, excel } = emulatedWorkbook();
        await buildObjectives(excel, edits.map((_, index) => plainObjective(index + 1)));
        const cells = objectiveCells(1);
        edits.forEach((edit, index) => {
          const sheet = `Obiettivo ${index + 1}`;
          emu.setCellInput(sheet, cells.header.weight, edit.weight);
          emu.setCellInput(sheet, cells.header.allocatedAmount, edit.amount);
          emu.setCellInput(sheet, cells.header.oivScore, edit.oiv);
          emu.setCellInput(sheet, cells.header.neutralisation, edit.neutralised ? 'Causa esterna' : '');
          emu.setCellInput(sheet, `${cells.columns.actual}${cells.firstIndicatorRow}`, edit.result);
        });
        const summary = await generateSummary(excel, { settings: rules && { ...DEFAULT_SETTINGS, ...rules } });
        expectSameFigures(summary.figures, shownFigures(emu, summary, edits.length));
        const total = Object.values(summary.figures.counts).reduce((sum: number, n: number) => sum + n, 0);
        expect(total).toBeLessThanOrEqual(edits.length);
        return true;
      }),
      { numRuns: 40, seed: 20220731 },
    );
  }, 120_000);
});
