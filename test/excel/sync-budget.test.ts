// How many round trips each operation takes, whatever the number of objectives: the budget the task pane
// relies on in Excel on the web (a current Excel), where each sync is a network request.
import { example2022 } from '../support/example-2022';
import expected from '../../examples/relazione-2022.expected.json';
import { buildObjectives, buildReport, generateSummary, readObjectives, readWorkbookSettings, writeWorkbookSettings } from '../../src/excel';
import { emulatedWorkbook } from './emulated-workbook';
import { CURRENT_EXCEL } from '../support/manifest-sets';
import { generatedObjectives } from './generated-objectives';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';

const report = example2022();

async function syncsOf<T>(emu: ReturnType<typeof emulatedWorkbook>['emu'], operation: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = emu.stats.syncs;
  const result = await operation();
  return { result, syncs: emu.stats.syncs - before };
}

describe('the sync budget of each operation', () => {
  let workbook: ReturnType<typeof emulatedWorkbook>;
  beforeEach(() => {
    workbook = emulatedWorkbook({ apiSets: CURRENT_EXCEL });
  });

  it('build 3, rebuild keeping the inputs 3, summary 3, read 2, settings 2 and 3, whole report 4', async () => {
    const { emu, excel } = workbook;
    const built = await syncsOf(emu, () => buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) }));
    expect([built.syncs, built.result.report.syncs]).toEqual([3, 3]);
    emu.setCellInput('Obiettivo 9', 'G19', '600');
    const rebuilt = await syncsOf(emu, () => buildObjectives(excel, report.objectives));
    expect(rebuilt.syncs).toBe(3);
    expect(rebuilt.result.sheets.find((sheet) => sheet.key === 'objective:9')?.inputsKept).toBeGreaterThan(0);
    const summary = await syncsOf(emu, () => generateSummary(excel, { settings: { ...DEFAULT_SETTINGS, payout: { ...DEFAULT_SETTINGS.payout, from: 0.5 } } }));
    expect([summary.syncs, summary.result.report.syncs]).toEqual([3, 3]);
    expect((await syncsOf(emu, () => readObjectives(excel))).syncs).toBe(2);
    expect((await syncsOf(emu, () => readWorkbookSettings(excel))).syncs).toBe(2);
    expect((await syncsOf(emu, () => writeWorkbookSettings(excel, { ...DEFAULT_SETTINGS, fundTotal: 1000 }))).syncs).toBe(3);
    const whole = await syncsOf(emu, () => buildReport(excel, report));
    expect([whole.syncs, whole.result.summary.report.syncs]).toEqual([4, 4]);
  });

  it('finds a sheet whose named items were deleted by its tag property, at the cost of one more read', async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
    await emu.Excel.run(async (context) => {
      for (const cell of ['SCORE', 'DEGREE', 'STATUS', 'PAYABLE']) context.workbook.names.getItem(`TRG_OBJ4_${cell}`).delete();
      await context.sync();
    });
    const summary = await syncsOf(emu, () => generateSummary(excel));
    expect(summary.syncs).toBe(4);
    expect(summary.result.figures.counts).toEqual(expected.counts);
    expect(emu.cell(summary.result.sheet, 'A8').value).toBe(4); // objective 4 still has its row
  });

  it('reads sheets whose request or response passes the limit in parts instead of failing', async () => {
    // A 64 KB limit stands in for Excel on the web's 5 MB, so the summary's read of 100 objective sheets passes it.
    workbook = emulatedWorkbook({ apiSets: CURRENT_EXCEL, payloadLimitBytes: 64 * 1024 });
    const { emu, excel } = workbook;
    const objectives = generatedObjectives(100);
    await buildObjectives(excel, objectives, { maxPayloadBytes: 48 * 1024 });
    const summary = await syncsOf(emu, () => generateSummary(excel, { maxPayloadBytes: 48 * 1024 }));
    expect(Object.values(summary.result.figures.counts).reduce((sum, n) => sum + n, 0)).toBe(100);
    expect(summary.syncs).toBe(summary.result.report.syncs);
    expect(summary.syncs).toBeGreaterThan(3);
    const rebuilt = await buildObjectives(excel, objectives, { maxPayloadBytes: 48 * 1024 });
    expect(rebuilt.sheets.filter((sheet) => sheet.action === 'refresh')).toHaveLength(100);
  });
});
