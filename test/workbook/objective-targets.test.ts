// The summary's plan of what to read on an objective sheet: from the footer's named items to the cells it needs, and
// back to a snapshot the readers read as they read the whole sheet; anything not as built is left to a whole read.
import example from '../../examples/relazione-2022.json';
import type { Report } from '../../src/core/model';
import { parseRangeAddress } from '../../src/workbook/address';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';
import { builtReadPlan, objectiveReadPlan, plannedSnapshot, type ObjectiveReadPlan } from '../../src/workbook/objective-targets';
import { readObjectiveSheet, type ObjectiveReading } from '../../src/workbook/readers';
import type { SheetSnapshot, SnapshotValue } from '../../src/workbook/snapshot';

const report = example as unknown as Report;

/** The sheet's named items as the workbook lists them, by name. */
function namesOf(sheet: string, number: number, scoreRow: number): Map<string, string> {
  return new Map(['SCORE', 'DEGREE', 'STATUS', 'PAYABLE'].map((cell, index) => [`TRG_OBJ${number}_${cell}`, `'${sheet}'!$B$${scoreRow + index}`]));
}

function planFor(names: Map<string, string>, number = 9, sheet = 'Obiettivo 9', tables = ['TrgObiettivo9']): ObjectiveReadPlan | null {
  return objectiveReadPlan(number, sheet, (name) => names.get(name), (name) => tables.includes(name));
}

/** A freshly written sheet as a values-only read gives it (formulas not computed here: their cells read blank). */
function valuesOnly(sheet: SheetSnapshot): SheetSnapshot {
  return { ...sheet, formulas: sheet.values };
}

/** The values of `address` in a whole snapshot (origin A1). */
function cellsAt(sheet: SheetSnapshot, address: string): SnapshotValue[][] {
  const { topLeft, rows, columns } = parseRangeAddress(address);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.values[topLeft.row + r]?.[topLeft.column + c] ?? ''));
}

/** The targeted snapshot of `sheet` under `plan`, its table's rows taken from `body` (the plan's own by default). */
function planned(plan: ObjectiveReadPlan, sheet: SheetSnapshot, body = plan.tableBody): SheetSnapshot | null {
  return plannedSnapshot(plan, sheet.name, sheet.tag, { values: plan.ranges.map((address) => cellsAt(sheet, address)), tableBody: cellsAt(sheet, body) });
}

/** What the summary takes from a reading (the free text is not read). */
function summaryPart(reading: ObjectiveReading) {
  const { objective } = reading;
  return {
    number: objective.number,
    kind: objective.kind,
    weight: objective.weight,
    allocatedAmount: objective.allocatedAmount,
    neutralisation: objective.neutralisation,
    indicators: objective.indicators,
    computed: reading.computed,
    cells: reading.cells,
    indicatorCount: reading.indicatorCount,
    problems: reading.problems,
  };
}

describe("the summary's plan of an objective sheet", () => {
  it('reads the header values it uses, the table rows and the footer, where the named items put them', () => {
    expect(planFor(namesOf('Obiettivo 9', 9, 25))).toMatchObject({
      ranges: ['B3', 'B6', 'B9:B15', 'B25:B28'],
      table: 'TrgObiettivo9',
      tableBody: 'A20:R23',
    });
  });

  it.each([
    ['a named item is missing', () => planFor(new Map([...namesOf('Obiettivo 9', 9, 25)].slice(1)))],
    ["the named items point at another objective's sheet", () => planFor(namesOf('Obiettivo 8', 9, 25))],
    ['the footer rows are not consecutive', () => planFor(new Map([...namesOf('Obiettivo 9', 9, 25), ['TRG_OBJ9_PAYABLE', "'Obiettivo 9'!$B$30"]]))],
    ['a named item is outside column B', () => planFor(new Map([...namesOf('Obiettivo 9', 9, 25), ['TRG_OBJ9_SCORE', "'Obiettivo 9'!$C$25"]]))],
    ['there is no table of that name', () => planFor(namesOf('Obiettivo 9', 9, 25), 9, 'Obiettivo 9', ['Tabella1'])],
    ['the footer leaves no room for an indicator row', () => planFor(namesOf('Obiettivo 9', 9, 21))],
  ])('leaves the sheet to a whole read when %s', (_, plan) => {
    expect(plan()).toBeNull();
  });

  it.each(report.objectives.map((objective) => [objective.number, objective] as const))('objective %i reads as the whole sheet does', (number, objective) => {
    const sheet = valuesOnly(layoutSnapshot(objectiveSheetLayout(objective)));
    const whole = readObjectiveSheet(sheet);
    const plan = planFor(namesOf(sheet.name, number, parseRangeAddress(whole.cells.footer.score).topLeft.row + 1), number, sheet.name, [`TrgObiettivo${number}`])!;
    const targeted = planned(plan, sheet)!;
    expect(targeted.cells).toEqual(whole.cells);
    expect(summaryPart(readObjectiveSheet(targeted))).toEqual(summaryPart(whole));
  });

  it('refuses what came back when the table holds another number of rows, or the sheet another tag', () => {
    const nine = report.objectives.find((objective) => objective.number === 9)!;
    const sheet = valuesOnly(layoutSnapshot(objectiveSheetLayout(nine)));
    const plan = planFor(namesOf(sheet.name, 9, 25))!;
    expect(planned(plan, sheet)).not.toBeNull();
    expect(planned(plan, sheet, 'A20:R22')).toBeNull();
    expect(planned(plan, { ...sheet, tag: { kind: 'objective', number: 8 } })).toBeNull();
  });

  it('is the same when made from the layout just written as from the named items Excel lists for it', () => {
    for (const objective of report.objectives) {
      const layout = objectiveSheetLayout(objective);
      const footer = objectiveCells(objective.indicators.length).footer;
      const scoreRow = Number(footer.score.slice(1));
      const listed = planFor(namesOf(layout.name, objective.number, scoreRow), objective.number, layout.name, [`TrgObiettivo${objective.number}`]);
      expect(listed).not.toBeNull();
      expect(builtReadPlan(layout, layout.name)).toEqual(listed);
    }
    const settings = { ...objectiveSheetLayout(report.objectives[0]), tag: { kind: 'settings' as const } };
    expect(builtReadPlan(settings, 'Traguardo')).toBeNull();
  });
});
