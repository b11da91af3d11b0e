// `traguardo build` of the corpus of other bodies' reports (test/fixtures/reports): the workbook's outcomes are the
// verdicts the reports state (a neutralised objective "Non valutabile"), and the area reaches each objective sheet.
import { readdirSync, readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import path from 'path';
import type { SummaryData } from '../../src/cli/summary-data';
import type { ExpectedReport } from '../report-text/corpus-score';
import { temporaryFolder, traguardo } from './run-cli';

const FOLDER = path.resolve(__dirname, '../fixtures/reports');
const FIXTURES = readdirSync(FOLDER).filter((file) => file.endsWith('.txt')).sort();

describe('traguardo build of the corpus', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());

  it.each(FIXTURES)('%s: the verdicts the report states', async (file) => {
    const expected = JSON.parse(readFileSync(path.join(FOLDER, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedReport;
    const out = path.join(temp.folder, file.replace(/\.txt$/, '.xlsx'));
    const build = await traguardo('build', path.join(FOLDER, file), '-o', out, '--quiet');
    expect(build.code).toBe(0);
    const summary = await traguardo('summary', out, '--json', '--quiet');
    expect(summary.code).toBe(0);
    const rows = (JSON.parse(summary.stdout) as SummaryData).objectives;
    const stated = expected.objectives.map((o) => [o.number, o.neutralised ? 'Non valutabile' : o.statedVerdict]);
    expect(rows.map((row) => [row.number, row.status])).toEqual(stated);
    // The grouping heading is on each objective sheet, beside its label.
    const book = await new ExcelJS.Workbook().xlsx.readFile(out);
    const areas = expected.objectives.map((o) => {
      const values: string[][] = [];
      book.getWorksheet(`Obiettivo ${o.number}`)?.eachRow((row) => values.push([String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')]));
      return values.find(([label]) => label === 'Area / Unità organizzativa')?.[1] || null;
    });
    expect(areas).toEqual(expected.objectives.map((o) => o.area));
  });
});
