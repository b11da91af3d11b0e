// The Monitoraggio's counts worked out from the objective sheets' forecast cells as computed, the rows the sheet
// links to: what its count cells show, for the pane and the CLI to say without reading the sheet back.
import { FORECAST_WORDS, type Forecast } from '../core/forecast';
import { NOT_EVALUABLE_FIGURE } from '../core/summary-totals';
import type { MonitoringCount } from './monitor-sheet';
import type { ObjectiveReading } from './readers';
import { snapshotCell, type SheetSnapshot } from './snapshot';

const BY_WORD = new Map<string, Forecast>(Object.entries(FORECAST_WORDS).map(([key, word]) => [word, key as Forecast]));

/** Counts by forecast over the indicator rows of `readings`, each read from its sheet's snapshot. */
export function monitoringCounts(readings: ReadonlyArray<ObjectiveReading>, snapshotOf: (sheetName: string) => SheetSnapshot | undefined): Record<MonitoringCount, number> {
  const counts: Record<MonitoringCount, number> = { 'on-track': 0, 'at-risk': 0, unreachable: 0, unmonitored: 0, notEvaluable: 0 };
  for (const reading of readings) {
    const snapshot = snapshotOf(reading.sheetName);
    const { columns, firstIndicatorRow } = reading.cells;
    for (let index = 0; index < reading.indicatorCount; index++) {
      if (reading.objective.neutralisation) {
        counts.notEvaluable += 1;
        continue;
      }
      const shown = snapshot && !reading.absentColumns.has('forecast') ? snapshotCell(snapshot, `${columns.forecast}${firstIndicatorRow + index}`).value : null;
      const forecast = typeof shown === 'string' ? BY_WORD.get(shown) : undefined;
      if (forecast !== undefined) counts[forecast] += 1;
      else if (shown === NOT_EVALUABLE_FIGURE) counts.notEvaluable += 1;
      else counts.unmonitored += 1;
    }
  }
  return counts;
}
