// Browser-side benchmark: the summary of 1,000 generated objectives (5 indicators each) generated in the workbench
// through src/excel on the emulator, against writing as many plain values through the same emulator.
import type { Page } from 'playwright-core';
import { launchChromium, type WorkbenchBrowser } from './chromium';
import { openWorkbench, watchPageErrors } from './workbench-page';
import type { SummaryRun, TimedRun } from '../../workbench/dev/dev-hooks';

const OBJECTIVES = 1000;
const INDICATORS_EACH = 5;
const MAX_SUMMARY_SYNCS = 3;

let browser: WorkbenchBrowser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
  pageErrors = watchPageErrors(page);
  await openWorkbench(page);
});

afterAll(async () => {
  await browser?.close();
});

function report(line: string): void {
  process.stdout.write(`[bench] ${line}\n`);
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
  report(`plain values, same ${summary.cells} cells: ${(plain.ms / 1000).toFixed(2)} s, ${plain.syncs} sync(s)`);
  report(`ratio summary / plain values: ${ratio.toFixed(2)}x`);

  expect(summary.rows).toBeGreaterThan(OBJECTIVES);
  expect(summary.syncs).toBeLessThanOrEqual(MAX_SUMMARY_SYNCS);
  expect(pageErrors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
}, 900_000);
