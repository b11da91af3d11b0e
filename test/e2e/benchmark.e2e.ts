// Browser-side benchmark: the summary of 1,000 generated objectives (5 indicators each) generated in the workbench
// through src/excel on the emulator, against writing as many plain values through the same emulator.
import type { Page } from 'playwright-core';
import type { WorkbenchBrowser } from './chromium';
import { appErrors, showSheet, startWorkbenchSession } from './workbench-page';
import type { SummaryRun, TimedRun } from '../../workbench/dev/dev-hooks';

const OBJECTIVES = 1000;
const INDICATORS_EACH = 5;
const MAX_SUMMARY_SYNCS = 3;

let browser: WorkbenchBrowser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  ({ browser, page, pageErrors } = await startWorkbenchSession());
});

afterAll(async () => {
  await browser?.close();
});

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

function report(line: string): void {
  process.stdout.write(`[bench] ${line}\n`);
}

/** Milliseconds from clicking a sheet tab to the frame after the grid shows that sheet, measured in the page. */
function timeTabSwitch(target: Page, sheet: string): Promise<number> {
  return target.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const tab = [...document.querySelectorAll('[data-testid="workbook"] [role="tab"]')].find((el) => el.textContent === name);
        if (!(tab instanceof HTMLElement)) return reject(new Error(`no sheet tab "${name}"`));
        const started = performance.now();
        tab.click();
        const check = () => {
          const grid = document.querySelector('[data-testid="workbook"] [role="grid"]');
          if (grid?.getAttribute('aria-label') === `Foglio ${name}`) requestAnimationFrame(() => resolve(performance.now() - started));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    sheet,
  );
}

test(`summary of ${OBJECTIVES} objectives x ${INDICATORS_EACH} indicators: time, ratio to plain values, at most ${MAX_SUMMARY_SYNCS} syncs`, async () => {
  const seeded = await page.evaluate(
    ([count, each]) => window.__traguardoWorkbench!.seedObjectives(count, each),
    [OBJECTIVES, INDICATORS_EACH] as const,
  );
  report(`built ${seeded.sheets} sheets (${OBJECTIVES} objectives + settings) in ${(seeded.ms / 1000).toFixed(1)} s, ${seeded.syncs} syncs`);
  expect(seeded.sheets).toBe(OBJECTIVES + 1);

  const summary: SummaryRun = await page.evaluate(() => window.__traguardoWorkbench!.generateSummary());
  const plain: TimedRun = await page.evaluate(
    ([rows, columns]) => window.__traguardoWorkbench!.writePlainValues(rows, columns),
    [summary.rows, summary.columns] as const,
  );
  const ratio = summary.ms / plain.ms;
  report(
    `summary "${summary.sheet}": ${summary.rows} rows x ${summary.columns} columns = ${summary.cells} cells in ${(summary.ms / 1000).toFixed(2)} s, ${summary.syncs} syncs`,
  );
  summary.syncDetails.forEach((sync, index) =>
    report(`  summary sync ${index + 1}: ${sync.requests} actions, request ${kb(sync.payloadBytes)}, response ${kb(sync.responseBytes)}`),
  );
  report(`plain values, same ${summary.cells} cells: ${(plain.ms / 1000).toFixed(2)} s, ${plain.syncs} sync(s)`);
  report(`ratio summary / plain values: ${ratio.toFixed(2)}x`);

  // The grid with 1,000 objective sheets: only the active sheet is read, only its rows on screen are rendered.
  for (const sheet of [summary.sheet, `Obiettivo ${OBJECTIVES / 2}`, summary.sheet]) {
    const ms = await timeTabSwitch(page, sheet);
    await showSheet(page, sheet);
    report(`grid shows "${sheet}" ${ms.toFixed(0)} ms after the tab click, painted (${await page.locator('td[data-address]').count()} cells rendered)`);
  }

  expect(summary.rows).toBeGreaterThan(OBJECTIVES);
  expect(summary.syncs).toBeLessThanOrEqual(MAX_SUMMARY_SYNCS);
  expect(appErrors(pageErrors)).toEqual([]);
}, 900_000);
