// The 2022 report built to .xlsx by `traguardo build`, read back by `traguardo summary --json`; then the file edited
// with ExcelJS (as Excel saves it: new input, stale cached results) and summarised again.
import { Workbook } from 'exceljs';
import path from 'path';
import expected from '../../examples/relazione-2022.expected.json';
import type { SummaryData } from '../../src/cli/summary-data';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';

const nine = objectiveCells(3);
// Third indicator, the participants in the events: ">= 700", 1.134 in the report.
const participantsCell = `${nine.columns.actual}${nine.firstIndicatorRow + 2}`;

async function summary(file: string): Promise<SummaryData> {
  const run = await traguardo('summary', file, '--json', '--quiet');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as SummaryData;
}

/** What an analyst does in Excel on objective 9: clears the OIV score, types the participants; Excel saves. */
async function editObjectiveNine(from: string, to: string, participants: string): Promise<void> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(from);
  const sheet = workbook.getWorksheet('Obiettivo 9');
  if (!sheet) throw new Error('Obiettivo 9 is not in the file');
  expect(String(sheet.getCell(nine.columns.name + (nine.firstIndicatorRow + 2)).value)).toMatch(/coinvolgimento negli eventi/);
  sheet.getCell(nine.header.oivScore).value = null;
  // The result column is formatted as text ("@"): Excel stores what is typed there as text.
  sheet.getCell(participantsCell).value = participants;
  await workbook.xlsx.writeFile(to);
}

describe('traguardo build, then summary, on the 2022 report', () => {
  const temp = temporaryFolder();
  const built = path.join(temp.folder, 'relazione-2022.xlsx');
  let buildRun: Awaited<ReturnType<typeof traguardo>>;
  let data: SummaryData;

  beforeAll(async () => {
    buildRun = await traguardo('build', EXAMPLE, '-o', built, '--quiet');
    data = await summary(built);
  }, 120_000);
  afterAll(() => temp.remove());

  it('writes the file, says what it wrote and how long it took, and that the chart is not in it', () => {
    expect(buildRun.code).toBe(0);
    expect(buildRun.stdout).toMatch(/relazione-2022\.xlsx: 11 obiettivi in 13 fogli \(Riepilogo, Traguardo, Obiettivo 1, …, Obiettivo 11\), \d+ KB, in \d+,\d s\n$/);
    expect(buildRun.stderr).toMatch(/il grafico "TrgGradoFinale" non è nel file/);
    expect(buildRun.stderr).toMatch(/da completare \(1\)/); // objective 7's unreadable ratio
    expect(temp.files()).toEqual(['relazione-2022.xlsx']);
  });

  it("reads back the seed's outcomes: 8 Non raggiunto, 11 Non valutabile, the others Raggiunto", () => {
    expect(data.objectives.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const outcome of expected.objectives) {
      const row = data.objectives.find((item) => item.number === outcome.number);
      expect({ number: outcome.number, status: row?.status }).toEqual({ number: outcome.number, status: outcome.status });
      if (outcome.finalDegree === null) expect(row?.finalDegree).toBeNull();
      else expect(row?.finalDegree).toBeCloseTo(outcome.finalDegree, 10);
    }
    expect(data.counts).toEqual(expected.counts);
    expect(data.cutoffs).toEqual(expected.cutoffs);
    // Ten evaluable objectives, weight 1 each: eight at 100%, objective 3 at 99%, objective 8 at 0%.
    expect(data.overallDegree).toBeCloseTo((8 * 1 + 0.99 + 0) / 10, 10);
    expect(data.fund).toEqual({ total: 0, allocated: 0, payable: 0, remainder: 0, notEvaluableAmount: 0, paymentThreshold: 0.5 });
    expect(data.figureErrors).toEqual([]);
  });

  it("lists objective 7's unreadable ratio as a problem with its sheet and cell", () => {
    expect(data.problems.length).toBeGreaterThan(0);
    for (const problem of data.problems) {
      expect(problem).toMatchObject({ sheet: 'Obiettivo 7', objective: 7 });
      expect(problem.address).toMatch(/^[A-Z]+\d+$/);
    }
    expect(data.problems.map((problem) => problem.message).join('\n')).toMatch(/3\.1296/);
  });

  it('prints the table with Italian labels, aligned columns, totals, fund lines and problems', async () => {
    const run = await traguardo('summary', built, '--quiet');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const header = lines.find((line) => line.startsWith('N.'))!;
    expect(header).toMatch(/^N\. +Obiettivo +Grado calcolato +OIV +Grado finale +Esito +Importo stanziato +Importo riconosciuto$/);
    const row8 = lines.find((line) => /^ 8 /.test(line))!;
    expect(row8).toMatch(/DECENTRAMENTO SPORTELLI .* 0,00% .*Non raggiunto/);
    // Right-aligned numbers end in the same column as their header.
    const degreeEnd = header.indexOf('Grado finale') + 'Grado finale'.length;
    expect(row8.slice(degreeEnd - 5, degreeEnd)).toBe('0,00%');
    expect(lines.find((line) => line.includes('Totale'))).toMatch(/89,90% +9 raggiunti su 10 valutabili \(1 non valutabile\) +0,00 € +0,00 €$/);
    expect(run.stdout).toMatch(/Residuo che torna al bilancio +0,00 €/);
    expect(run.stdout).toMatch(/Soglie: "Raggiunto" da 99%, "Parzialmente raggiunto" da 50%, pagamento da 50%/);
    expect(run.stdout).toMatch(/Problemi \(\d\):\n {2}'Obiettivo 7'!C\d+ +Obiettivo 7, indicatore/);
  });

  it('exits 1 under --strict because of the problems', async () => {
    const run = await traguardo('summary', built, '--strict', '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/problemi trovati \(--strict\)/);
  });

  it('shows a figure that is an error as the error, never as 0, and lists it among the problems', async () => {
    const edited = path.join(temp.folder, 'importo-errato.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.readFile(built);
    workbook.getWorksheet('Obiettivo 1')!.getCell(objectiveCells(1).header.allocatedAmount).value = 'mille euro';
    await workbook.xlsx.writeFile(edited);
    const after = await summary(edited);
    expect(after.figureErrors).toContainEqual({ figure: 'Importo riconosciuto', value: '#VALUE!' });
    expect(after.fund.payable).toBeNull();
    expect(after.problems.some((problem) => problem.sheet === 'Obiettivo 1' && problem.code === 'amount-not-number')).toBe(true);
    const table = await traguardo('summary', edited, '--quiet');
    // Beside Italian words, the error as Italian Excel names it.
    expect(table.stdout).toMatch(/Importo riconosciuto +#VALORE!/);
    expect(table.stdout).toMatch(/Riepilogo: "Importo riconosciuto" vale #VALORE!/);
  }, 120_000);

  it("follows objective 9's participants changed in the file, with stale cached results, after recalculation", async () => {
    const edited = path.join(temp.folder, 'edited.xlsx');
    await editObjectiveNine(built, edited, '600');
    const after = await summary(edited);
    const row = after.objectives.find((item) => item.number === 9)!;
    const degree = (1 + 1 + 600 / 700) / 3;
    expect(row.oivScore).toBeNull();
    expect(row.computedDegree).toBeCloseTo(degree, 10);
    expect(row.finalDegree).toBeCloseTo(degree, 10);
    expect(row.status).toBe('Parzialmente raggiunto'); // 95.2%: below the 99% the report's own verdicts imply

    await editObjectiveNine(built, edited, '300');
    const lower = (await summary(edited)).objectives.find((item) => item.number === 9)!;
    expect(lower.finalDegree).toBeCloseTo((1 + 1 + 300 / 700) / 3, 10);
    expect(lower.status).toBe('Parzialmente raggiunto');
  }, 120_000);
});
