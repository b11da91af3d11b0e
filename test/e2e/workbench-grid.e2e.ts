// The workbench's grid as a place to work, as an analyst uses Excel: a click selects the cell under the pointer.
import type { Page } from 'playwright-core';
import type { WorkbenchBrowser } from './chromium';
import { appErrors, expectCellText, expectInputValue, nameBox, selectedCells, startWorkbenchSession, workbook } from './workbench-page';

let browser: WorkbenchBrowser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  ({ browser, page, pageErrors } = await startWorkbenchSession());
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

test('a click on an empty cell under a spilled text selects that cell, and typing goes there', async () => {
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
