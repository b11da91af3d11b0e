// traguardo monitor: the workbook read as `summary` reads it, and the forecast of each monitored indicator (its latest
// point on or before --at) by the body's rules; per objective its worst indicator's, then the counts by forecast.
import path from 'path';
import { formatDateIt } from '../core/excel-date';
import { msg } from '../core/messages';
import { isoDateSerial, monitoringOf, type MonitoringView } from '../core/monitoring';
import type { Command } from './args';
import type { MetadataSource } from './engine';
import { EXIT, fileError } from './errors';
import { notify, say, type CliIO } from './io';
import { progressOn } from './progress';
import { distinctObjectives } from '../workbook/workbook-reading';
import { readWorkbookBytes, readWorkbookFile } from './workbook-file';

/** An ISO date as Italians write it; as it is when it is not one. */
function shownDate(iso: string): string {
  const serial = isoDateSerial(iso);
  return serial === null ? iso : formatDateIt(serial);
}

function viewText(io: CliIO, file: string, at: string | null, view: MonitoringView): string {
  const lines = [say(io, msg('monitoring.heading', { file: path.basename(file), at: at === null ? null : shownDate(at) }))];
  for (const objective of view.objectives) {
    lines.push(say(io, msg('monitoring.objectiveLine', { number: objective.number, title: objective.title, forecast: msg('monitoring.forecast', { forecast: objective.forecast }) })));
    for (const indicator of view.indicators.filter((item) => item.objective === objective.number && item.point !== null)) {
      const point = indicator.point!;
      const line = indicator.problem
        ? msg('monitoring.indicatorProblem', { name: indicator.indicator, reason: indicator.problem })
        : msg('monitoring.indicatorLine', { name: indicator.indicator, value: String(point.value), date: shownDate(point.date), target: indicator.target, forecast: msg('monitoring.forecast', { forecast: indicator.forecast }) });
      lines.push(`  ${say(io, line)}`);
    }
  }
  const { counts } = view;
  lines.push(say(io, msg('monitoring.counts', { onTrack: counts['on-track'], atRisk: counts['at-risk'], unreachable: counts.unreachable, unmonitored: counts.unmonitored })));
  return `${lines.join('\n')}\n`;
}

export async function runMonitor(command: Extract<Command, { kind: 'monitor' }>, io: CliIO, metadata: MetadataSource): Promise<number> {
  const bytes = await readWorkbookBytes(command.input);
  const progress = progressOn(io, command.quiet);
  let view: MonitoringView;
  let year: number;
  try {
    const { reading, notices } = await readWorkbookFile(command.input, bytes, metadata, progress);
    progress.done();
    for (const notice of notices) notify(io, notice);
    const own = reading.settings.reportYear;
    const known = own !== null && own > 0 ? own : command.at === null ? null : Number(command.at.slice(0, 4));
    if (known === null) throw fileError(command.input, msg('monitoring.yearUnknown'));
    year = known;
    const { cutoffs, deadlineToleranceDays } = reading.settings;
    view = monitoringOf(distinctObjectives(reading), year, { cutoffs, deadlineToleranceDays, ...(command.at === null ? {} : { at: command.at }) });
  } finally {
    progress.done();
  }
  if (command.json) {
    const json = { file: command.input, year, at: command.at, objectives: view.objectives, indicators: view.indicators.map(({ problem, ...rest }) => ({ ...rest, problem: problem === null ? null : say(io, problem) })), counts: view.counts };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(viewText(io, command.input, command.at, view));
  }
  return EXIT.ok;
}
