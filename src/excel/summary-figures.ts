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

/** Queues the read of the figures' cells; call the returned function after the sync. */
export function queueFiguresRead(sheet: Excel.Worksheet, objectiveCount: number): () => SummaryFigures {
  const geometry = summaryGeometry(objectiveCount);
  const first = geometry.figures[SUMMARY_FIGURES[0].key];
  const last = geometry.figures[SUMMARY_FIGURES[SUMMARY_FIGURES.length - 1].key];
  const range = sheet.getRange(`${first}:${last}`);
  range.load('values');
  return () => {
    const value = (key: SummaryFigure): unknown => range.values[SUMMARY_FIGURES.findIndex((figure) => figure.key === key)][0];
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
  };
}
