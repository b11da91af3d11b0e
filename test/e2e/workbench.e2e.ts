// A new user in the workbench: load the 2022 example, build its sheets, generate the summary, edit a result and see
// the summary follow without regenerating, switch the pane's language; screenshots go to test-results/.
import { mkdirSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { evaluateObjective, type Objective, type Report, type StatusCutoffs } from '../../src/core';
import { formatCellValue, IT_IT } from '@traguardo/excel-emulator';
import report2022 from '../../examples/relazione-2022.json';
import expected2022 from '../../examples/relazione-2022.expected.json';
import {
  columnWhere,
  expectCellText,
  readGrid,
  rowWhere,
  sheetTabs,
  sessionPerFile,
  showSheet,
  shown,
  shownRightOf,
  taskpane,
  typeIntoCell,
  workbook,
} from './workbench-page';

const RESULTS_DIR = path.resolve(__dirname, '../../test-results');
const report = report2022 as unknown as Report;
const cutoffs = expected2022.cutoffs as StatusCutoffs;
const percent = (fraction: number): string => formatCellValue(fraction, '0.00%', IT_IT);

const PARTICIPANTS = 'capacità di coinvolgimento negli eventi relativi al PID';

const session = sessionPerFile();
let page: Page;

beforeAll(() => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  page = session.page;
});

function objective(number: number): Objective {
  const found = report.objectives.find((o) => o.number === number);
  if (!found) throw new Error(`objective ${number} is not in examples/relazione-2022.json`);
  return found;
}

/** Objective 9 with the participants' result changed (and, optionally, without the OIV's score), as core evaluates it. */
function objective9With(participants: string, withOiv: boolean) {
  const original = objective(9);
  const changed: Objective = {
    ...original,
    oiv: withOiv ? original.oiv : undefined,
    indicators: original.indicators.map((indicator) => (indicator.name === PARTICIPANTS ? { ...indicator, actual: participants } : indicator)),
  };
  return evaluateObjective(changed, cutoffs);
}

interface SummaryRow {
  computed: string;
  final: string;
  status: string;
}

/** Objective `number`'s row of the summary sheet as the grid shows it. */
async function summaryRow(number: number): Promise<SummaryRow> {
  const grid = await readGrid(page);
  const header = rowWhere(grid, 'A', 'N.');
  const row = rowWhere(grid, 'A', String(number));
  return {
    computed: shown(grid, `${columnWhere(grid, header, 'Grado calcolato')}${row}`),
    final: shown(grid, `${columnWhere(grid, header, 'Grado finale')}${row}`),
    status: shown(grid, `${columnWhere(grid, header, 'Esito')}${row}`),
  };
}

test('loading the 2022 example creates one sheet per objective', async () => {
  await taskpane(page).getByRole('tab', { name: 'Importa' }).click();
  await taskpane(page).getByRole('button', { name: 'Carica esempio 2022' }).click();
  const confirm = taskpane(page).getByRole('button', { name: `Conferma e crea ${report.objectives.length} fogli` });
  await confirm.click();
  await taskpane(page).getByText(`Creati o aggiornati ${report.objectives.length} fogli obiettivo.`).waitFor();

  const objectiveTabs = (await sheetTabs(page)).filter((name) => /^Obiettivo \d+$/.test(name));
  expect(objectiveTabs).toEqual(report.objectives.map((o) => `Obiettivo ${o.number}`));
});

test('the generated summary shows every outcome the report states, and the totals', async () => {
  await taskpane(page).getByRole('tab', { name: 'Riepilogo' }).click();
  await taskpane(page).getByRole('button', { name: 'Genera il riepilogo' }).click();
  await workbook(page).getByRole('tab', { name: 'Riepilogo', exact: true }).waitFor();
  await showSheet(page, 'Riepilogo');

  for (const stated of expected2022.objectives) {
    expect({ objective: stated.number, status: (await summaryRow(stated.number)).status }).toEqual({ objective: stated.number, status: stated.status });
  }
  expect((await summaryRow(8)).status).toBe('Non raggiunto');
  expect((await summaryRow(11)).status).toBe('Non valutabile');

  const grid = await readGrid(page);
  const valueBeside = (label: string): string => shownRightOf(grid, label);
  expect(valueBeside('Obiettivi raggiunti')).toBe(String(expected2022.counts.Raggiunto));
  expect(valueBeside('Obiettivi parzialmente raggiunti')).toBe(String(expected2022.counts['Parzialmente raggiunto']));
  expect(valueBeside('Obiettivi non raggiunti')).toBe(String(expected2022.counts['Non raggiunto']));
  expect(valueBeside('Obiettivi non valutabili')).toBe(String(expected2022.counts['Non valutabile']));
  // The report's own final degrees, weight 1 each, over the objectives that can be evaluated.
  const evaluated = expected2022.objectives.filter((o) => o.status !== 'Non valutabile');
  const overall = evaluated.reduce((sum, o) => sum + (o.finalDegree ?? 0), 0) / evaluated.length;
  expect(valueBeside('Grado complessivo ponderato')).toBe(percent(overall));

  await workbook(page).screenshot({ path: path.join(RESULTS_DIR, 'riepilogo.png') });

  // The chart of final degrees, drawn from its recorded spec: one bar group per objective, labelled as in the sheet.
  const chart = workbook(page).locator('figure[data-chart]');
  await expect(chart.count()).resolves.toBe(1);
  const categories = await chart.locator('g[data-category]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-category')));
  expect(categories).toHaveLength(report.objectives.length);
  await expect(chart.locator('rect[fill="#4472C4"]').count()).resolves.toBe(
    expected2022.objectives.filter((o) => typeof o.finalDegree === 'number').length,
  );
  await chart.scrollIntoViewIfNeeded();
  await workbook(page).screenshot({ path: path.join(RESULTS_DIR, 'riepilogo-grafico.png') });
});

test("typing a result on objective 9's sheet changes the summary without regenerating it", async () => {
  const before = await summaryRow(9);
  expect(before.status).toBe('Raggiunto');

  // 600 participants, below the target ">= 700".
  await showSheet(page, 'Obiettivo 9');
  let grid = await readGrid(page);
  const header = rowWhere(grid, 'A', 'Indicatore');
  const participantsRow = rowWhere(grid, 'A', PARTICIPANTS);
  const resultCell = `${columnWhere(grid, header, 'Risultato')}${participantsRow}`;
  const achievedCell = `${columnWhere(grid, header, 'Raggiunto')}${participantsRow}`;
  await typeIntoCell(page, resultCell, '600');
  await expectCellText(page, resultCell, '600');
  await expectCellText(page, achievedCell, 'FALSO');

  const with600 = objective9With('600', true);
  await showSheet(page, 'Riepilogo');
  const after600 = await summaryRow(9);
  expect(after600.computed).toBe(percent(with600.computedDegree as number));
  expect(after600.computed).not.toBe(before.computed);
  // The OIV's 100/100 is the final degree while it is there, so the Esito follows core's reading of it.
  expect(after600.status).toBe(with600.status);

  // Without the OIV's score the computed degree decides: 300 participants make it partial.
  await showSheet(page, 'Obiettivo 9');
  grid = await readGrid(page);
  const oivCell = `B${rowWhere(grid, 'A', 'Valutazione OIV (su 100)')}`;
  await typeIntoCell(page, oivCell, '');
  await expectCellText(page, oivCell, '');
  await typeIntoCell(page, resultCell, '300');
  await expectCellText(page, resultCell, '300');

  const with300 = objective9With('300', false);
  await showSheet(page, 'Riepilogo');
  const after300 = await summaryRow(9);
  expect(after300.final).toBe(percent(with300.finalDegree as number));
  expect(after300.status).toBe(with300.status);
  expect(after300.status).not.toBe(before.status);
});

/** The pane's section tabs by accessible name (Fluent also renders a hidden bold copy of each label). */
async function paneTabs(): Promise<string[]> {
  const tabs = taskpane(page).getByRole('tab');
  const names: string[] = [];
  for (let i = 0; i < (await tabs.count()); i++) names.push(((await tabs.nth(i).getAttribute('aria-label')) ?? (await tabs.nth(i).innerText())).trim());
  return names;
}

test('the task pane switches to English and back', async () => {
  const pane = taskpane(page);
  await pane.getByRole('combobox', { name: 'Lingua' }).selectOption('en');
  await pane.getByRole('tab', { name: 'Summary' }).waitFor();
  await expect(paneTabs()).resolves.toEqual(['Objectives', 'Import', 'Check', 'Summary']);
  await pane.screenshot({ path: path.join(RESULTS_DIR, 'taskpane-en.png') });

  await pane.getByRole('combobox', { name: 'Language' }).selectOption('it');
  await pane.getByRole('tab', { name: 'Riepilogo' }).waitFor();
  await expect(paneTabs()).resolves.toEqual(['Obiettivi', 'Importa', 'Verifica', 'Riepilogo']);
  await pane.screenshot({ path: path.join(RESULTS_DIR, 'taskpane.png') });
});
