// The workbench's grid as a place to work, as an analyst uses Excel: the pane shows what it made, a click selects the
// cell under the pointer, the keyboard moves and edits, a column pastes in one go, Verifica's go-to moves the grid,
// and formulas are written in Italian. Screenshots of an objective sheet and of the Riepilogo go to test-results/.
import { mkdirSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import report2022 from '../../examples/relazione-2022.json';
import { columnLetters } from '@traguardo/excel-emulator';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import type { WorkbenchBrowser } from './chromium';
import {
  appErrors,
  cellInView,
  expectCellText,
  expectInputValue,
  formulaBar,
  importExample2022,
  nameBox,
  selectedCells,
  showSheet,
  shownSheet,
  startWorkbenchSession,
  taskpane,
  workbook,
} from './workbench-page';

const RESULTS_DIR = path.resolve(__dirname, '../../test-results');
const OBJECTIVES = report2022.objectives.length;
/** Objective 1 has one indicator: where its cells are, from the layout's own geometry. */
const cells = objectiveCells(1);
const ROW = cells.firstIndicatorRow;
const at = (column: string): string => `${column}${ROW}`;
/** The first column right of the indicators table, free for the analyst's own formulas. */
const FREE_COLUMN = columnLetters(Object.keys(cells.columns).length);

let browser: WorkbenchBrowser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  ({ browser, page, pageErrors } = await startWorkbenchSession());
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  const real = appErrors(pageErrors);
  pageErrors.length = 0;
  expect(real).toEqual([]);
});

const cell = (address: string) => workbook(page).locator(`td[data-address="${address}"]`);

/** Clicks where the cell is drawn, as a user's pointer does (whatever is on top there gets the click). */
async function pointAt(address: string): Promise<void> {
  const box = await cell(address).boundingBox();
  if (!box) throw new Error(`${address} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const expectNameBox = (address: string): Promise<void> => expectInputValue(nameBox(page), address);

test('after the import the grid shows the first new objective sheet', async () => {
  await expect(shownSheet(page)).resolves.toBe('Foglio1');
  await importExample2022(page, OBJECTIVES);
  await workbook(page).getByRole('grid', { name: 'Foglio Obiettivo 1', exact: true }).waitFor();
  await expect(shownSheet(page)).resolves.toBe('Obiettivo 1');
  await expectNameBox('A1');
  await workbook(page).screenshot({ path: path.join(RESULTS_DIR, 'grid-obiettivo-1.png') });
});

test('every wrapped text of the objective sheet fits its row', async () => {
  const cut = await workbook(page)
    .locator('td[data-address]')
    .evaluateAll((tds) =>
      tds
        .filter((td) => (td as HTMLElement).style.whiteSpace === 'pre-wrap' && td.textContent !== '')
        .filter((td) => (td.querySelector('.wb-cell-text') as HTMLElement).scrollHeight > td.clientHeight + 1)
        .map((td) => (td as HTMLElement).dataset.address),
    );
  expect(cut).toEqual([]);
});

test('a click on an empty cell under a spilled text selects that cell, and typing goes there', async () => {
  await showSheet(page, 'Foglio1');
  await cell('B3').click();
  await page.keyboard.type('Un testo lungo che scorre sopra le celle vuote alla sua destra, come in Excel');
  await page.keyboard.press('Enter');
  await expectCellText(page, 'B3', 'Un testo lungo che scorre sopra le celle vuote alla sua destra, come in Excel');

  await pointAt('E3');
  await expectNameBox('E3');
  await expect(selectedCells(page)).resolves.toEqual(['E3']);
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await expectCellText(page, 'E3', '42');
  await expectCellText(page, 'B3', 'Un testo lungo che scorre sopra le celle vuote alla sua destra, come in Excel');
});

test('arrows, Tab, Enter and their Shift forms move the selection; F2 edits, Esc cancels, Delete clears', async () => {
  await cell('B10').click();
  const moves: [string, string][] = [
    ['ArrowDown', 'B11'],
    ['ArrowRight', 'C11'],
    ['Tab', 'D11'],
    ['Shift+Tab', 'C11'],
    ['Enter', 'C12'],
    ['Shift+Enter', 'C11'],
    ['ArrowUp', 'C10'],
    ['ArrowLeft', 'B10'],
  ];
  for (const [key, address] of moves) {
    await page.keyboard.press(key);
    await expectNameBox(address);
  }

  // Typing writes and Enter moves down; Tab writes and moves right.
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expectNameBox('B11');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await expectNameBox('C11');
  await page.keyboard.type('=B10+B11');
  await page.keyboard.press('Enter');
  await expectCellText(page, 'C11', '30');

  // F2 edits the content as it is; Esc leaves it unchanged.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('F2');
  await page.keyboard.type('*2');
  await page.keyboard.press('Escape');
  await expectCellText(page, 'C11', '30');
  await page.keyboard.press('F2');
  await page.keyboard.type('*2');
  await page.keyboard.press('Enter');
  await expectCellText(page, 'C11', '50');

  // Shift+arrows and Shift+click select ranges from the active cell; Delete clears them all.
  await cell('B10').click();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(selectedCells(page)).resolves.toEqual(['B10', 'B11']);
  await cell('C11').click({ modifiers: ['Shift'] });
  await expect(selectedCells(page)).resolves.toEqual(['B10', 'C10', 'B11', 'C11']);
  await expectNameBox('B10');
  await page.keyboard.press('Delete');
  for (const address of ['B10', 'B11', 'C11']) await expectCellText(page, address, '');
});

test('Ctrl+V pastes a column from the clipboard from the active cell, and the sheet recalculates', async () => {
  await cell('B20').click();
  await page.keyboard.type('=SOMMA(B14:B17)');
  await page.keyboard.press('Enter');
  await page.evaluate(() => navigator.clipboard.writeText('600\r\n49,96\r\n1.134\r\n99%\r\n31/07/2022\r\n'));
  await cell('B14').click();
  await page.keyboard.press('Control+V');
  await expectCellText(page, 'B14', '600');
  await expectCellText(page, 'B15', '49,96');
  await expectCellText(page, 'B16', '1134');
  await expectCellText(page, 'B17', '99%');
  await expectCellText(page, 'B18', '31/07/2022');
  await expectCellText(page, 'B20', '1784,95');
  await expect(selectedCells(page)).resolves.toEqual(['B14', 'B15', 'B16', 'B17', 'B18']);

  // Ctrl+C puts the selection on the clipboard as the grid shows it.
  await page.keyboard.press('Control+C');
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('600\r\n49,96\r\n1134\r\n99%\r\n31/07/2022\r\n');
});

test('after the name box, typing goes into the cell it went to', async () => {
  await showSheet(page, 'Obiettivo 1');
  await nameBox(page).click();
  await nameBox(page).fill(at(cells.columns.actual));
  await page.keyboard.press('Enter');
  await expect(selectedCells(page)).resolves.toEqual([at(cells.columns.actual)]);
  await page.keyboard.type('700');
  await page.keyboard.press('Enter');
  await expectCellText(page, at(cells.columns.actual), '700');
  await expectNameBox(`${cells.columns.actual}${ROW + 1}`);
});

test('formulas are written and shown in Italian, and compute as their English form', async () => {
  const achieved = at(cells.columns.achieved);
  const mine = at(FREE_COLUMN);
  await cell(achieved).click();
  await expectInputValue(formulaBar(page), /^=.*PERF\.RAGGIUNTO\(.*;/);

  // Beyond the used range: the name box takes the grid there.
  await nameBox(page).fill(mine);
  await page.keyboard.press('Enter');
  const italian = `=PERF.RAGGIUNTO(${at(cells.columns.actual)};${at(cells.columns.target)})`;
  await page.keyboard.type(italian);
  await page.keyboard.press('Enter');
  await cell(mine).click();
  await expectInputValue(formulaBar(page), italian);
  const shownByLayout = ((await cell(achieved).textContent()) ?? '').trim();
  expect(['VERO', 'FALSO']).toContain(shownByLayout);
  await expectCellText(page, mine, shownByLayout);

  // The formula bar writes too: an Italian SE with a decimal comma.
  await formulaBar(page).fill('=SE(1,5>1;"sì";"no")');
  await page.keyboard.press('Enter');
  await expectCellText(page, mine, 'sì');
  await expectNameBox(`${FREE_COLUMN}${ROW + 1}`);
});

test("Verifica's go-to-cell shows the problem's cell selected and in view, and typing goes there", async () => {
  // A result that cannot be read is a problem Verifica lists with its cell.
  await showSheet(page, 'Obiettivo 7');
  const seven = objectiveCells(4);
  const result = `${seven.columns.actual}${seven.lastIndicatorRow}`;
  await cell(result).click();
  await page.keyboard.type('forse');
  await page.keyboard.press('Enter');
  await showSheet(page, 'Foglio1');
  await cell('A1').click();

  await taskpane(page).getByRole('tab', { name: 'Verifica' }).click();
  await taskpane(page).getByRole('button', { name: 'Verifica la cartella di lavoro' }).click();
  await taskpane(page).getByRole('button', { name: new RegExp(`^Obiettivo 7!${result}:`) }).first().click();

  await workbook(page).getByRole('grid', { name: 'Foglio Obiettivo 7', exact: true }).waitFor();
  await expectNameBox(result);
  await expect(selectedCells(page)).resolves.toEqual([result]);
  await expect(cellInView(page, result)).resolves.toBe(true);
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expectCellText(page, result, '3');
});

test('after generating the summary the grid shows the Riepilogo', async () => {
  await taskpane(page).getByRole('tab', { name: 'Riepilogo' }).click();
  await taskpane(page).getByRole('button', { name: 'Genera il riepilogo' }).click();
  await workbook(page).getByRole('grid', { name: 'Foglio Riepilogo', exact: true }).waitFor();
  await expect(shownSheet(page)).resolves.toBe('Riepilogo');
  await workbook(page).screenshot({ path: path.join(RESULTS_DIR, 'grid-riepilogo.png') });
});

test('with ?lang=en-US the formula bar keeps English formulas', async () => {
  const english = await browser.context.newPage();
  try {
    await english.goto(`${process.env.WORKBENCH_URL}?lang=en-US`);
    const grid = english.getByTestId('workbook').getByRole('grid');
    await grid.waitFor();
    await english.getByTestId('workbook').locator('td[data-address="A1"]').click();
    await english.keyboard.type('=SUM(1.5,2)');
    await english.keyboard.press('Enter');
    await english.getByTestId('workbook').locator('td[data-address="A1"]').click();
    await expectInputValue(english.getByTestId('workbook').getByRole('textbox', { name: 'Formula bar' }), '=SUM(1.5,2)');
    await expect(english.getByTestId('workbook').locator('td[data-address="A1"]').textContent()).resolves.toBe('3,5');
  } finally {
    await english.close();
  }
});
