// What the Relazione is written from: the objective sheets as the add-in's readers read them, and the Riepilogo's
// headline figures as the summary computes them. Plain data, so the pane and the command line pass the same thing.
import type { SummaryFigures } from '../workbook/headline-figures';
import type { ObjectiveReading } from '../workbook/readers';
import type { WorkbookReading } from '../workbook/workbook-reading';

/** The Riepilogo's headline figures: the shape src/excel's summary returns, so its result passes as it is. */
export type RiepilogoFigures = SummaryFigures;

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
