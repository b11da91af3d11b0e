import example from '../../examples/relazione-2022.json';
import { renderMessage } from '../../src/core/messages';
import type { Objective, Report } from '../../src/core/model';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';
import { readObjectiveSheet } from '../../src/workbook/readers';
import { ratioInconsistency } from '../../src/workbook/ratio-check';
import type { SheetSnapshot, SnapshotValue } from '../../src/workbook/snapshot';
import { readWorkbookSnapshot } from '../../src/workbook/workbook-reading';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { readSettings, settingsSheetLayout } from '../../src/workbook/settings-sheet';

const report = example as unknown as Report;
const objective = (number: number): Objective => report.objectives.find((o) => o.number === number)!;
const sheetOf = (o: Objective): SheetSnapshot => layoutSnapshot(objectiveSheetLayout(o));

/** Puts text into a snapshot cell (as an analyst typing would). */
function type(sheet: SheetSnapshot, address: string, entry: SnapshotValue): SheetSnapshot {
  const column = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  const copy = { ...sheet, formulas: sheet.formulas.map((r) => [...r]), values: sheet.values.map((r) => [...r]) };
  copy.formulas[row][column] = entry;
  copy.values[row][column] = entry;
  return copy;
}

describe('reading an objective sheet back', () => {
  it.each(report.objectives.map((o) => [o.number, o] as const))('objective %i reads back as written', (_, original) => {
    const reading = readObjectiveSheet(sheetOf(original));
    const read = reading.objective;
    expect(read.number).toBe(original.number);
    expect(read.title).toBe(original.title);
    expect(read.planReferences).toEqual(original.planReferences);
    expect(read.kind).toBe(original.kind);
    expect(read.kindText).toBe(original.kindText);
    expect(read.description).toBe(original.description);
    expect(read.benefits).toBe(original.benefits);
    expect(read.oiv).toEqual(original.oiv);
    expect(read.neutralisation).toEqual(original.neutralisation);
    expect(read.resultsText).toBe(original.resultsText);
    expect(read.indicators.map((i) => i.name)).toEqual(original.indicators.map((i) => i.name));
    expect(read.indicators.map((i) => i.target)).toEqual(original.indicators.map((i) => i.target));
    expect(read.indicators.map((i) => i.revision?.revised)).toEqual(original.indicators.map((i) => i.revision?.revised));
    expect(read.indicators.map((i) => i.notes)).toEqual(original.indicators.map((i) => i.notes));
    expect(reading.indicatorCount).toBe(original.indicators.length);
  });

  it('keeps results as written, and deadline results as dates', () => {
    expect(readObjectiveSheet(sheetOf(objective(9))).objective.indicators.map((i) => i.actual)).toEqual(['23', '194', '1.134']);
    expect(readObjectiveSheet(sheetOf(objective(4))).objective.indicators[0].actual).toBe(44773); // 31/07/2022
  });

  it('flags objective 7: the ratio 3.1296/3.196 cannot be read and does not give the stated 100%', () => {
    const problems = readObjectiveSheet(sheetOf(objective(7))).problems;
    expect(problems.map((p) => [p.code, p.address])).toEqual([
      ['unparseable-result', 'C20'],
      ['ratio-inconsistent', 'C20'],
    ]);
    expect(renderMessage(problems[0].message, 'it')).toContain('3.1296');
    expect(renderMessage(problems[1].message, 'it')).toContain('non corrisponde al 100% dichiarato');
    expect(renderMessage(problems[1].message, 'en')).toContain('does not match the stated 100%');
    expect(problems[1]).toMatchObject({ sheet: 'Obiettivo 7', objective: 7 });
  });

  it('finds no other problem in the 2022 example (objective 11 is neutralised: no result expected)', () => {
    const readings = report.objectives.filter((o) => o.number !== 7).map((o) => readObjectiveSheet(sheetOf(o)));
    expect(readings.flatMap((r) => r.problems)).toEqual([]);
  });

  it('lists a missing result, a revised target without reason, a weight that is not a number, an unreadable target', () => {
    let sheet = sheetOf(objective(9));
    sheet = type(sheet, 'C22', '');
    sheet = type(sheet, 'F20', '>= 10');
    sheet = type(sheet, 'I21', 'due');
    sheet = type(sheet, 'B21', 'molti');
    const problems = readObjectiveSheet(sheet).problems.map((p) => `${p.code}@${p.address}`);
    expect(problems).toEqual([
      'revision-without-reason@G20',
      'unparseable-target@B21',
      'weight-not-number@I21',
      'missing-result@C22',
    ]);
  });

  it('lists an OIV score that is not a number from 0 to 100 and an allocated amount that is not a number', () => {
    let sheet = sheetOf(objective(2));
    sheet = type(sheet, 'B11', 'cento');
    sheet = type(sheet, 'B10', 'molti euro');
    const reading = readObjectiveSheet(sheet);
    expect(reading.problems.map((p) => `${p.code}@${p.address}`)).toEqual(['amount-not-number@B10', 'oiv-not-number@B11']);
    expect(renderMessage(reading.problems[1].message, 'it')).toBe(
      'Obiettivo 2, Valutazione OIV (su 100): "cento" non è un numero da 0 a 100',
    );
    expect(renderMessage(reading.problems[1].message, 'en')).toBe('Objective 2, OIV score (out of 100): "cento" is not a number from 0 to 100');
    expect(reading.objective.oiv).toBeUndefined();
  });

  it('still finds everything after the analyst inserts rows above the table', () => {
    const sheet = sheetOf(objective(2));
    const blank = sheet.formulas[0].map(() => '' as SnapshotValue);
    const shifted: SheetSnapshot = {
      ...sheet,
      formulas: [...sheet.formulas.slice(0, 5), blank, blank, ...sheet.formulas.slice(5)],
      values: [...sheet.values.slice(0, 5), blank, blank, ...sheet.values.slice(5)],
    };
    const reading = readObjectiveSheet(shifted);
    expect(reading.problems).toEqual([]);
    expect(reading.cells.tableHeaderRow).toBe(21);
    expect(reading.cells.footer.finalDegree).toBe('B26');
    expect(reading.objective.indicators.map((i) => i.actual)).toEqual(['53,1', '49,96']);
  });

  it('reads what the formulas computed', () => {
    let sheet = sheetOf(objective(2));
    sheet = type(sheet, 'D20', true);
    sheet = type(sheet, 'E20', 1);
    sheet = type(sheet, 'B24', 1);
    sheet = type(sheet, 'B25', 'Raggiunto');
    const computed = readObjectiveSheet(sheet).computed;
    expect(computed).toMatchObject({ finalDegree: 1, status: 'Raggiunto', indicators: [{ achieved: true, degree: 1 }, { achieved: null, degree: null }] });
  });

  it('flags an objective with two sheets, and reads the settings sheet', () => {
    const settings = layoutSnapshot(settingsSheetLayout({ ...DEFAULT_SETTINGS, cutoffs: { achievedFrom: 0.95, partialFrom: 0.5 }, fundTotal: 50000 }, 'keep'));
    const reading = readWorkbookSnapshot({
      sheets: [],
      objectiveSheets: [sheetOf(objective(1)), { ...sheetOf(objective(1)), name: 'Copia' }],
      settingsSheet: settings,
    });
    expect(reading.problems.map((p) => p.code)).toEqual(['duplicate-objective']);
    expect(reading.settings).toEqual({ ...DEFAULT_SETTINGS, cutoffs: { achievedFrom: 0.95, partialFrom: 0.5 }, fundTotal: 50000 });
    expect(readSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('ratio next to a stated percentage', () => {
  it.each([
    ['3.1296/3.196', ['risultato 100%, 3.1296/3.196'], true],
    ['112/112', ['risultato 100%, 112/112'], false],
    ['1.958/1.958', [], false],
    ['100% (39/45)', [], true],
    ['87% (39/45)', [], false],
    ['0/30', ['Target non scritto: si intende 100%. Risultato: 0 dei 30'], false],
  ])('%s with %j -> inconsistent: %s', (actual, notes, inconsistent) => {
    expect(ratioInconsistency(actual, notes) !== null).toBe(inconsistent);
  });
});
