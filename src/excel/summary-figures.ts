// The summary's headline figures, worked out by core from the objective sheets' cells the summary links to:
// the same numbers the summary sheet shows, without reading it back (Excel computes custom functions
// asynchronously, so a read right after the write could still see #BUSY!).
import { evaluateObjective } from '../core/aggregate';
import type { Objective } from '../core/model';
import type { EvaluationRules } from '../core/rules';
import { isSheetError, NOT_EVALUABLE_FIGURE, restatedRow, summaryTotals, type Figure, type SheetValue, type SummaryRowCells, type SummaryRules } from '../core/summary-totals';
import type { ObjectiveReading } from '../workbook/readers';
import type { SummaryFigures } from '../workbook/headline-figures';
import { SUMMARY_FIGURES, type SummaryFigure } from '../workbook/summary-sheet';

export type { SummaryFigures } from '../workbook/headline-figures';

export interface FigureSource {
  /** One entry per summary row (objective), as the objective sheets showed them when read. */
  rows: ReadonlyArray<SummaryRowCells>;
  /** The rules the summary will compute with (the settings after this operation). */
  rules: SummaryRules;
  /** The rules changed since the objective sheets were computed: their status and payable cells will follow. */
  rulesChanged: boolean;
}

/** The figures the summary sheet shows once written over these rows. */
export function summaryFigures(source: FigureSource): SummaryFigures {
  const rows = source.rulesChanged ? source.rows.map((row) => restatedRow(row, source.rules)) : source.rows;
  const totals = summaryTotals(rows, source.rules);
  const { cutoffs } = source.rules;
  const paymentThreshold = source.rules.payout.from;
  const shown: Record<SummaryFigure, Figure> = {
    overallDegree: totals.overallDegree,
    fundTotal: totals.fundTotal,
    allocated: totals.allocated,
    payable: totals.payable,
    remainder: totals.remainder,
    notEvaluableAmount: totals.notEvaluableAmount,
    ...totals.counts,
    achievedFrom: cutoffs.achievedFrom,
    partialFrom: cutoffs.partialFrom,
    paymentThreshold,
  };
  const number = (key: SummaryFigure): number => {
    const value = shown[key];
    return typeof value === 'number' ? value : 0;
  };
  return {
    errors: SUMMARY_FIGURES.flatMap((figure) => (isSheetError(shown[figure.key]) ? [{ figure: figure.label, value: String(shown[figure.key]) }] : [])),
    counts: { ...totals.counts },
    overallDegree: typeof totals.overallDegree === 'number' ? totals.overallDegree : null,
    fundTotal: number('fundTotal'),
    allocated: number('allocated'),
    payable: number('payable'),
    remainder: number('remainder'),
    notEvaluableAmount: number('notEvaluableAmount'),
    cutoffs: { achievedFrom: cutoffs.achievedFrom, partialFrom: cutoffs.partialFrom },
    paymentThreshold,
  };
}

/** The final degree cell of an objective's sheet under `rules`, as its formulas give it: "n.v." or an error included. */
function finalDegreeUnder(objective: Objective, current: SheetValue, rules: EvaluationRules): SheetValue {
  const result = evaluateObjective(objective, rules.cutoffs, rules);
  if (result.neutralised) return NOT_EVALUABLE_FIGURE;
  if (result.finalDegree !== null) return result.finalDegree;
  const inError = result.error !== undefined || result.indicators.some((indicator) => indicator.error !== null && !indicator.indicator.neutralised);
  // An unreadable target or result shows an error whatever the rules: the one the sheet shows now, when it does.
  if (inError) return isSheetError(current) ? current : '#VALUE!';
  return NOT_EVALUABLE_FIGURE;
}

/**
 * The rows with the final degree the objective sheets will show once they recompute under new degree rules
 * (deadline tolerance, the final degree's source) written in the same operation, worked out by core from the
 * objectives as read: Excel computes custom functions asynchronously, so reading the sheets again could see #BUSY!.
 */
export function restatedDegrees(readings: ReadonlyArray<ObjectiveReading>, rows: ReadonlyArray<SummaryRowCells>, rules: EvaluationRules): SummaryRowCells[] {
  return rows.map((row, index) => ({ ...row, finalDegree: finalDegreeUnder(readings[index].objective, row.finalDegree, rules) }));
}
