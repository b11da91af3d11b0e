// What a user does and sees on the workbench page, in Playwright terms: the task pane, the sheet tabs, the grid.
import type { Locator, Page } from 'playwright-core';
import { columnIndex, columnLetters } from '@traguardo/excel-emulator';
import { launchChromium, type WorkbenchBrowser } from './chromium';
import { seedText } from '../report-text/seed-text';

function workbenchUrl(): string {
  const url = process.env.WORKBENCH_URL;
  if (!url) throw new Error('WORKBENCH_URL is not set: run the e2e tests with `npm run test:e2e` (its global setup serves the workbench).');
  return url;
}

/** Collects uncaught page errors and console errors, so a test can show them when it fails. */
function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return errors;
}

/** Errors that are the app's: a favicon-like 404 ("Failed to load resource") is the test server's, not the app's. */
export function appErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => !/Failed to load resource/.test(error));
}

/** Opens the workbench; `query` sets what the fake Office reports, e.g. "?lang=en-US". */
async function openWorkbench(page: Page, query = ''): Promise<void> {
  await page.goto(`${workbenchUrl()}${query}`);
  await page.getByTestId('taskpane').getByRole('heading', { name: 'Traguardo' }).waitFor();
  await page.getByTestId('workbook').getByRole('grid').waitFor();
}

export interface WorkbenchSession {
  browser: WorkbenchBrowser;
  page: Page;
  /** Filled as errors happen (see watchPageErrors). */
  pageErrors: string[];
}

/** A fresh Chromium with the workbench open in one page whose errors are collected (`query`: see openWorkbench). */
export async function startWorkbenchSession(query = ''): Promise<WorkbenchSession> {
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  const pageErrors = watchPageErrors(page);
  await openWorkbench(page, query);
  return { browser, page, pageErrors };
}

/**
 * One Chromium session for a spec file: opened before its tests, closed after them, and every test ends with no error
 * of the app's on the page. Read `page` once the tests run.
 */
export function sessionPerFile(query = ''): { readonly page: Page } {
  let session: WorkbenchSession | undefined;
  beforeAll(async () => {
    session = await startWorkbenchSession(query);
  });
  afterAll(async () => {
    await session?.browser.close();
  });
  afterEach(() => {
    if (!session) return;
    const real = appErrors(session.pageErrors);
    session.pageErrors.length = 0;
    expect(real).toEqual([]);
  });
  return {
    get page(): Page {
      if (!session) throw new Error('the workbench session starts in beforeAll');
      return session.page;
    },
  };
}

export const taskpane = (page: Page): Locator => page.getByTestId('taskpane');
export const workbook = (page: Page): Locator => page.getByTestId('workbook');

export async function sheetTabs(page: Page): Promise<string[]> {
  return workbook(page).getByRole('tab').allTextContents();
}

/** Loads the 2022 example in the pane's Importa screen and confirms it: one sheet per objective. */
export async function importExample2022(page: Page, objectives: number): Promise<void> {
  await taskpane(page).getByRole('tab', { name: 'Importa' }).click();
  await taskpane(page).getByRole('button', { name: 'Carica esempio 2022' }).click();
  await taskpane(page).getByRole('button', { name: `Conferma e crea ${objectives} fogli` }).click();
  await taskpane(page).getByText(`Creati o aggiornati ${objectives} fogli obiettivo.`).waitFor();
}

/** Pastes the 2022 report's text in the pane's Importa screen and analyses it; the preview is then on screen. */
export async function analyseReportText2022(page: Page): Promise<void> {
  const pane = taskpane(page);
  await pane.getByRole('tab', { name: 'Importa' }).click();
  await pane.getByRole('radio', { name: 'Da testo della Relazione' }).check();
  await pane.getByRole('textbox', { name: 'Oppure incolla qui il testo della Relazione' }).fill(seedText());
  await pane.getByRole('button', { name: 'Analizza il testo' }).click();
}

/** The sheet whose tab is selected and whose cells the grid shows. */
export async function shownSheet(page: Page): Promise<string> {
  const tab = (await workbook(page).getByRole('tab', { selected: true }).textContent()) ?? '';
  await workbook(page).getByRole('grid', { name: `Foglio ${tab}`, exact: true }).waitFor();
  return tab;
}

/** Clicks a sheet tab and waits until the grid shows that sheet. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await workbook(page).getByRole('tab', { name, exact: true }).click();
  await workbook(page).getByRole('grid', { name: `Foglio ${name}`, exact: true }).waitFor();
}

/** The cells the grid shows now (text as displayed), by A1 address. */
export async function readGrid(page: Page): Promise<Map<string, string>> {
  const pairs = await workbook(page)
    .locator('td[data-address]')
    .evaluateAll((cells) => cells.map((cell) => [(cell as HTMLElement).dataset.address ?? '', cell.textContent ?? ''] as [string, string]));
  return new Map(pairs);
}

function splitAddress(address: string): { column: string; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`${address} is not a cell address`);
  return { column: match[1], row: Number(match[2]) };
}

/** The row whose column `column` shows `text` (first match), or an error naming what was looked for. */
export function rowWhere(grid: Map<string, string>, column: string, text: string): number {
  for (const [address, shown] of grid) {
    const { column: col, row } = splitAddress(address);
    if (col === column && shown.trim() === text) return row;
  }
  throw new Error(`No row shows "${text}" in column ${column}; column ${column} shows: ${columnTexts(grid, column).join(' | ')}`);
}

/** The column letter whose cell in `row` shows `header`. */
export function columnWhere(grid: Map<string, string>, row: number, header: string): string {
  for (const [address, shown] of grid) {
    const { column, row: r } = splitAddress(address);
    if (r === row && shown.trim() === header) return column;
  }
  throw new Error(`Row ${row} has no cell "${header}"`);
}

export function shown(grid: Map<string, string>, address: string): string {
  const text = grid.get(address);
  if (text === undefined) throw new Error(`The grid does not show ${address}`);
  return text.trim();
}

/** What the cell right of the (first) cell showing `label` shows: the value of a label/value pair. */
export function shownRightOf(grid: Map<string, string>, label: string): string {
  for (const [address, text] of grid) {
    if (text.trim() !== label) continue;
    const { column, row } = splitAddress(address);
    return shown(grid, `${nextColumn(column)}${row}`);
  }
  throw new Error(`No cell shows "${label}"`);
}

function nextColumn(column: string): string {
  return columnLetters(columnIndex(column) + 1);
}

function columnTexts(grid: Map<string, string>, column: string): string[] {
  return [...grid].filter(([address, text]) => splitAddress(address).column === column && text.trim() !== '').map(([, text]) => text.trim());
}

/** Selects a cell by clicking it, types `text` as a user would and presses Enter. */
export async function typeIntoCell(page: Page, address: string, text: string): Promise<void> {
  await workbook(page).locator(`td[data-address="${address}"]`).click();
  if (text === '') {
    await page.keyboard.press('Delete');
    return;
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export const nameBox = (page: Page): Locator => workbook(page).getByRole('textbox', { name: 'Casella nome' });
export const formulaBar = (page: Page): Locator => workbook(page).getByRole('textbox', { name: 'Barra della formula' });

/** Addresses of the selected cells, in the grid's order. */
export async function selectedCells(page: Page): Promise<string[]> {
  return workbook(page)
    .locator('td[aria-selected="true"]')
    .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.address ?? ''));
}

/** True when the whole cell is visible in the grid, below the column letters and right of the row numbers. */
export async function cellInView(page: Page, address: string): Promise<boolean> {
  return workbook(page)
    .getByRole('grid')
    .evaluate((grid, wanted) => {
      const cell = grid.querySelector(`td[data-address="${wanted}"]`);
      if (!cell) return false;
      const view = grid.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      const top = view.top + (grid.querySelector('thead')?.getBoundingClientRect().height ?? 0);
      const left = view.left + (grid.querySelector('th.wb-row-header')?.getBoundingClientRect().width ?? 0);
      return box.top >= top - 1 && box.left >= left - 1 && box.bottom <= view.top + grid.clientHeight + 1 && box.right <= view.left + grid.clientWidth + 1;
    }, address);
}

/** Waits until an input (the name box, the formula bar) shows `expected`: they follow the selection a frame later. */
export async function expectInputValue(input: Locator, expected: string | RegExp, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await input.inputValue();
    if (typeof expected === 'string' ? last === expected : expected.test(last)) return;
    await input.page().waitForTimeout(50);
  }
  throw new Error(`${(await input.getAttribute('aria-label')) ?? 'the input'} shows "${last}", expected ${String(expected)}`);
}

/** Waits until the grid's cell shows `expected` (the workbook recalculates, then the grid re-renders). */
export async function expectCellText(page: Page, address: string, expected: string, timeout = 10_000): Promise<void> {
  const cell = workbook(page).locator(`td[data-address="${address}"]`);
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await cell.textContent()) ?? '').trim();
    if (last === expected) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${address} shows "${last}", expected "${expected}"`);
}
