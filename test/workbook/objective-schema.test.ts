// The objective sheet is described once, by its field schema: a field added there is written, found and read back
// with no other change; and a sheet laid out by the previous version (old column order, rows added since missing) still reads.
import example from '../../examples/relazione-2022.json';
import type { Objective, Report } from '../../src/core/model';
import { textCodec } from '../../src/workbook/field-codecs';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { OBJECTIVE_SCHEMA, type ObjectiveSchema, type ValueField } from '../../src/workbook/objective-schema';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';
import { readObjectiveSheet } from '../../src/workbook/readers';
import { carriedInputs } from '../../src/workbook/refresh';
import { layoutContentOps } from '../../src/excel/write-ops';
import { snapshotCell } from '../../src/workbook/snapshot';
import { formatIndicatorsCsv, parseIndicatorsCsv } from '../../src/import/csv';
import { parseReportJson } from '../../src/import/report-json';

const report = example as unknown as Report;
const nine = report.objectives.find((objective) => objective.number === 9)!;

type WithManager = Objective & { manager?: string };

/** A field the product does not have: the manager responsible, typed by the analyst. */
const manager: ValueField<Objective, 'manager', string> = {
  key: 'manager',
  label: { it: 'Dirigente responsabile', en: 'Manager responsible' },
  role: 'input',
  codec: textCodec,
  get: (objective) => (objective as WithManager).manager,
  set: (objective, text) => {
    (objective as WithManager).manager = text;
  },
  invalid: 'layout-damaged',
};

describe('the field schema', () => {
  const extended: ObjectiveSchema = { ...OBJECTIVE_SCHEMA, header: [...OBJECTIVE_SCHEMA.header, manager] };

  it('writes a field added to the schema, finds it by its label and reads it back', () => {
    const withManager: WithManager = { ...nine, manager: 'Dott.ssa Rossi' };
    const layout = objectiveSheetLayout(withManager, { schema: extended });
    const cells = objectiveCells(nine.indicators.length, extended);
    const sheet = layoutSnapshot(layout);
    expect(snapshotCell(sheet, cells.header.manager.replace('B', 'A')).value).toBe('Dirigente responsabile');
    expect(snapshotCell(sheet, cells.header.manager).value).toBe('Dott.ssa Rossi');
    const reading = readObjectiveSheet(sheet, extended);
    expect(reading.problems).toEqual([]);
    expect((reading.objective as WithManager).manager).toBe('Dott.ssa Rossi');
    // Everything else reads as before: the table moved down one row and was found by its header.
    expect(reading.objective.indicators.map((indicator) => indicator.actual)).toEqual(['23', '194', '1.134']);
    expect(reading.cells.firstIndicatorRow).toBe(objectiveCells(3).firstIndicatorRow + 1);
  });

  it('marks the new field as the analyst\'s input, kept when the sheet is refreshed', () => {
    const layout = objectiveSheetLayout({ ...nine, manager: 'Dott.ssa Rossi' } as WithManager, { schema: extended });
    const address = objectiveCells(3, extended).header.manager;
    const block = layout.blocks.find((b) => b.address === 'A3')!;
    const row = Number(address.slice(1)) - 3;
    expect(block.cells[row][1]).toMatchObject({ input: true, style: 'input' });
  });
});

describe('the importers, from the same schema', () => {
  const extended: ObjectiveSchema = { ...OBJECTIVE_SCHEMA, header: [...OBJECTIVE_SCHEMA.header, manager] };
  const json = { title: 'Relazione', year: 2022, objectives: [{ ...nine, manager: 'Dott.ssa Rossi' }] };

  it('reads the new field from JSON by its key; without it in the schema the key is listed as unknown', () => {
    const read = parseReportJson(json, { schema: extended });
    expect((read.report.objectives[0] as WithManager).manager).toBe('Dott.ssa Rossi');
    expect(read.incomplete).toEqual([]);
    expect(parseReportJson(json).incomplete.map((issue) => issue.field)).toEqual(['manager']);
  });

  it('writes the new field as a CSV column named by its label and reads it back', () => {
    const report = parseReportJson(json, { schema: extended }).report;
    const csv = formatIndicatorsCsv(report, ';', extended);
    expect(csv.split('\r\n')[0].split(';')).toContain('Dirigente responsabile');
    const back = parseIndicatorsCsv(csv, { schema: extended });
    expect(back.incomplete).toEqual([]);
    expect((back.report.objectives[0] as WithManager).manager).toBe('Dott.ssa Rossi');
    expect(back.report.objectives[0].indicators.map((indicator) => indicator.actual)).toEqual(['23', '194', '1.134']);
  });

  it('carries the stated verdict and the shortfall reason through JSON and CSV like any schema field', () => {
    const eight = { ...report.objectives.find((objective) => objective.number === 8)!, statedVerdict: { status: 'Non raggiunto', text: 'Non raggiunto.' }, shortfallReason: 'Sportelli partiti a gennaio 2023' };
    const read = parseReportJson({ title: 'Relazione', year: 2022, objectives: [eight] });
    expect(read.incomplete).toEqual([]);
    const back = parseIndicatorsCsv(formatIndicatorsCsv(read.report)).report.objectives[0];
    expect(back.statedVerdict).toEqual({ status: 'Non raggiunto', text: 'Non raggiunto.' });
    expect(back.shortfallReason).toBe('Sportelli partiti a gennaio 2023');
  });
});

describe('a sheet built by the previous version', () => {
  // Its table had the optional columns before the result, and no rows for the stated verdict or the shortfall reason.
  const oldOrder = ['name', 'target', 'revisedTarget', 'revisionReason', 'baseline', 'threshold', 'actual', 'achieved', 'degree', 'weight', 'notes'];
  const previous: ObjectiveSchema = {
    header: OBJECTIVE_SCHEMA.header.filter((field) => !field.optional),
    indicators: oldOrder.map((key) => OBJECTIVE_SCHEMA.indicators.find((field) => field.key === key)!),
    footer: OBJECTIVE_SCHEMA.footer,
  };
  const oldSheet = layoutSnapshot(objectiveSheetLayout(nine, { schema: previous }));

  it('reads back the same objective, with no problem for the rows it lacks', () => {
    const reading = readObjectiveSheet(oldSheet);
    expect(reading.problems).toEqual([]);
    expect(reading.objective.indicators).toEqual(readObjectiveSheet(layoutSnapshot(objectiveSheetLayout(nine))).objective.indicators);
    expect(reading.objective.oiv).toEqual(nine.oiv);
    expect(reading.objective.statedVerdict).toBeUndefined();
    expect(reading.cells.columns.actual).toBe('G');
  });

  it('is refreshed into the new layout carrying each input to its new place, and nothing into the new rows', () => {
    const typed = { ...oldSheet, formulas: oldSheet.formulas.map((row) => [...row]) };
    const oldCells = objectiveCells(3, previous);
    const neutralisationRow = Number(oldCells.header.neutralisation.slice(1)) - 1;
    typed.formulas[neutralisationRow][1] = 'rinviato dai vertici';
    const carried = carriedInputs(objectiveSheetLayout(nine), typed);
    const fresh = objectiveCells(3);
    expect(carried.values.get(fresh.header.neutralisation)).toBe('rinviato dai vertici');
    expect(carried.values.has(fresh.header.statedVerdict)).toBe(false);
    expect(carried.values.has(fresh.header.shortfallReason)).toBe(false);
    expect(carried.values.get(`${fresh.columns.actual}${fresh.firstIndicatorRow + 2}`)).toBe('1.134');
    expect(carried.dropped).toEqual([]);
    // The refresh clears the wider of the two layouts before writing, so no cell of either is left behind.
    const newLayout = objectiveSheetLayout(nine);
    const clear = layoutContentOps(newLayout, 'Obiettivo 9', carried).find((op) => op.op === 'clear');
    const widest = objectiveCells(3).columns[OBJECTIVE_SCHEMA.indicators[OBJECTIVE_SCHEMA.indicators.length - 1].key];
    expect(clear).toEqual({ op: 'clear', sheet: 'Obiettivo 9', address: `A1:${widest}${carried.previousLastRow}` });
  });
});
