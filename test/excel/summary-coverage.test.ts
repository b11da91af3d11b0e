// The Riepilogo says how many objectives its totals cover of those the workbook records: the 2022 example built on the
// emulator reads "11 di 11"; with objective 3's sheet deleted it reads "10 di 11" at once (live), and again once the
// Riepilogo is regenerated, when objective 3 is among the problems.
import { renderMessage } from '../../src/core/messages';
import { buildReport, generateSummary } from '../../src/excel';
import { example2022 } from '../support/example-2022';
import { emulatedWorkbook, valueOf } from './emulated-workbook';

describe('the Riepilogo counts the objectives its totals cover', () => {
  const { emu, excel } = emulatedWorkbook();

  beforeAll(async () => {
    await buildReport(excel, example2022());
  }, 60_000);

  it('as built: 11 of the 11 recorded', () => {
    expect(valueOf(emu, 'Riepilogo', 'A3')).toBe('Obiettivi contati nei totali: 11 di 11 registrati nella cartella');
  });

  it("with objective 3's sheet deleted, says 10 of 11 before and after the Riepilogo is regenerated, and names objective 3", async () => {
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Obiettivo 3').delete();
      await context.sync();
    });
    const missing = 'Obiettivi contati nei totali: 10 di 11 registrati nella cartella (i mancanti sono tra i problemi)';
    expect(valueOf(emu, 'Riepilogo', 'A3')).toBe(missing);

    const regenerated = await generateSummary(excel);
    expect(valueOf(emu, regenerated.sheet, 'A3')).toBe(missing);
    const problems = regenerated.problems.map((problem) => renderMessage(problem.message, 'it'));
    expect(problems).toContainEqual(expect.stringMatching(/^Obiettivo 3: la cartella lo registra \(foglio "Traguardo", cella H4\) ma nessun foglio lo porta/));
  }, 60_000);
});

describe('a workbook whose settings sheet is gone', () => {
  const { emu, excel } = emulatedWorkbook();

  it('says how many objectives the totals count, and that nothing records how many there are', async () => {
    await buildReport(excel, example2022());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Traguardo').delete();
      await context.sync();
    });
    expect(valueOf(emu, 'Riepilogo', 'A3')).toBe('Obiettivi contati nei totali: 11 (la cartella non registra quali obiettivi contiene)');
  }, 60_000);
});
