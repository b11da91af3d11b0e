// What `traguardo build` puts in the .xlsx, read with ExcelJS and the sheet XML, against the same report built by
// the same src/excel code in the emulator: formulas identical cell by cell (PERF calls in the "_xldudf_PERF_…" form
// Excel saves them in), cached results equal to the engine's.
import { example2022 } from '../support/example-2022';
import { Workbook, type Cell } from 'exceljs';
import { readFileSync } from 'fs';
import path from 'path';
import '../../src/engine/functions-metadata-node';
import { createExcelEmulator, type ExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula } from '../../src/engine/hyperformula';
import { readCachedResults, readXlsx, toFileFormula, type CachedResults } from '../../src/engine/xlsx';
import { dateToSerial } from '../../src/engine/xlsx/units';
import { batchRunner, buildReport } from '../../src/excel';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { summaryGeometry } from '../../src/workbook/summary-sheet';
import { cellAddress } from '@traguardo/excel-emulator';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';

const report = example2022();

function cellValue(cell: Cell): unknown {
  const value = cell.value as unknown;
  // ExcelJS turns date-formatted serial numbers into Dates; the file holds the serial.
  if (value instanceof Date) return dateToSerial(value);
  if (value && typeof value === 'object' && 'error' in value) return (value as { error: string }).error;
  if (value && typeof value === 'object' && 'richText' in value) return (value as { richText: { text: string }[] }).richText.map((run) => run.text).join('');
  return value ?? '';
}

describe('the .xlsx written by traguardo build', () => {
  const temp = temporaryFolder();
  const file = path.join(temp.folder, 'relazione-2022.xlsx');
  const workbook = new Workbook();
  let cached: CachedResults;
  let emulator: ExcelEmulator;

  beforeAll(async () => {
    expect((await traguardo('build', EXAMPLE, '-o', file, '--quiet')).code).toBe(0);
    await workbook.xlsx.readFile(file);
    cached = await readCachedResults(readFileSync(file));
    emulator = createExcelEmulator({ hyperformula: createPerfHyperFormula() });
    await buildReport(batchRunner(emulator), report);
  }, 120_000);
  afterAll(() => temp.remove());

  it("has the add-in's sheets in the add-in's order, the settings sheet hidden", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(emulator.sheetNames().filter((name) => name !== 'Sheet1'));
    expect(workbook.getWorksheet('Traguardo')?.state).toBe('hidden');
    expect(workbook.getWorksheet('Riepilogo')?.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('holds the same formula text as the emulated workbook in every cell, and the engine results as cached values', () => {
    expect(workbook.getWorksheet('Obiettivo 1')?.getCell('D20').formula).toMatch(/^IF\(LEN\(C20\)=0,"",_xldudf_PERF_ACHIEVED\(C20,/);
    let formulas = 0;
    for (const sheet of workbook.worksheets) {
      const used = emulator.usedRange(sheet.name, true);
      expect(used).not.toBeNull();
      for (const line of emulator.cells(sheet.name, used!.address)) {
        for (const expected of line) {
          const cell = sheet.getCell(expected.address);
          const where = `${sheet.name}!${expected.address}`;
          if (expected.formula !== null) {
            formulas += 1;
            expect({ where, formula: cell.formula }).toEqual({ where, formula: toFileFormula(expected.formula, ['PERF']) });
            const result = cached.get(sheet.name)?.get(expected.address);
            const shown = result && typeof result === 'object' ? result.error : result;
            expect({ where, value: shown }).toEqual({ where, value: expected.value });
          } else {
            expect({ where, formula: cell.formula ?? null, value: cellValue(cell) }).toEqual({ where, formula: null, value: expected.value });
          }
        }
      }
    }
    // Every formula of the file was compared: none beyond the emulator's.
    const inFile = [...cached.values()].reduce((sum, sheet) => sum + sheet.size, 0);
    expect(formulas).toBe(inFile);
    expect(formulas).toBeGreaterThan(300);
  });

  it('keeps FALSE, 0 and "" results as they are when read back (ExcelJS alone drops them)', async () => {
    const eight = objectiveCells(1);
    const achieved = `${eight.columns.achieved}${eight.firstIndicatorRow}`;
    const oivOfEight = `F${summaryGeometry(11).firstRow + 7}`; // objective 8 has no OIV score: the link shows ""
    const sheet8 = workbook.getWorksheet('Obiettivo 8')!;
    // What ExcelJS gives: no result for FALSE and 0 in the cell's value, none at all for "".
    expect((sheet8.getCell(achieved).value as { result?: unknown }).result).toBeUndefined();
    expect((sheet8.getCell(eight.footer.finalDegree).value as { result?: unknown }).result).toBeUndefined();
    expect(workbook.getWorksheet('Riepilogo')!.getCell(oivOfEight).result).toBeUndefined();

    const { image } = await readXlsx(readFileSync(file));
    const valueAt = (name: string, address: string) =>
      image.sheets.find((item) => item.name === name)!.cells.find((cell) => cellAddress(cell.row, cell.col) === address)?.value;
    expect(valueAt('Obiettivo 8', achieved)).toBe(false);
    expect(valueAt('Obiettivo 8', eight.footer.finalDegree)).toBe(0); // 0 sportelli su 30
    expect(valueAt('Riepilogo', oivOfEight)).toBe('');
    expect(emulator.cell('Riepilogo', oivOfEight).formula).toMatch(/^=IF\(/);
  });

  it('carries number formats, input fills, column widths, tables, conditional formats and the named items', () => {
    const one = workbook.getWorksheet('Obiettivo 1')!;
    const cells = objectiveCells(1);
    const degree = one.getCell(`${cells.columns.degree}${cells.firstIndicatorRow}`);
    expect(degree.numFmt).toBe(emulator.cell('Obiettivo 1', degree.address).numberFormat);
    const actual = one.getCell(`${cells.columns.actual}${cells.firstIndicatorRow}`);
    expect(actual.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    const layout = emulator.layout('Obiettivo 1');
    for (const [col, points] of Object.entries(layout.columnWidths)) {
      expect(Math.abs((one.getColumn(Number(col) + 1).width ?? 0) * 5.25 - points)).toBeLessThanOrEqual(0.25);
    }
    const tables = workbook.worksheets.flatMap((sheet) =>
      sheet.getTables().map((table) => {
        const model = (table as unknown as { table: { name: string; tableRef: string } }).table;
        return { name: model.name, sheet: sheet.name, address: model.tableRef };
      }),
    );
    expect(tables.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      emulator.tables().map((table) => ({ name: table.name, sheet: table.sheet, address: table.address })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    const rules = (workbook.getWorksheet('Riepilogo') as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules.map((rule) => [rule.ref, `=${rule.rules[0].formulae[0]}`])).toEqual(
      emulator.conditionalFormats('Riepilogo').map((rule) => [rule.address, rule.rule?.kind === 'Custom' ? rule.rule.formula : null]),
    );
    const names = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.map((name) => [name.name, `=${name.ranges[0]}`]).sort()).toEqual(emulator.names().map((name) => [name.name, name.formula]).sort());
  });
});
