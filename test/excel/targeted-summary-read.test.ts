// The summary reads each objective sheet as built at the cells it needs, not its whole used range: it finds what the
// whole reading finds (the problems an analyst's edits cause, added indicator rows, misdirected named items), and a
// sheet whose rows moved is read whole in one more sync.
import { renderMessage } from '../../src/core/messages';
import { buildObjectives, checkWorkbook, generateSummary, readObjectives, readWorkbook } from '../../src/excel';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import type { Problem } from '../../src/workbook/problems';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { readWorkbookSnapshot, type WorkbookReading } from '../../src/workbook/workbook-reading';
import { example2022 } from '../support/example-2022';
import { CURRENT_EXCEL } from '../support/manifest-sets';
import { emulatedWorkbook, type EmulatedWorkbook } from './emulated-workbook';

const report = example2022();
const said = (problems: ReadonlyArray<Problem>) => problems.map((problem) => [problem.sheet, problem.address, problem.code, renderMessage(problem.message, 'it')]);

/** What the summary takes from a reading: everything but the free text it leaves unread. */
function summaryPart(reading: WorkbookReading) {
  return reading.objectives.map(({ objective, computed, cells, indicatorCount, sheetName, absentColumns, absentHeader }) => ({
    sheetName,
    objective: { ...objective, title: undefined, planReferences: undefined, description: undefined, benefits: undefined, kindText: undefined, oiv: objective.oiv?.score, statedVerdict: objective.statedVerdict?.status, resultsText: undefined, notes: undefined, area: undefined },
    computed,
    cells,
    indicatorCount,
    absent: [...absentColumns, ...absentHeader],
  }));
}

/** The summary's reading and the whole one, side by side. */
async function bothReadings(excel: EmulatedWorkbook['excel']): Promise<[WorkbookReading, WorkbookReading]> {
  const targeted = await excel.run(async (context) => readWorkbookSnapshot(await readWorkbook(context, excel.isSetSupported, 'summary')));
  return [targeted, await readObjectives(excel)];
}

async function expectSameAsWhole(excel: EmulatedWorkbook['excel']): Promise<void> {
  const [targeted, whole] = await bothReadings(excel);
  expect(summaryPart(targeted)).toEqual(summaryPart(whole));
  expect(said(targeted.problems)).toEqual(said(whole.problems));
}

async function built(apiSets = CURRENT_EXCEL) {
  const workbook = emulatedWorkbook({ apiSets });
  await buildObjectives(workbook.excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
  return workbook;
}

async function summarySyncs(workbook: Awaited<ReturnType<typeof built>>) {
  const before = workbook.emu.stats.syncs;
  const summary = await generateSummary(workbook.excel);
  return { summary, syncs: workbook.emu.stats.syncs - before };
}

/** Objective 3's footer names moved onto objective 4's cells (objective 4's own deleted too when `dropFour`). */
async function pointThreeAtFour(excel: EmulatedWorkbook['excel'], dropFour: boolean): Promise<void> {
  await excel.run(async (context) => {
    const names = context.workbook.names;
    for (const cell of ['SCORE', 'DEGREE', 'STATUS', 'PAYABLE']) {
      const four = names.getItem(`TRG_OBJ4_${cell}`);
      four.load('formula');
      await context.sync();
      names.getItem(`TRG_OBJ3_${cell}`).delete();
      names.add(`TRG_OBJ3_${cell}`, four.formula);
      if (dropFour) four.delete();
    }
    await context.sync();
  });
}

/** One sheet is read whole in one more sync, and the summary finds what the whole reading finds. */
async function expectOneSheetReadWhole(workbook: Awaited<ReturnType<typeof built>>): Promise<void> {
  const { summary, syncs } = await summarySyncs(workbook);
  expect(syncs).toBe(4);
  expect(said(summary.problems)).toEqual(said(await checkWorkbook(workbook.excel)));
  await expectSameAsWhole(workbook.excel);
}

describe("the summary's targeted read", () => {
  it("finds the analyst's edits as the whole reading does, in three syncs", async () => {
    const workbook = await built();
    const { emu } = workbook;
    const nine = objectiveCells(report.objectives.find((objective) => objective.number === 9)!.indicators.length);
    emu.setCellInput('Obiettivo 9', `${nine.columns.actual}${nine.firstIndicatorRow}`, 'tre'); // a result that cannot be read
    emu.setCellInput('Obiettivo 9', `${nine.columns.target}${nine.firstIndicatorRow + 1}`, 'circa 200'); // a target changed
    emu.setCellInput('Obiettivo 9', `${nine.columns.revisedTarget}${nine.firstIndicatorRow + 2}`, '>= 1000'); // revised, no reason
    emu.setCellInput('Obiettivo 9', nine.header.kind, 'Nuovissimo');
    emu.setCellInput('Obiettivo 9', nine.header.oivScore, '150');
    const { summary, syncs } = await summarySyncs(workbook);
    expect(syncs).toBe(3);
    const whole = await checkWorkbook(workbook.excel);
    expect(said(summary.problems)).toEqual(said(whole));
    await expectSameAsWhole(workbook.excel);
    expect(summary.problems.filter((problem) => problem.objective === 9).map((problem) => problem.code)).toEqual(
      expect.arrayContaining(['unparseable-result', 'unparseable-target', 'revision-without-reason', 'layout-damaged', 'oiv-not-number']),
    );
  }, 60_000);

  it('follows indicator rows added by rebuilding, still in three syncs', async () => {
    const workbook = await built();
    const more = structuredClone(report.objectives);
    const three = more.find((objective) => objective.number === 3)!;
    three.indicators.push({ ...three.indicators[0], name: 'Indicatore aggiunto' });
    await buildObjectives(workbook.excel, more);
    const { summary, syncs } = await summarySyncs(workbook);
    expect(syncs).toBe(3);
    const whole = await readObjectives(workbook.excel);
    expect(whole.objectives.find((reading) => reading.objective.number === 3)!.indicatorCount).toBe(three.indicators.length);
    expect(said(summary.problems)).toEqual(said(whole.problems));
    await expectSameAsWhole(workbook.excel);
  }, 60_000);

  it('reads a sheet whose rows moved (a totals row inserted under its table) whole, in one more sync', async () => {
    const workbook = await built();
    await workbook.excel.run(async (context) => {
      context.workbook.tables.getItem('TrgObiettivo5').showTotals = true;
      await context.sync();
    });
    await expectOneSheetReadWhole(workbook);
  }, 60_000);

  it("names the sheet that objective 3's named items point at when its N. says 4 (an Excel that knows sheets by names)", async () => {
    // Both have one indicator: only where objective 3's table lies tells the sheets apart.
    const workbook = await built({ ExcelApi: '1.8' });
    await pointThreeAtFour(workbook.excel, true);
    const { summary } = await summarySyncs(workbook);
    const codes = said(summary.problems).filter(([, , code]) => code === 'objective-misdirected' || code === 'objective-missing');
    expect(codes.map(([sheet, , code]) => [sheet, code])).toEqual([
      ['Obiettivo 4', 'objective-misdirected'],
      ['Traguardo', 'objective-missing'],
    ]);
    expect(said(summary.problems)).toEqual(said(await checkWorkbook(workbook.excel)));
    await expectSameAsWhole(workbook.excel);
  }, 60_000);

  it("reads whole a sheet whose table is another objective's of the same size (the tables' names swapped), in one more sync", async () => {
    const workbook = await built();
    await workbook.excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.getItem('TrgObiettivo3').name = 'Scambio';
      tables.getItem('TrgObiettivo4').name = 'TrgObiettivo3';
      tables.getItem('Scambio').name = 'TrgObiettivo4';
      await context.sync();
    });
    await expectOneSheetReadWhole(workbook);
  }, 60_000);

  it('asks the tag property where named items leave doubt: objective 3 found on its own sheet though its names point at 4', async () => {
    const workbook = await built();
    await pointThreeAtFour(workbook.excel, false);
    const { summary } = await summarySyncs(workbook);
    const [targeted] = await bothReadings(workbook.excel);
    expect(targeted.objectives.filter((reading) => [3, 4].includes(reading.objective.number)).map((reading) => [reading.objective.number, reading.sheetName])).toEqual([
      [3, 'Obiettivo 3'],
      [4, 'Obiettivo 4'],
    ]);
    expect(said(summary.problems)).toEqual(said(await checkWorkbook(workbook.excel)));
    await expectSameAsWhole(workbook.excel);
  }, 60_000);
});
