// Verdicts you can sign, in the workbench as a new analyst meets them: paste the 2022 report's text, accept the cut-off
// the report itself implies, generate the Riepilogo, and find the report's verdicts with no score it does not give.
import expected2022 from '../../examples/relazione-2022.expected.json';
import { analyseReportText2022, columnWhere, readGrid, rowWhere, sessionPerFile, showSheet, shown, taskpane, workbook } from './workbench-page';

const session = sessionPerFile();

const ERROR_VALUE = /^#/;

test('the report text imported with nothing else chosen gives the report verdicts, "—" where nothing is measured', async () => {
  const page = session.page;
  const pane = taskpane(page);
  await analyseReportText2022(page);

  // The preview says which cut-off the report implies and why; it is applied unless unticked.
  await pane.getByText('Soglie di esito proposte dalla Relazione stessa').waitFor();
  await pane.getByText('La Relazione dichiara l\'obiettivo 3 "Raggiunto" con 99/100: "Raggiunto" da 99% (invece di 100%)').waitFor();
  await pane.getByRole('button', { name: 'Conferma e crea 11 fogli' }).click();
  await pane.getByText('Creati o aggiornati 11 fogli obiettivo.').waitFor({ timeout: 60_000 });

  await pane.getByRole('tab', { name: 'Riepilogo' }).click();
  await pane.getByRole('button', { name: 'Genera il riepilogo' }).click();
  await workbook(page).getByRole('tab', { name: 'Riepilogo', exact: true }).waitFor();
  await showSheet(page, 'Riepilogo');

  const grid = await readGrid(page);
  const header = rowWhere(grid, 'A', 'N.');
  const column = (name: string): string => columnWhere(grid, header, name);
  const cell = (name: string, objective: number): string => shown(grid, `${column(name)}${rowWhere(grid, 'A', String(objective))}`);

  for (const stated of expected2022.objectives) {
    expect({ objective: stated.number, status: cell('Esito', stated.number) }).toEqual({ objective: stated.number, status: stated.status });
  }
  expect(cell('Esito', 3)).toBe('Raggiunto');
  expect(cell('Esito', 8)).toBe('Non raggiunto');
  // The report gives objective 8 no score: the OIV cell stays empty, never 0.
  expect(cell('Valutazione OIV', 8)).toBe('');
  for (const objective of [6, 8, 11]) {
    expect({ objective, computed: cell('Grado calcolato', objective) }).not.toEqual({ objective, computed: expect.stringMatching(ERROR_VALUE) });
    expect(cell('Grado calcolato', objective)).toBe('—');
  }
  const totals = rowWhere(grid, 'A', 'Totale');
  expect(shown(grid, `${column('Esito')}${totals}`)).toBe('9 raggiunti su 10 valutabili (1 non valutabile)');
  await expect(pane.getByText('9 raggiunti su 10 valutabili (1 non valutabile)').count()).resolves.toBe(1);
});
