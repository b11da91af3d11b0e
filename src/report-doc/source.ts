// What the Relazione is written from: the objective sheets as the add-in's readers read them, and the Riepilogo's
// headline figures as the summary computes them. Plain data, so the pane and the command line pass the same thing.
import type { Status } from '../core/model';
import type { ObjectiveReading } from '../workbook/readers';
import type { WorkbookReading } from '../workbook/workbook-reading';

/** The Riepilogo's headline figures: the shape src/excel's summary returns, so its result passes as it is. */
export interface RiepilogoFigures {
  counts: Record<Status, number>;
  /** Weighted mean of the final degrees of the evaluable objectives; null when none is. */
  overallDegree: number | null;
  fundTotal: number;
  allocated: number;
  payable: number;
  remainder: number;
  notEvaluableAmount: number;
  cutoffs: { achievedFrom: number; partialFrom: number };
  paymentThreshold: number;
  /** Figures the Riepilogo shows as Excel errors, by the sheet's label: the document prints "—" for them. */
  errors: ReadonlyArray<{ figure: string; value: string }>;
}

export interface RelazioneSource {
  reading: WorkbookReading;
  figures: RiepilogoFigures;
}

/** One reading per objective number, the first sheet of each: the ones the Riepilogo links to (duplicates are problems). */
export function linkedObjectives(readings: ReadonlyArray<ObjectiveReading>): ObjectiveReading[] {
  const seen = new Set<number>();
  return readings.filter((reading) => {
    if (seen.has(reading.objective.number)) return false;
    seen.add(reading.objective.number);
    return true;
  });
}
