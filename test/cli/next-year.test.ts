// traguardo next-year: the 2023 workbook from the 2022 one; the old file never changes; bad input exits 2 with one line
// and leaves no file.
import { Workbook, type Worksheet } from 'exceljs';
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import path from 'path';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Column values of an objective sheet's indicator rows, by the table header's label. */
function column(sheet: Worksheet, label: string): unknown[] {
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (headerRow === 0 && row.getCell(1).value === 'Indicatore') headerRow = number;
  });
  const header = sheet.getRow(headerRow);
  let index = 0;
  header.eachCell((cell, col) => {
    if (cell.value === label) index = col;
  });
  const values: unknown[] = [];
  for (let row = headerRow + 1; sheet.getRow(row).getCell(1).value; row++) values.push(sheet.getRow(row).getCell(index).value);
  return values;
}

describe('traguardo next-year', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());
  const at = (name: string) => path.join(temp.folder, name);

  it('builds 2023 from the 2022 workbook: results as last year\'s values, nothing of 2022\'s verdicts, objective 11 to decide', async () => {
    expect((await traguardo('build', EXAMPLE, '-o', at('2022.xlsx'), '--quiet')).code).toBe(0);
    const before = digest(at('2022.xlsx'));
    const run = await traguardo('next-year', at('2022.xlsx'), '-o', at('2023.xlsx'), '--quiet');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2023\.xlsx: 2023 dal 2022, 11 obiettivi, 18 valori dell'anno precedente su 19 indicatori/);
    expect(run.stderr.split('\n').filter((line) => line !== '')).toEqual([
      'traguardo: da decidere (1):',
      expect.stringMatching(/^ {2}Obiettivo 11: neutralizzato nel 2022 \(Decisione dei vertici/),
    ]);
    expect(digest(at('2022.xlsx'))).toBe(before);

    const workbook = new Workbook();
    await workbook.xlsx.readFile(at('2023.xlsx'));
    const two = workbook.getWorksheet('Obiettivo 2')!;
    expect(column(two, 'Valore anno precedente')).toEqual(['53,1', '49,96']);
    expect(column(two, 'Risultato').every((value) => value === null || value === '')).toBe(true);
    expect(column(two, 'Note')).toEqual(['Target proposto dal 2022: da rivedere', 'Target proposto dal 2022: da rivedere']);

    const texts = (sheet: Worksheet) => {
      const found: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && found.push(cell.value))));
      return found;
    };
    const riepilogo = texts(workbook.getWorksheet('Riepilogo')!);
    expect(riepilogo.some((text) => /Relazione sulla Performance 2023/.test(text))).toBe(true);
    expect(riepilogo.some((text) => /art\. 79/.test(text))).toBe(true);
    expect(riepilogo.filter((text) => /2022/.test(text) && !/16\/11\/2022/.test(text))).toEqual([]);

    const summary = JSON.parse((await traguardo('summary', at('2023.xlsx'), '--json', '--quiet')).stdout);
    expect(summary.objectives.map((row: { oivScore: unknown }) => row.oivScore)).toEqual(Array(11).fill(null));
    expect(summary.counts['Non valutabile']).toBe(11);
  }, 180_000);

  it('--preview says what is carried, emptied and to decide, and writes nothing without -o', async () => {
    const before = temp.files();
    const run = await traguardo('next-year', at('2022.xlsx'), '--preview', '--quiet');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line !== '')).toEqual([
      "Dal 2022 al 2023 si riportano 11 obiettivi e 19 indicatori, con i target come proposte da rivedere e 18 risultati come valore dell'anno precedente",
      expect.stringMatching(/^Si svuotano 18 risultati, 2 revisioni, \d+ valutazioni OIV, \d+ esiti dichiarati e 1 motivazioni dello scostamento$/),
      'da decidere (1):',
      expect.stringMatching(/^ {2}Obiettivo 11: neutralizzato nel 2022/),
    ]);
    expect(temp.files()).toEqual(before);
  }, 180_000);

  it('bad input: exit 2, one line, no file written', async () => {
    const before = temp.files();
    const missing = await traguardo('next-year', at('manca.xlsx'), '-o', at('out.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/manca\.xlsx: file non trovato/);

    const notWorkbook = await traguardo('next-year', EXAMPLE, '-o', at('out.xlsx'));
    expect(notWorkbook.code).toBe(2);
    expect(notWorkbook.stderr.trim().split('\n')).toHaveLength(1);

    const badYear = await traguardo('next-year', at('2022.xlsx'), '-o', at('out.xlsx'), '--year', 'prossimo');
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toMatch(/--year vuole un anno di quattro cifre/);

    const sameFile = await traguardo('next-year', at('2022.xlsx'), '-o', at('2022.xlsx'));
    expect(sameFile.code).toBe(2);
    expect(sameFile.stderr).toMatch(/non viene mai modificata/);

    const backwards = await traguardo('next-year', at('2022.xlsx'), '-o', at('out.xlsx'), '--year', '2021', '--quiet');
    expect(backwards.code).toBe(2);
    expect(backwards.stderr.trim().split('\n')).toHaveLength(1);
    expect(backwards.stderr).toMatch(/il nuovo anno 2021 non viene dopo quello della cartella, 2022/);
    expect(temp.files()).toEqual(before);
  }, 180_000);
});
