// The Riepilogo's headline figures as one value: what src/excel works out with the summary, and what the pane, the
// command line and the Word document show.
import type { Status } from '../core/model';

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
  /** The payout rule's threshold (the degree from which proportional or all-or-nothing pay). */
  paymentThreshold: number;
  /** Figures that came out as Excel errors (label and error), so no error passes as a 0. */
  errors: { figure: string; value: string }[];
}
