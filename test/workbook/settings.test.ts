// The one settings type: declared once (SETTING_FIELDS), written to the settings sheet, read back, defaults derived.
import { renderMessage } from '../../src/core/messages';
import { DEFAULT_CUTOFFS } from '../../src/core/model';
import type { SummaryRequest } from '../../src/excel';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS, SETTING_FIELDS, SETTING_NAMES, type WorkbookSettings } from '../../src/workbook/settings';
import { readSettings, settingsSheetLayout } from '../../src/workbook/settings-sheet';
import type { SheetSnapshot, SnapshotValue } from '../../src/workbook/snapshot';

const CHANGED: WorkbookSettings = {
  ...DEFAULT_SETTINGS,
  cutoffs: { achievedFrom: 0.95, partialFrom: 0.6 },
  paymentThreshold: 0.7,
  fundTotal: 50000.5,
  language: 'en',
  includeChart: false,
  includeAnnex: false,
  summaryTitle: 'Riepilogo – Relazione sulla Performance 2023',
};

const sheetOf = (settings: WorkbookSettings): SheetSnapshot => layoutSnapshot(settingsSheetLayout(settings, 'refresh'));

/** The sheet with the value of the row whose key is `key` replaced, as an analyst typing in Excel. */
function withValue(sheet: SheetSnapshot, key: string, value: SnapshotValue): SheetSnapshot {
  const row = sheet.values.findIndex((cells) => cells[0] === key);
  const replace = (grid: SnapshotValue[][]) => grid.map((cells, index) => (index === row ? cells.map((cell, column) => (column === 2 ? value : cell)) : cells));
  return { ...sheet, values: replace(sheet.values), formulas: replace(sheet.formulas) };
}

function withoutRow(sheet: SheetSnapshot, key: string): SheetSnapshot {
  const keep = (grid: SnapshotValue[][]) => grid.filter((cells) => cells[0] !== key);
  return { ...sheet, values: keep(sheet.values), formulas: keep(sheet.formulas) };
}

describe('the settings sheet', () => {
  it('reads back what it wrote, for the defaults and for every setting changed', () => {
    expect(readSettings(sheetOf(DEFAULT_SETTINGS))).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(readSettings(sheetOf(CHANGED))).toEqual({ settings: CHANGED, problems: [] });
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('derives its defaults, rows and named items from the one list of fields', () => {
    expect(DEFAULT_SETTINGS.cutoffs).toEqual(DEFAULT_CUTOFFS);
    expect(Object.keys(DEFAULT_SETTINGS)).toEqual(Object.keys(SETTING_FIELDS));
    const layout = settingsSheetLayout(DEFAULT_SETTINGS, 'keep');
    const keys = layout.blocks[0].cells.slice(3).map((row) => row[0]?.value);
    expect(keys).toEqual(Object.values(SETTING_FIELDS).flatMap((field) => field.rows.map((row) => row.key)));
    const names = layout.names.map((name) => name.name);
    for (const name of Object.values(SETTING_NAMES)) expect(names).toContain(name);
  });

  it('takes the default for a row an older sheet lacks, silently', () => {
    expect(readSettings(withoutRow(sheetOf(CHANGED), 'includeAnnex')).settings).toEqual({ ...CHANGED, includeAnnex: true });
  });

  it('falls back on unusable values and says why with a catalogue message, in Italian and English', () => {
    let sheet = withValue(sheetOf(CHANGED), 'achievedFrom', '150%');
    sheet = withValue(sheet, 'fundTotal', 'tanti');
    sheet = withValue(sheet, 'includeChart', 'forse');
    sheet = withValue(sheet, 'language', 'fr');
    const { settings, problems } = readSettings(sheet);
    expect(settings).toEqual({ ...CHANGED, cutoffs: { achievedFrom: 1, partialFrom: 0.6 }, fundTotal: null, includeChart: true, language: null });
    expect(problems.map((problem) => problem.message.code)).toEqual(['settings.unusable', 'settings.unusable', 'settings.unusable', 'settings.unusable']);
    const italian = problems.map((problem) => renderMessage(problem.message, 'it'));
    expect(italian[0]).toBe('Impostazione "achievedFrom": 1,5 non è tra 0% e 100%; si usa 100%');
    expect(italian[1]).toMatch(/^Impostazione "fundTotal": .*"tanti".*; si usa il valore predefinito \(vuoto\)$/);
    expect(italian[2]).toBe('Impostazione "language": "fr" non è tra i valori ammessi (it, en); si usa il valore predefinito (vuoto)');
    expect(italian[3]).toBe('Impostazione "includeChart": "forse" non è VERO o FALSO; si usa VERO');
    expect(renderMessage(problems[0].message, 'en')).toBe('Setting "achievedFrom": 1.5 is not between 0% and 100%; 100% is used instead');
    expect(problems[0].address).toBe('C4');
  });

  it('brings a partial cut-off above the achieved one down to it, and says so', () => {
    const { settings, problems } = readSettings(withValue(withValue(sheetOf(DEFAULT_SETTINGS), 'achievedFrom', 0.8), 'partialFrom', 0.9));
    expect(settings.cutoffs).toEqual({ achievedFrom: 0.8, partialFrom: 0.8 });
    expect(problems.map((problem) => problem.message.code)).toEqual(['settings.partialAboveAchieved']);
  });
});

describe("a report's settings", () => {
  it('titles the summary with the year, or with the title when the report has no year (never "Performance 0")', () => {
    expect(settingsWithReport(DEFAULT_SETTINGS, { title: 'Relazione 2022', year: 2022 }).summaryTitle).toBe('Riepilogo – Relazione sulla Performance 2022');
    expect(settingsWithReport(DEFAULT_SETTINGS, { title: 'Relazione del Comune', year: 0 }).summaryTitle).toBe('Riepilogo – Relazione del Comune');
    expect(settingsWithReport(CHANGED, {}).summaryTitle).toBe(CHANGED.summaryTitle);
  });

  it('keeps what the report does not state', () => {
    const imported = settingsWithReport(CHANGED, { cutoffs: { achievedFrom: 0.9, partialFrom: 0.5 } });
    expect(imported).toEqual({ ...CHANGED, cutoffs: { achievedFrom: 0.9, partialFrom: 0.5 } });
  });

  it('rejects a misspelled setting at compile time', () => {
    // @ts-expect-error: the summary's title is `summaryTitle`; `title` is not a setting.
    const request: SummaryRequest = { settings: { ...DEFAULT_SETTINGS, title: 'Riepilogo' } };
    // @ts-expect-error: settings are given whole, under `settings`, never loose in the request.
    const loose: SummaryRequest = { summaryTitle: 'Riepilogo' };
    expect([request, loose]).toHaveLength(2);
  });
});
