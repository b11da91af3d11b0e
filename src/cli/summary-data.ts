// What `traguardo summary` reports, as plain data: the --json output, and what the table is drawn from.
import type { Status, StatusCutoffs } from '../core/model';
import type { SummaryFigures } from '../excel/index';
import type { Problem } from '../workbook/problems';
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
  fund: {
    total: number;
    allocated: number;
    payable: number;
    /** What returns to the budget: fund total minus the payable amounts. */
    remainder: number;
    notEvaluableAmount: number;
    /** Final degree under which nothing is paid. */
    paymentThreshold: number;
  };
  cutoffs: StatusCutoffs;
  problems: Problem[];
  /** What the file held that the engine could not use as it is (e.g. a formula it cannot compute). */
  notices: string[];
}

export function summaryRows(reading: WorkbookReading): SummaryRow[] {
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

export function summaryData(file: string, sheet: string, reading: WorkbookReading, figures: SummaryFigures, problems: Problem[], notices: string[]): SummaryData {
  return {
    file,
    sheet,
    objectives: summaryRows(reading),
    overallDegree: figures.overallDegree,
    counts: figures.counts,
    fund: {
      total: figures.fundTotal,
      allocated: figures.allocated,
      payable: figures.payable,
      remainder: figures.remainder,
      notEvaluableAmount: figures.notEvaluableAmount,
      paymentThreshold: figures.paymentThreshold,
    },
    cutoffs: figures.cutoffs,
    problems,
    notices,
  };
}
