// `traguardo build` titles the Riepilogo from the report: its year, or its title when the year is not given.
import { Workbook } from 'exceljs';
import { writeFileSync } from 'fs';
import path from 'path';
import { temporaryFolder, traguardo } from './run-cli';

const REPORT = {
  title: 'Relazione sulla Performance del Comune di Prova',
  objectives: [{ number: 1, title: 'Pratiche', planReferences: [], indicators: [{ name: 'Pratiche evase', target: '>= 8', actual: '9' }] }],
};

async function summaryTitle(report: object): Promise<string> {
  const temp = temporaryFolder();
  try {
    const input = path.join(temp.folder, 'relazione.json');
    const output = path.join(temp.folder, 'relazione.xlsx');
    writeFileSync(input, JSON.stringify(report));
    const run = await traguardo('build', input, '-o', output, '--quiet');
    expect(run.code).toBe(0);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(output);
    return String(workbook.getWorksheet('Riepilogo')?.getCell('A1').value);
  } finally {
    temp.remove();
  }
}

describe('the summary title of traguardo build', () => {
  it('names the year when the report gives one', async () => {
    expect(await summaryTitle({ ...REPORT, year: 2023 })).toBe('Riepilogo – Relazione sulla Performance 2023');
  });

  it('names the report, not a year 0, when the year is missing', async () => {
    expect(await summaryTitle(REPORT)).toBe('Riepilogo – Relazione sulla Performance del Comune di Prova');
  });
});
