// `traguardo build` from the Relazione's own text, as .txt and as .docx: the same eleven objectives reach the file.
import { writeFileSync } from 'fs';
import path from 'path';
import type { SummaryData } from '../../src/cli/summary-data';
import { buildDocx } from '../report-text/docx-fixture';
import { seedText } from '../report-text/seed-text';
import expected from '../../examples/relazione-2022.expected.json';
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
    // With nothing chosen, the report's own verdicts 11 out of 11, and no score the report does not give.
    const rows = summaries[0].objectives;
    expect(rows.map((row) => [row.number, row.status])).toEqual(expected.objectives.map((objective) => [objective.number, objective.status]));
    expect(rows.find((row) => row.number === 3)).toMatchObject({ oivScore: 99, status: 'Raggiunto' });
    expect(rows.find((row) => row.number === 8)).toMatchObject({ oivScore: null, status: 'Non raggiunto' });
    expect(summaries[0].counts).toEqual(expected.counts);
    expect(fromText.stderr).toMatch(/soglia dalla Relazione stessa: La Relazione dichiara l'obiettivo 3 "Raggiunto" con 99\/100/);
    // Objective 8 falls short and the text gives no reason under that name: listed, never filled in.
    const problems = summaries[0].problems.map((problem) => problem.code);
    expect(problems).toContain('missing-shortfall-reason');
    expect(problems).not.toContain('verdict-disagreement');
  }, 180_000);
});
