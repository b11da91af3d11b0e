import example from '../../examples/relazione-2022.json';
import type { Report } from '../../src/core/model';
import { planSheets } from '../../src/excel/plan';
import { resolveTags, type Inventory } from '../../src/excel/inventory';
import { blockArrays, chunkOps, layoutContentOps, styleRuns } from '../../src/excel/write-ops';
import { layoutSnapshot } from '../../src/workbook/layout-snapshot';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';
import { carriedInputs } from '../../src/workbook/refresh';
import type { SheetSnapshot } from '../../src/workbook/snapshot';
import { summarySheetLayout } from '../../src/workbook/summary-sheet';

const report = example as unknown as Report;
const nine = report.objectives.find((o) => o.number === 9)!;
const emptyInventory: Inventory = { sheets: [], names: [], tables: [] };

describe('planning the sheets', () => {
  const summary = summarySheetLayout([], { includeAnnex: false, includeChart: false, cutoffs: { achievedFrom: 1, partialFrom: 0.5 } });

  it('creates new sheets under free names, and never takes the name of a sheet that is not ours', () => {
    const inventory: Inventory = { ...emptyInventory, sheets: [{ name: 'RIEPILOGO', tag: null, position: 0 }] };
    const [plan] = planSheets([summary], inventory);
    expect(plan).toMatchObject({ action: 'create', sheetName: 'Riepilogo (2)', preferredNameTaken: true });
  });

  it('finds our sheets by tag whatever their name, and keeps that name', () => {
    const inventory: Inventory = {
      ...emptyInventory,
      sheets: [
        { name: 'Riepilogo', tag: null, position: 0 },
        { name: 'Sintesi 2022', tag: { kind: 'summary' }, position: 1 },
        { name: 'PID', tag: { kind: 'objective', number: 9 }, position: 2 },
      ],
    };
    const plans = planSheets([summary, objectiveSheetLayout(nine)], inventory);
    expect(plans.map((p) => [p.action, p.sheetName])).toEqual([
      ['replace', 'Sintesi 2022'],
      ['refresh', 'PID'],
    ]);
  });

  it('recognises a sheet whose custom property was lost by our named items', () => {
    const sheets = resolveTags([{ name: 'Ob 9 (rinominato)', tag: null, position: 0 }], [
      { name: 'TRG_OBJ9_DEGREE', formula: "='Ob 9 (rinominato)'!$B$23" },
    ]);
    expect(sheets[0].tag).toEqual({ kind: 'objective', number: 9 });
  });
});

describe('write ops', () => {
  it('writes each block as two 2-D arrays: number formats first, then formulas and constants', () => {
    const layout = objectiveSheetLayout(nine);
    const ops = layoutContentOps(layout, 'Obiettivo 9');
    const table = ops.find((op) => op.op === 'write' && op.address === 'A19:R22');
    expect(table).toBeDefined();
    if (table?.op !== 'write') throw new Error('no table write');
    expect(table.formulas[3][2]).toBe('1.134');
    expect(table.numberFormat?.[3][2]).toBe('@');
    expect(table.formulas[3][3]).toBe('=IF(LEN(C22)=0,"",PERF.ACHIEVED(C22,IF(LEN(F22)>0,F22,B22),TRG_DEADLINE_TOLERANCE))');
    expect(ops[0]).toEqual({ op: 'tag', sheet: 'Obiettivo 9', value: '{"kind":"objective","number":9}' });
  });

  it("sends a long block's number formats once per rectangle of one format, ahead of its contents", () => {
    const rows = Array.from({ length: 400 }, (_, i) => [{ value: i }, { value: `${i}`, numberFormat: '@' }, { value: 0.5, numberFormat: i === 7 ? '0.0%' : '0%' }, { value: 0.25, numberFormat: '0%' }]);
    const layout = { ...objectiveSheetLayout(nine), blocks: [{ address: 'B5', cells: [[{ value: 'N.' }, { value: 'Codice' }, { value: 'Grado' }, { value: 'Peso' }], ...rows] }] };
    const ops = layoutContentOps(layout, 'Riepilogo').filter((op) => op.op === 'numberFormat' || op.op === 'write');
    expect(ops).toEqual([
      { op: 'numberFormat', sheet: 'Riepilogo', address: 'B5:B405', format: [['General']] }, // header and column alike
      { op: 'numberFormat', sheet: 'Riepilogo', address: 'C5:E5', format: [['General']] }, // the other headers, joined across
      { op: 'numberFormat', sheet: 'Riepilogo', address: 'C6:C405', format: [['@']] },
      { op: 'numberFormat', sheet: 'Riepilogo', address: 'D6:D12', format: [['0%']] },
      { op: 'numberFormat', sheet: 'Riepilogo', address: 'D13', format: [['0.0%']] },
      { op: 'numberFormat', sheet: 'Riepilogo', address: 'D14:D405', format: [['0%']] },
      { op: 'numberFormat', sheet: 'Riepilogo', address: 'E6:E405', format: [['0%']] },
      expect.objectContaining({ op: 'write', address: 'B5:E405', numberFormat: null }),
    ]);
    // A column whose format changes every other row goes as its own array; the others as runs.
    const striped = { ...layout, blocks: [{ address: 'B5', cells: rows.map((row, i) => [row[0], row[1], { ...row[2], numberFormat: i % 2 === 0 ? '@' : '0' }]) }] };
    const stripedOps = layoutContentOps(striped, 'Riepilogo').filter((op) => op.op === 'numberFormat');
    expect(stripedOps.map((op) => op.op === 'numberFormat' && [op.address, op.format.length])).toEqual([['B5:B404', 1], ['C5:C404', 1], ['D5:D404', 400]]);
    // Formats changing every row everywhere: every cell's format is sent with the contents, as before.
    const checkered = { ...layout, blocks: [{ address: 'B5', cells: rows.map((row, i) => [{ ...row[1], numberFormat: i % 2 === 0 ? '@' : '0' }]) }] };
    const write = layoutContentOps(checkered, 'Riepilogo').find((op) => op.op === 'write');
    expect(write?.op === 'write' && write.numberFormat?.slice(0, 2)).toEqual([['@'], ['0']]);
  });

  it('styles columns as rectangles, not cell by cell', () => {
    const layout = objectiveSheetLayout({ ...nine, indicators: Array.from({ length: 200 }, (_, i) => ({ name: `i${i}`, target: '>= 1' })) });
    const tableBlock = layout.blocks[3];
    const runs = styleRuns(tableBlock);
    expect(runs.length).toBeLessThan(15);
    expect(runs).toContainEqual({ address: 'B20:C219', style: 'input' }); // target and result: typed by the analyst, side by side
  });

  it('keeps what the analyst entered and puts it where the indicator now is', () => {
    const before = layoutSnapshot(objectiveSheetLayout(nine));
    const typed: SheetSnapshot = { ...before, formulas: before.formulas.map((row) => [...row]) };
    typed.formulas[21][2] = '600'; // C22: participants typed by the analyst
    typed.formulas[20][7] = 'verificato'; // H21: a note
    // The objective is edited: the first indicator removed, a new one added at the end.
    const edited = { ...nine, indicators: [...nine.indicators.slice(1), { name: 'nuovo', target: 'SI' }] };
    const carried = carriedInputs(objectiveSheetLayout(edited), typed);
    expect(carried.values.get('C21')).toBe('600');
    expect(carried.values.get('H20')).toBe('verificato');
    expect(carried.values.has('C22')).toBe(false);
    expect(carried.dropped).toEqual(['C20']); // the removed indicator's result "23"
    expect(carried.previousLastRow).toBe(27);
    expect(blockArrays(objectiveSheetLayout(edited).blocks[3], carried.values as Map<string, string>).formulas[2][2]).toBe('600');
  });

  it('splits consecutive ops only when the next would pass the limit', () => {
    const ops = [10, 20, 30, 40, 5].map((size) => ({ size }));
    expect(chunkOps(ops, 60).map((chunk) => chunk.map((op) => op.size))).toEqual([[10, 20, 30], [40, 5]]);
    expect(chunkOps([{ size: 100 }], 60)).toHaveLength(1);
  });
});
