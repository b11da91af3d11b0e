// src/excel on the oldest Excel the manifest admits: an emulator limited to its requirement sets, which throws
// ApiNotFound for anything above them and answers isSetSupported as that Excel would.
// Sheet tags fall back to the named items, RangeAreas to one format call per rectangle: the workbook comes out the same.
import example from '../../examples/relazione-2022.json';
import type { Report } from '../../src/core/model';
import { buildObjectives, generateSummary, listObjectives } from '../../src/excel';
import { REQUIRED_SETS } from '../../src/taskpane/requirement-sets';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { dumpWorkbook, emulatedWorkbook, type EmulatedWorkbook } from './emulated-workbook';

const report = example as unknown as Report;
const manifestSets = Object.fromEntries(REQUIRED_SETS.map((set) => [set.name, set.version]));

async function build2022({ emu, excel }: EmulatedWorkbook): Promise<void> {
  await buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
  await generateSummary(excel);
  expect(emu.sheetNames()).toContain('Riepilogo');
}

/** Everything a user sees, without the custom properties an older Excel cannot hold. */
function visible({ emu }: EmulatedWorkbook): unknown {
  const dump = dumpWorkbook(emu) as { sheets: Record<string, unknown>[] };
  return { ...dump, sheets: dump.sheets.map(({ customProperties: _properties, ...sheet }) => sheet) };
}

describe("the 2022 report on an Excel with only the manifest's requirement sets", () => {
  let current: unknown;
  let oldest: EmulatedWorkbook;

  beforeAll(async () => {
    const full = emulatedWorkbook();
    await build2022(full);
    current = visible(full);

    oldest = emulatedWorkbook({ apiSets: manifestSets });
    await build2022(oldest);
  });

  it('is built without custom properties and looks the same as on a current Excel, formats included', () => {
    expect(oldest.emu.requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
    for (const sheet of oldest.emu.sheetNames()) expect(oldest.emu.customProperties(sheet)).toEqual({});
    expect(visible(oldest)).toEqual(current);
  });

  it('finds its sheets again by their named items: a second build refreshes them instead of adding new ones', async () => {
    const before = oldest.emu.sheetNames();
    const listed = await listObjectives(oldest.excel);
    expect(listed.map((item) => item.number)).toEqual(report.objectives.map((objective) => objective.number));
    const rebuilt = await buildObjectives(oldest.excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
    expect(rebuilt.sheets.map((sheet) => sheet.action)).not.toContain('create');
    expect(oldest.emu.sheetNames()).toEqual(before);
  });
});
