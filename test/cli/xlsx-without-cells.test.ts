// A sheet read without its cells (the Riepilogo, generated again before anything reads it): only its cells go, its
// columns and tables stay, every other sheet and name reads as before; a sheet the file lacks leaves the read whole.
import { emptySheet, readXlsx, writeXlsx, type WorkbookImage } from '../../src/engine/xlsx';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';
import { Workbook } from 'exceljs';
import { readFileSync } from 'fs';
import { readWorkbookImage } from '../../src/cli/workbook-file';
import path from 'path';

const image: WorkbookImage = {
  sheets: [
    {
      ...emptySheet('Riepilogo'),
      columnWidths: [{ col: 1, width: 120 }],
      cells: [
        { row: 0, col: 0, value: 'Obiettivo' },
        { row: 0, col: 1, value: 'Grado' },
        { row: 1, col: 0, value: 'Uno' },
        { row: 1, col: 1, formula: '=Dati!A1*2', value: 8 },
      ],
      tables: [{ name: 'TrgRiepilogo', range: 'A1:B2', style: 'TableStyleLight9', showTotals: false, showBandedRows: true, showBandedColumns: false, showFilterButton: true, highlightFirstColumn: false, highlightLastColumn: false, columns: ['Obiettivo', 'Grado'] }],
    },
    { ...emptySheet('Dati'), cells: [{ row: 0, col: 0, value: 4 }, { row: 0, col: 1, formula: '=A1+1', value: 5 }] },
  ],
  names: [{ name: 'TRG_SUMMARY', formula: '=Riepilogo!$A$1' }],
};

describe('reading an .xlsx without one sheet\'s cells', () => {
  it('leaves out only the cells of the sheet the names lead to, and says which', async () => {
    const { data } = await writeXlsx(image);
    const whole = await readXlsx(data, { styles: false });
    const asked: string[][] = [];
    const without = await readXlsx(data, {
      styles: false,
      withoutCells: (names) => {
        asked.push(names.map((name) => name.name));
        return 'RIEPILOGO';
      },
    });
    expect(asked).toEqual([['TRG_SUMMARY']]);
    expect(without.withoutCells).toBe('Riepilogo');
    expect(whole.withoutCells).toBeUndefined();
    const [summary, data2] = without.image.sheets;
    expect(summary.cells).toEqual([]);
    expect(whole.image.sheets[0].cells.length).toBe(4);
    expect({ ...summary, cells: [] }).toEqual({ ...whole.image.sheets[0], cells: [] });
    expect(summary.tables.map((table) => table.name)).toEqual(['TrgRiepilogo']);
    expect(data2).toEqual(whole.image.sheets[1]);
    expect(without.image.names).toEqual(whole.image.names);
  });

  it('reads the whole file when the sheet named is not in it', async () => {
    const { data } = await writeXlsx(image);
    const read = await readXlsx(data, { styles: false, withoutCells: () => 'Sintesi' });
    expect(read.withoutCells).toBeUndefined();
    expect(read.image).toEqual((await readXlsx(data, { styles: false })).image);
  });
});

describe('traguardo summary of a file whose Riepilogo an analyst\'s sheet reads', () => {
  const temp = temporaryFolder();

  it('reads the Riepilogo whole then, with the same figures', async () => {
    const built = path.join(temp.folder, 'relazione-2022.xlsx');
    const edited = path.join(temp.folder, 'con-appunti.xlsx');
    expect((await traguardo('build', EXAMPLE, '-o', built, '--quiet')).code).toBe(0);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(built);
    workbook.addWorksheet('Appunti').getCell('A1').value = { formula: 'Riepilogo!G5*100', result: 0 } as never;
    await workbook.xlsx.writeFile(edited);
    const riepilogo = (read: Awaited<ReturnType<typeof readWorkbookImage>>) => read.read.image.sheets.find((sheet) => sheet.name === 'Riepilogo')!;
    const alone = await readWorkbookImage(readFileSync(built));
    expect([alone.replaced, alone.read.withoutCells, riepilogo(alone).cells]).toEqual(['Riepilogo', 'Riepilogo', []]);
    const read = await readWorkbookImage(readFileSync(edited));
    expect([read.replaced, read.read.withoutCells]).toEqual(['Riepilogo', undefined]);
    expect(riepilogo(read).cells.length).toBeGreaterThan(100);
    const before = await traguardo('summary', built, '--json', '--quiet');
    const after = await traguardo('summary', edited, '--json', '--quiet');
    expect(after.code).toBe(0);
    const figures = (stdout: string) => {
      const { file: _file, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
      return rest;
    };
    expect(figures(after.stdout)).toEqual(figures(before.stdout));
  }, 120_000);
});
