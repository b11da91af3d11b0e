// `traguardo build` from the Relazione's own text, as .txt and as .docx: the same eleven objectives reach the file.
import { writeFileSync } from 'fs';
import path from 'path';
import type { SummaryData } from '../../src/cli/summary-data';
import { buildDocx } from '../report-text/docx-fixture';
import { seedText } from '../report-text/seed-text';
import { temporaryFolder, traguardo } from './run-cli';

describe('traguardo build from the report text', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());

  it('reads the .txt and the .docx of the 2022 report into the same eleven objective sheets', async () => {
    const text = path.join(temp.folder, 'relazione.txt');
    const docx = path.join(temp.folder, 'relazione.docx');
    writeFileSync(text, seedText());
    writeFileSync(docx, new Uint8Array(await buildDocx(seedText())));
    const fromText = await traguardo('build', text, '-o', path.join(temp.folder, 'da-testo.xlsx'), '--quiet');
    const fromDocx = await traguardo('build', docx, '-o', path.join(temp.folder, 'da-word.xlsx'), '--quiet');
    for (const run of [fromText, fromDocx]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/: 11 obiettivi in 13 fogli/);
    }
    const summaries = await Promise.all(
      ['da-testo.xlsx', 'da-word.xlsx'].map(async (name) => {
        const run = await traguardo('summary', path.join(temp.folder, name), '--json', '--quiet');
        expect(run.code).toBe(0);
        return JSON.parse(run.stdout) as SummaryData;
      }),
    );
    const outcomes = summaries.map((data) => data.objectives.map((row) => [row.number, row.status, row.finalDegree]));
    expect(outcomes[1]).toEqual(outcomes[0]);
    const byNumber = new Map(summaries[0].objectives.map((row) => [row.number, row]));
    expect(byNumber.get(8)?.status).toBe('Non raggiunto');
    expect(byNumber.get(11)?.status).toBe('Non valutabile');
    expect(byNumber.get(1)?.status).toBe('Raggiunto');
  }, 180_000);
});
