// The summary's headline figures, read back from the sheet after Excel computed them.
import type { Status } from '../core/model';
import { SUMMARY_FIGURES, summaryGeometry, type SummaryFigure } from '../workbook/summary-sheet';

export interface SummaryFigures {
  counts: Record<Status, number>;
  /** Weighted mean of the final degrees of the evaluable objectives; null when none is evaluable. */
  overallDegree: number | null;
  fundTotal: number;
  allocated: number;
  payable: number;
  remainder: number;
  notEvaluableAmount: number;
  cutoffs: { achievedFrom: number; partialFrom: number };
  paymentThreshold: number;
  /** Figures that came out as Excel errors (label and error), so no error passes as a 0. */
  errors: { figure: string; value: string }[];
}

/** The figures from the values of their cells (label order of SUMMARY_FIGURES). */
function figuresFrom(values: ReadonlyArray<ReadonlyArray<unknown>>): SummaryFigures {
  const value = (key: SummaryFigure): unknown => values[SUMMARY_FIGURES.findIndex((figure) => figure.key === key)]?.[0];
  const number = (key: SummaryFigure): number => {
    const found = value(key);
    return typeof found === 'number' ? found : 0;
  };
  const overall = value('overallDegree');
  const errors = SUMMARY_FIGURES.flatMap((figure) => {
    const found = value(figure.key);
    return typeof found === 'string' && found.startsWith('#') ? [{ figure: figure.label, value: found }] : [];
  });
  return {
    errors,
    counts: {
      Raggiunto: number('Raggiunto'),
      'Parzialmente raggiunto': number('Parzialmente raggiunto'),
      'Non raggiunto': number('Non raggiunto'),
      'Non valutabile': number('Non valutabile'),
    },
    overallDegree: typeof overall === 'number' ? overall : null,
    fundTotal: number('fundTotal'),
    allocated: number('allocated'),
    payable: number('payable'),
    remainder: number('remainder'),
    notEvaluableAmount: number('notEvaluableAmount'),
    cutoffs: { achievedFrom: number('achievedFrom'), partialFrom: number('partialFrom') },
    paymentThreshold: number('paymentThreshold'),
  };
}

function figuresAddress(objectiveCount: number): string {
  const geometry = summaryGeometry(objectiveCount);
  return `${geometry.figures[SUMMARY_FIGURES[0].key]}:${geometry.figures[SUMMARY_FIGURES[SUMMARY_FIGURES.length - 1].key]}`;
}

// Custom functions compute asynchronously in Excel: right after a write a cell may still say #BUSY!.
const PENDING = /^#(BUSY!|GETTING_DATA)/;
const ATTEMPTS = 5;
const WAIT_MS = 400;

/**
 * Reads the figures once Excel has computed them: one sync, repeated (a bounded few times, whatever the
 * number of objectives) only while some figure is still pending.
 */
export async function readSummaryFigures(context: Excel.RequestContext, sheetName: string, objectiveCount: number): Promise<{ figures: SummaryFigures; syncs: number }> {
  let syncs = 0;
  const address = figuresAddress(objectiveCount);
  for (let attempt = 1; ; attempt++) {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
    range.load('values');
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- repeated only while Excel is still computing, at most ATTEMPTS times
    await context.sync();
    syncs += 1;
    const figures = figuresFrom(range.values);
    const pending = figures.errors.some((error) => PENDING.test(error.value));
    if (!pending || attempt === ATTEMPTS) return { figures, syncs };
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
}
