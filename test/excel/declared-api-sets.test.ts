// src/excel on the oldest Excel the manifest admits: an emulator limited to its requirement sets, which throws
// ApiNotFound for anything above them and answers isSetSupported as that Excel would.
// Sheet tags fall back to the named items, RangeAreas to one format call per rectangle: the workbook comes out the same.
import example from '../../examples/relazione-2022.json';
import type { Report } from '../../src/core/model';
import { buildObjectives, generateSummary, listObjectives } from '../../src/excel';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { dumpWorkbook, emulatedWorkbook, type EmulatedWorkbook } from './emulated-workbook';
import { CURRENT_EXCEL } from '../support/manifest-sets';
import { generatedObjectives } from './generated-objectives';

const report = example as unknown as Report;

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
  let full: EmulatedWorkbook;
  let oldest: EmulatedWorkbook;

  beforeAll(async () => {
    full = emulatedWorkbook({ apiSets: CURRENT_EXCEL });
    await build2022(full);
    oldest = emulatedWorkbook();
    await build2022(oldest);
  });

  it('on a current Excel, tags each sheet with its custom property (ExcelApi 1.12) besides the named items', () => {
    for (const objective of report.objectives) {
      expect(full.emu.customProperties(`Obiettivo ${objective.number}`)).toEqual({ traguardo: JSON.stringify({ kind: 'objective', number: objective.number }) });
    }
  });

  it('is built without custom properties and looks the same as on a current Excel, formats included', () => {
    expect(oldest.emu.requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
    for (const sheet of oldest.emu.sheetNames()) expect(oldest.emu.customProperties(sheet)).toEqual({});
    expect(visible(oldest)).toEqual(visible(full));
  });

  it('splits its writes under the request limit although each style rectangle is a call of its own (no RangeAreas)', async () => {
    // A 64 KB limit stands in for Excel's, so 40 objective sheets need several requests.
    const small = emulatedWorkbook({ payloadLimitBytes: 64 * 1024 });
    const built = await buildObjectives(small.excel, generatedObjectives(40), { maxPayloadBytes: 48 * 1024 });
    expect(built.report.writeRequests).toBeGreaterThan(1);
    expect(built.written).toHaveLength(41); // the settings sheet and the 40 objective sheets
    expect(small.emu.stats.largestPayloadBytes).toBeLessThanOrEqual(64 * 1024);
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
