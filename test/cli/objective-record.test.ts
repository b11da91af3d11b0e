// Every objective accounted for: a built workbook with an objective sheet deleted, names pointing at another
// objective's sheet, or the settings sheet deleted gives problems naming the objective, and --strict fails on them.
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { readXlsx, writeXlsx, type WorkbookImage } from '../../src/engine/xlsx/index';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';

async function edited(from: string, to: string, edit: (image: WorkbookImage) => WorkbookImage): Promise<void> {
  const { image } = await readXlsx(readFileSync(from));
  writeFileSync(to, (await writeXlsx(edit(image))).data);
}

const withoutSheet = (image: WorkbookImage, sheet: string): WorkbookImage => ({
  sheets: image.sheets.filter((candidate) => candidate.name !== sheet),
  names: image.names.filter((name) => !name.formula.includes(`'${sheet}'!`) && !name.formula.includes(`=${sheet}!`)),
});

describe('summary --strict names every objective the workbook records and does not show', () => {
  const temp = temporaryFolder();
  const built = path.join(temp.folder, 'relazione-2022.xlsx');
  const at = (name: string) => path.join(temp.folder, name);

  beforeAll(async () => {
    expect((await traguardo('build', EXAMPLE, '-o', built, '--quiet')).code).toBe(0);
  }, 120_000);
  afterAll(() => temp.remove());

  it('the workbook as built has no such problem', async () => {
    const run = await traguardo('summary', built, '--json', '--quiet');
    const problems = JSON.parse(run.stdout).problems as { code?: string; message: string }[];
    expect(problems.map((problem) => problem.message).join('\n')).not.toMatch(/registra|Manca il foglio|puntano al foglio sbagliato/);
  }, 60_000);

  it('a deleted objective sheet: the objective named, exit 1', async () => {
    await edited(built, at('senza-3.xlsx'), (image) => withoutSheet(image, 'Obiettivo 3'));
    const run = await traguardo('summary', at('senza-3.xlsx'), '--strict', '--quiet');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Obiettivo 3: la cartella lo registra \(foglio "Traguardo", cella H4\) ma nessun foglio lo porta/);
    expect(run.stdout.split('\n')[1]).toBe('Obiettivi contati nei totali: 10 di 11 registrati nella cartella (i mancanti sono tra i problemi)');
  }, 60_000);

  it("objective 1's names moved to objective 2's sheet: both named", async () => {
    await edited(built, at('nomi-spostati.xlsx'), (image) => ({
      ...image,
      names: image.names.map((name) => (/^TRG_OBJ1_/.test(name.name) ? { ...name, formula: name.formula.replace("'Obiettivo 1'!", "'Obiettivo 2'!") } : name)),
    }));
    const run = await traguardo('summary', at('nomi-spostati.xlsx'), '--strict', '--quiet');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Il foglio "Obiettivo 2" è letto come obiettivo 1 .* ma la sua cella N\. dice 2/);
    expect(run.stdout).toMatch(/Obiettivo 2: la cartella lo registra/);
  }, 60_000);

  it('the settings sheet deleted: said, exit 1', async () => {
    await edited(built, at('senza-impostazioni.xlsx'), (image) => withoutSheet(image, 'Traguardo'));
    const run = await traguardo('summary', at('senza-impostazioni.xlsx'), '--strict', '--quiet', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/The hidden settings sheet \("Traguardo"\) is missing: the default cut-offs are used/);
  }, 60_000);
});
