// What `traguardo summary` reports, as plain data: the --json output, and what the table is drawn from.
import { renderMessage, type Language, type Message } from '../core/messages';
import type { Status, StatusCutoffs } from '../core/model';
import type { SummaryFigures } from '../excel/index';
import type { Problem } from '../workbook/problems';
import { SUMMARY_FIGURES, type SummaryFigure } from '../workbook/summary-sheet';
import type { WorkbookReading } from '../workbook/workbook-reading';

export interface SummaryRow {
  number: number;
  title: string;
  /** The objective's sheet as it is named now. */
  sheet: string;
  indicators: number;
  /** Grado calcolato: the weighted score of the indicators (null = not evaluable). */
  computedDegree: number | null;
  /** Valutazione OIV out of 100, when entered. */
  oivScore: number | null;
  /** Grado finale: OIV/100 when entered, else the computed degree. */
  finalDegree: number | null;
  /** Esito; null when the sheet's status cell holds an error (listed among the problems). */
  status: Status | null;
  allocatedAmount: number | null;
  payable: number | null;
  weight: number;
}

export interface SummaryData {
  file: string;
  /** The summary sheet the figures were computed on. */
  sheet: string;
  objectives: SummaryRow[];
  /** Weighted mean of the final degrees of the evaluable objectives; null when none is. */
  overallDegree: number | null;
  counts: Record<Status, number>;
  /** Amounts in euro; null where the summary's cell shows an error (listed in figureErrors), never a 0 in its place. */
  fund: {
    total: number | null;
    allocated: number | null;
    payable: number | null;
    /** What returns to the budget: fund total minus the payable amounts. */
    remainder: number | null;
    notEvaluableAmount: number | null;
    /** Final degree under which nothing is paid. */
    paymentThreshold: number;
  };
  cutoffs: StatusCutoffs;
  /** Headline figures of the Riepilogo that come out as Excel errors, with the figure's label. */
  figureErrors: { figure: string; value: string }[];
  problems: Problem[];
  /** How many objectives the totals count, of those the workbook records (null: built before the record). */
  coverage: { counted: number; recorded: number | null };
  /** What the file held that the engine could not use as it is (e.g. a formula it cannot compute). */
  notices: Message[];
}

/** The --json output: the data as it is, its messages written out in the command's language. */
export type SummaryJson = Omit<SummaryData, 'problems' | 'notices'> & {
  problems: (Omit<Problem, 'message'> & { message: string })[];
  notices: string[];
};

export function summaryJson(data: SummaryData, language: Language): SummaryJson {
  return {
    ...data,
    problems: data.problems.map((problem) => ({ ...problem, message: renderMessage(problem.message, language) })),
    notices: data.notices.map((notice) => renderMessage(notice, language)),
  };
}

function summaryRows(reading: WorkbookReading): SummaryRow[] {
  return reading.objectives.map((item) => ({
    number: item.objective.number,
    title: item.objective.title,
    sheet: item.sheetName,
    indicators: item.indicatorCount,
    computedDegree: item.computed.score,
    oivScore: item.objective.oiv?.score ?? null,
    finalDegree: item.computed.finalDegree,
    status: item.computed.status,
    allocatedAmount: item.objective.allocatedAmount ?? null,
    payable: item.computed.payable,
    weight: item.objective.weight ?? 1,
  }));
}

export function summaryData(file: string, sheet: string, reading: WorkbookReading, figures: SummaryFigures, problems: Problem[], notices: Message[]): SummaryData {
  const inError = new Set(figures.errors.map((error) => SUMMARY_FIGURES.find((figure) => figure.label === error.figure)?.key));
  const amount = (key: SummaryFigure, value: number) => (inError.has(key) ? null : value);
  return {
    file,
    sheet,
    objectives: summaryRows(reading),
    overallDegree: figures.overallDegree,
    counts: figures.counts,
    fund: {
      total: amount('fundTotal', figures.fundTotal),
      allocated: amount('allocated', figures.allocated),
      payable: amount('payable', figures.payable),
      remainder: amount('remainder', figures.remainder),
      notEvaluableAmount: amount('notEvaluableAmount', figures.notEvaluableAmount),
      paymentThreshold: figures.paymentThreshold,
    },
    cutoffs: figures.cutoffs,
    figureErrors: figures.errors,
    problems,
    coverage: { counted: new Set(reading.objectives.map((item) => item.objective.number)).size, recorded: reading.recorded?.length ?? null },
    notices,
  };
}
