// "Genera monitoraggio": the Monitoraggio sheet from the objective sheets as they are now, in one batch on the Excel
// given (three syncs: sheets and tags, their cells, the write); its counts from the forecast cells that were read.
import { msg } from '../core/messages';
import type { MonitoringCount } from '../workbook/monitor-sheet';
import { monitoringSheetLayout } from '../workbook/monitor-sheet';
import { monitoringCounts } from '../workbook/monitor-counts';
import { resultIsDate } from '../workbook/objective-schema';
import type { Problem } from '../workbook/problems';
import type { ObjectiveReading } from '../workbook/readers';
import { SETTING_NAMES } from '../workbook/settings';
import { settingsSheetLayout } from '../workbook/settings-sheet';
import type { ObjectiveSheetRef } from '../workbook/summary-sheet';
import { readWorkbookSnapshot } from '../workbook/workbook-reading';
import { applyLayouts, type ApplyReport } from './apply';
import { sheetKey } from './load';
import { withRecordOf } from './objective-record';
import type { WriteOptions } from './operations';
import { readWorkbook } from './read-workbook';
import { runOperation } from './run-operation';
import type { BatchRunner } from './runner';

export interface MonitoringResult {
  /** The Monitoraggio sheet's name. */
  sheet: string;
  /** True when a sheet named "Monitoraggio" that is not ours forced another name. */
  renamed: boolean;
  /** What the sheet's count cells show. */
  counts: Record<MonitoringCount, number>;
  /** Problems the readers found in the objective sheets. */
  problems: Problem[];
  report: ApplyReport;
}

/** The Monitoraggio links to the first sheet of each objective, as the Riepilogo does. */
function firstPerObjective(readings: ReadonlyArray<ObjectiveReading>): ObjectiveReading[] {
  const seen = new Set<number>();
  return readings.filter((reading) => !seen.has(reading.objective.number) && Boolean(seen.add(reading.objective.number)));
}

function refOf(reading: ObjectiveReading): ObjectiveSheetRef {
  const { objective } = reading;
  return { number: objective.number, sheetName: reading.sheetName, cells: reading.cells, indicatorCount: reading.indicatorCount, dateResults: objective.indicators.map(resultIsDate), absentColumns: reading.absentColumns };
}

/** Generates (or replaces) the tagged Monitoraggio; the settings sheet is rewritten only when it lacks the report year's named item. */
export async function generateMonitoring(excel: BatchRunner, request: WriteOptions = {}): Promise<MonitoringResult> {
  return runOperation(excel, msg('monitoring.operation'), async (context) => {
    const snapshot = await readWorkbook(context, excel.isSetSupported);
    const reading = readWorkbookSnapshot(snapshot);
    const named = snapshot.inventory.names.some((item) => item.name.toUpperCase() === SETTING_NAMES.reportYear);
    const settings = withRecordOf(settingsSheetLayout(reading.settings, snapshot.settingsSheet !== null && named ? 'keep' : 'refresh'), snapshot, snapshot.settingsSheet);
    const linked = firstPerObjective(reading.objectives);
    const layout = monitoringSheetLayout(linked.map(refOf));
    const report = await applyLayouts(context, excel.isSetSupported, [settings, layout], {
      inventory: snapshot.inventory,
      previous: snapshot.snapshots,
      maxPayloadBytes: request.maxPayloadBytes,
      onProgress: request.onProgress,
      activate: request.activate ? layout.key : undefined,
    });
    report.syncs += snapshot.syncs;
    const written = report.sheets[report.sheets.length - 1];
    const counts = monitoringCounts(linked, (name) => snapshot.snapshots.get(sheetKey(name)));
    return { sheet: written.sheet, renamed: written.preferredNameTaken, counts, problems: reading.problems, report };
  });
}
