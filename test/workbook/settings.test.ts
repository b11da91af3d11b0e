// The one settings type: declared once (SETTING_FIELDS), written to the settings sheet, read back, defaults derived.
import { renderMessage } from '../../src/core/messages';
import { DEFAULT_CUTOFFS } from '../../src/core/model';
import type { SummaryRequest } from '../../src/excel';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS, fundLabel, SETTING_FIELDS, SETTING_NAMES, type WorkbookSettings } from '../../src/workbook/settings';
import { readSettings, settingsSheetLayout } from '../../src/workbook/settings-sheet';
import type { SheetSnapshot, SnapshotValue } from '../../src/workbook/snapshot';
import { readWorkbookSnapshot } from '../../src/workbook/workbook-reading';
import { summarySheetLayout } from '../../src/workbook/summary-sheet';
import { defaultFundReference } from '../../src/core/fund';

const CHANGED: WorkbookSettings = {
  ...DEFAULT_SETTINGS,
  cutoffs: { achievedFrom: 0.95, partialFrom: 0.6 },
  payout: { kind: 'bands', from: 0.7, bands: [{ from: 0.9, share: 1 }, { from: 0.6, share: 0.5 }] },
  deadlineToleranceDays: 15,
  finalDegree: 'computed',
  fundTotal: 50000.5,
  fundReference: 'Fondo risorse decentrate, risorse per obiettivi (delibera di costituzione del fondo 2023)',
  reportYear: 2023,
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
    const read = (settings: WorkbookSettings | null) => {
      const { settings: back, problems } = readSettings(settings === null ? null : sheetOf(settings));
      return { settings: back, problems };
    };
    expect(read(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(read(CHANGED)).toEqual({ settings: CHANGED, problems: [] });
    expect(read(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(readSettings(sheetOf(CHANGED)).addresses.get('payoutRule')).toBe('C6');
  });

  it('derives its defaults, rows and named items from the one list of fields', () => {
    expect(DEFAULT_SETTINGS.cutoffs).toEqual(DEFAULT_CUTOFFS);
    expect(Object.keys(DEFAULT_SETTINGS)).toEqual(Object.keys(SETTING_FIELDS));
    const layout = settingsSheetLayout(DEFAULT_SETTINGS, 'keep');
    const keys = layout.blocks[0].cells.slice(3).map((row) => row[0]?.value);
    expect(keys).toEqual(Object.values(SETTING_FIELDS).flatMap((field) => field.rows.map((row) => row.key)));
    const names = layout.names.map((name) => name.name);
    for (const name of Object.values(SETTING_NAMES)) expect(names).toContain(name);
    // The five band rows make one named range over their two value columns, for PERF.FUNDSHARE.
    const bands = layout.names.find((name) => name.name === SETTING_NAMES.payoutBands);
    const firstBand = keys.indexOf('payoutBand1') + 4;
    expect(bands?.address).toBe(`C${firstBand}:D${firstBand + 4}`);
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

describe('the evaluation rules on the settings sheet', () => {
  it('start from defensible defaults: proportional from the "Parzialmente" cut-off, the OIV score when present, no tolerance', () => {
    expect(DEFAULT_SETTINGS.payout).toMatchObject({ kind: 'proportional', from: DEFAULT_CUTOFFS.partialFrom });
    expect(DEFAULT_SETTINGS).toMatchObject({ finalDegree: 'oiv-else-computed', deadlineToleranceDays: 0, fundReference: null, reportYear: null });
  });

  it('read an older sheet (a payment threshold, no payout rule) as proportional from that threshold, bands by default', () => {
    let sheet = sheetOf(DEFAULT_SETTINGS);
    for (const key of ['payoutRule', 'payoutBand1', 'payoutBand2', 'payoutBand3', 'payoutBand4', 'payoutBand5']) sheet = withoutRow(sheet, key);
    const { settings, problems } = readSettings(withValue(sheet, 'paymentThreshold', 0));
    expect(settings.payout).toEqual({ ...DEFAULT_SETTINGS.payout, kind: 'proportional', from: 0 });
    expect(problems).toEqual([]);
  });

  it('accept the payout rule in Italian or as its code, and refuse a band with half its values', () => {
    const sheet = withValue(withValue(sheetOf(CHANGED), 'payoutRule', 'TUTTO O NIENTE'), 'payoutBand2', '');
    const { settings, problems } = readSettings(sheet);
    expect(settings.payout.kind).toBe('all-or-nothing');
    expect(settings.payout.bands).toEqual([{ from: 0.9, share: 1 }]);
    expect(problems.map((problem) => renderMessage(problem.message, 'en'))).toEqual([
      'Setting "payoutBand2": the band has a degree but no share, or a share but no degree; the default (blank) is used instead',
    ]);
    expect(readSettings(withValue(sheetOf(CHANGED), 'payoutRule', 'bands')).settings.payout.kind).toBe('bands');
  });

  it('want whole days of tolerance, and TRUE or FALSE for the OIV score', () => {
    const { settings, problems } = readSettings(withValue(withValue(sheetOf(CHANGED), 'deadlineToleranceDays', 2.5), 'finalDegree', true));
    expect(settings).toMatchObject({ deadlineToleranceDays: 0, finalDegree: 'oiv-else-computed' });
    expect(problems.map((problem) => problem.message.code)).toEqual(['settings.unusable']);
  });
});

describe('rules worth a warning', () => {
  it('are listed with the problems of the workbook (Verifica, traguardo summary), at the payout rule', () => {
    const reading = (settings: WorkbookSettings) => readWorkbookSnapshot({ sheets: [], objectiveSheets: [], settingsSheet: sheetOf(settings) });
    const paysAll = { ...DEFAULT_SETTINGS, payout: { ...DEFAULT_SETTINGS.payout, from: 0 } };
    expect(reading(paysAll).problems).toEqual([
      { sheet: 'Traguardo', address: 'C6', objective: null, code: 'rules-warning', message: expect.objectContaining({ code: 'rules.paysNotAchieved' }) },
    ]);
    expect(reading(DEFAULT_SETTINGS).problems).toEqual([]);
  });
});

describe("the fund's line in the Riepilogo", () => {
  const texts = (settings: WorkbookSettings): unknown[] =>
    summarySheetLayout([], { includeChart: false, includeAnnex: false, cutoffs: settings.cutoffs, fundLabel: fundLabel(settings) }).blocks.flatMap((block) =>
      block.cells.flatMap((row) => row.map((cell) => cell?.value)),
    );

  it("follows the report's year, or says what the analyst wrote", () => {
    expect(texts(settingsWithReport(DEFAULT_SETTINGS, { year: 2022 }))).toContain('Fondo risorse decentrate, risorse per obiettivi (art. 67 c. 5 lett. b) CCNL Funzioni Locali 21/5/2018)');
    expect(texts(settingsWithReport(DEFAULT_SETTINGS, { year: 2023 }))).toContain(defaultFundReference(2023));
    expect(texts({ ...DEFAULT_SETTINGS, fundReference: 'Fondo 2024, parte per obiettivi' })).toContain('Fondo 2024, parte per obiettivi');
  });
});

describe("a report's settings", () => {
  it('titles the summary with the year, or with the title when the report has no year (never "Performance 0")', () => {
    expect(settingsWithReport(DEFAULT_SETTINGS, { title: 'Relazione 2022', year: 2022 }).summaryTitle).toBe('Riepilogo – Relazione sulla Performance 2022');
    expect(settingsWithReport(DEFAULT_SETTINGS, { title: 'Relazione del Comune', year: 0 }).summaryTitle).toBe('Riepilogo – Relazione del Comune');
    expect(settingsWithReport(CHANGED, {}).summaryTitle).toBe(CHANGED.summaryTitle);
  });

  it("takes the report's year and its payment threshold as the old rule, proportional from it", () => {
    const imported = settingsWithReport(CHANGED, { year: 2021, fund: { threshold: 0.3 } });
    expect(imported).toMatchObject({ reportYear: 2021, payout: { kind: 'proportional', from: 0.3, bands: CHANGED.payout.bands } });
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
