// What analysts do to the workbook between two operations, and what the add-in must then do (issue 5's proof).
import example from '../../examples/relazione-2022.json';
import type { Report } from '../../src/core/model';
import {
  buildObjectives,
  buildReport,
  ExcelOperationError,
  generateSummary,
  listObjectives,
  readObjectives,
  readWorkbookSettings,
  selectCell,
  writeWorkbookSettings,
} from '../../src/excel';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { summaryGeometry } from '../../src/workbook/summary-sheet';
import { dumpWorkbook, emulatedWorkbook, valueOf } from './emulated-workbook';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import { DEFAULT_SETTINGS, type WorkbookSettings } from '../../src/workbook/settings';

const report = example as unknown as Report;
const nineCells = objectiveCells(3);
const participants = `${nineCells.columns.actual}${nineCells.firstIndicatorRow + 2}`; // objective 9, third indicator: ">= 700", 1.134
const summaryRowOf = (number: number) => summaryGeometry(11).firstRow + number - 1;

async function renameSheet(emu: ExcelEmulator, from: string, to: string): Promise<void> {
  await emu.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

describe('after the analyst edits the workbook', () => {
  let workbook: ReturnType<typeof emulatedWorkbook>;
  beforeEach(() => {
    workbook = emulatedWorkbook();
  });

  it("objective 9's participants at 600 change the summary's Grado and Esito without regenerating it", async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives); // default cut-offs: Raggiunto from 100%
    await generateSummary(excel);
    const row = summaryRowOf(9);
    const partiallyAchieved = summaryGeometry(11).figures['Parzialmente raggiunto'];
    expect([valueOf(emu, 'Riepilogo', `G${row}`), valueOf(emu, 'Riepilogo', `H${row}`)]).toEqual([1, 'Raggiunto']);
    expect(valueOf(emu, 'Riepilogo', partiallyAchieved)).toBe(1); // objective 3, OIV 99/100
    // The OIV's score overrides the computed one, so the analyst clears it before re-measuring.
    emu.setCellInput('Obiettivo 9', nineCells.header.oivScore, '');
    emu.setCellInput('Obiettivo 9', participants, '600');
    expect(valueOf(emu, 'Obiettivo 9', `${nineCells.columns.achieved}${nineCells.firstIndicatorRow + 2}`)).toBe(false);
    expect(valueOf(emu, 'Riepilogo', `E${row}`)).toBeCloseTo((1 + 1 + 600 / 700) / 3, 10);
    expect(valueOf(emu, 'Riepilogo', `G${row}`)).toBeCloseTo((1 + 1 + 600 / 700) / 3, 10);
    expect(valueOf(emu, 'Riepilogo', `H${row}`)).toBe('Parzialmente raggiunto');
    expect(valueOf(emu, 'Riepilogo', partiallyAchieved)).toBe(2);
  });

  it('regenerating twice leaves the same workbook', async () => {
    const { emu, excel } = workbook;
    await buildReport(excel, report);
    const once = dumpWorkbook(emu);
    await buildReport(excel, report);
    expect(dumpWorkbook(emu)).toEqual(once);
    await generateSummary(excel);
    expect(dumpWorkbook(emu)).toEqual(once);
  });

  it('finds a renamed objective sheet by its tag, refreshes it in place and links the summary to its new name', async () => {
    const { emu, excel } = workbook;
    await buildReport(excel, report);
    await renameSheet(emu, 'Obiettivo 5', 'Monitoraggio progetti');
    expect((await listObjectives(excel)).find((item) => item.number === 5)?.sheet).toBe('Monitoraggio progetti');
    // The summary's existing formulas followed the rename.
    expect(emu.cell('Riepilogo', `G${summaryRowOf(5)}`).formula).toBe("='Monitoraggio progetti'!B24");
    const built = await buildObjectives(excel, report.objectives);
    expect(built.sheets.find((sheet) => sheet.key === 'objective:5')).toMatchObject({ sheet: 'Monitoraggio progetti', action: 'refresh' });
    expect(emu.sheetNames()).not.toContain('Obiettivo 5');
    await generateSummary(excel);
    expect(emu.cell('Riepilogo', `H${summaryRowOf(5)}`)).toMatchObject({ formula: "='Monitoraggio progetti'!B25", value: 'Raggiunto' });
  });

  it("never deletes the analyst's own untagged \"Riepilogo\": the summary takes another name", async () => {
    const { emu, excel } = workbook;
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Riepilogo');
      sheet.getRange('A1:B1').values = [['Mie note', 42]];
      await context.sync();
    });
    await buildObjectives(excel, report.objectives);
    const first = await generateSummary(excel);
    expect(first).toMatchObject({ sheet: 'Riepilogo (2)', renamed: true });
    const second = await generateSummary(excel);
    expect(second).toMatchObject({ sheet: 'Riepilogo (2)' });
    expect(emu.cell('Riepilogo', 'B1').value).toBe(42);
    expect(emu.customProperties('Riepilogo')).toEqual({});
    expect(emu.sheetNames().filter((name) => name.startsWith('Riepilogo'))).toEqual(['Riepilogo (2)', 'Riepilogo']);
  });

  it("refreshing keeps what the analyst typed (results, notes, OIV) and rewrites the rest", async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives);
    emu.setCellInput('Obiettivo 9', participants, '600');
    emu.setCellInput('Obiettivo 9', `${nineCells.columns.notes}${nineCells.firstIndicatorRow}`, 'verificato col registro');
    emu.setCellInput('Obiettivo 9', 'A1', 'titolo cambiato a mano');
    const refreshed = await buildObjectives(excel, report.objectives); // the JSON still says 1.134
    expect(refreshed.sheets.find((sheet) => sheet.key === 'objective:9')).toMatchObject({ action: 'refresh', inputsDropped: [] });
    expect(valueOf(emu, 'Obiettivo 9', participants)).toBe('600');
    expect(valueOf(emu, 'Obiettivo 9', `${nineCells.columns.notes}${nineCells.firstIndicatorRow}`)).toBe('verificato col registro');
    expect(valueOf(emu, 'Obiettivo 9', 'A1')).toBe('Obiettivo n. 9 – NUOVO SERVIZIO SPORTELLO PUNTO IMPRESA DIGITALE');
    const nine = (await readObjectives(excel)).objectives.find((reading) => reading.objective.number === 9)!;
    expect(nine.objective.indicators[2].actual).toBe('600');
    expect(nine.objective.oiv?.score).toBe(100);
  });

  it('stores the settings in the workbook; the statuses follow them live', async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives);
    expect(valueOf(emu, 'Obiettivo 3', objectiveCells(1).footer.status)).toBe('Parzialmente raggiunto'); // OIV 99 < 100%
    const stored: WorkbookSettings = { ...DEFAULT_SETTINGS, cutoffs: { achievedFrom: 0.95, partialFrom: 0.5 }, fundTotal: 120000, language: 'en' };
    await writeWorkbookSettings(excel, stored);
    expect(await readWorkbookSettings(excel)).toEqual(stored);
    expect(valueOf(emu, 'Obiettivo 3', objectiveCells(1).footer.status)).toBe('Raggiunto');
    const summary = await generateSummary(excel, { settings: { ...stored, includeChart: false } });
    expect(summary.figures.fundTotal).toBe(120000);
    expect(summary.figures.remainder).toBe(120000);
    expect(emu.charts(summary.sheet)).toEqual([]);
    expect((await readWorkbookSettings(excel)).includeChart).toBe(false);
  });

  it('selects the cell of a problem, and says so when the sheet is gone', async () => {
    const { emu, excel } = workbook;
    await buildObjectives(excel, report.objectives);
    await selectCell(excel, 'Obiettivo 7', 'C20');
    expect(emu.activeSheet()).toBe('Obiettivo 7');
    await expect(selectCell(excel, 'Obiettivo 99', 'A1')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('refuses two objectives with the same number before writing anything', async () => {
    const { emu, excel } = workbook;
    const twice = [report.objectives[0], { ...report.objectives[1], number: 1 }];
    await expect(buildObjectives(excel, twice)).rejects.toThrow("L'obiettivo 1 compare due volte");
    expect(emu.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('a write that fails half-way', () => {
  it('says which sheets were already written', async () => {
    // Requests over 30 KB fail in this workbook; objective 3's description row is bigger (within the 32,767 characters
    // of a cell, so the write is tried) and, one row, cannot be split into smaller writes.
    const { excel } = emulatedWorkbook({ payloadLimitBytes: 30_000 });
    const objectives = report.objectives.slice(0, 4).map((objective) => (objective.number === 3 ? { ...objective, description: 'x'.repeat(32_000) } : objective));
    const failure = await buildObjectives(excel, objectives, { maxPayloadBytes: 25_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelOperationError);
    expect(failure).toMatchObject({ code: 'WriteFailed', written: ['Traguardo', 'Obiettivo 1', 'Obiettivo 2'] });
    expect((failure as Error).message).toContain('Già scritti: Traguardo, Obiettivo 1, Obiettivo 2');
  });
});
