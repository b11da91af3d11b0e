// A report built in one batch reads its objective sheets back as the summary reads them (header, table rows, footer),
// not whole: its headline figures are the ones a whole reading of the built workbook gives, for less read back.
import { buildReport, generateSummary } from '../../src/excel';
import { generatedReport } from '../../bench/generated-report';
import { example2022 } from '../support/example-2022';
import { CURRENT_EXCEL, manifestApiSets } from '../support/manifest-sets';
import { emulatedWorkbook } from './emulated-workbook';

describe("a built report's headline figures", () => {
  it.each([
    ['the 2022 example', 'the oldest Excel the manifest admits', () => example2022(), manifestApiSets()],
    ['60 generated objectives', 'the oldest Excel the manifest admits', () => generatedReport(60), manifestApiSets()],
    ['60 generated objectives', 'current Excel (RangeAreas)', () => generatedReport(60), CURRENT_EXCEL],
  ])('are, for %s in %s, what a whole reading of the built workbook gives', async (_label, _excel, report, apiSets) => {
    const { emu, excel } = emulatedWorkbook({ apiSets });
    const built = await buildReport(excel, report());
    const readBack = emu.stats.history[emu.stats.history.length - 1];
    const objectives = report().objectives.length;
    // A whole reading of each objective sheet is over 3 KB; the cells the figures need, under 1 KB.
    expect(readBack.responseBytes / objectives).toBeLessThan(1024);
    const whole = await generateSummary(excel, { readWhole: true });
    expect(built.summary.figures).toEqual(whole.figures);
    expect(built.summary.figures.errors).toEqual([]);
  }, 60_000);
});
