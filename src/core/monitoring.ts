// Monitoring during the year: each indicator's latest monitoring point (on or before a date), its forecast by
// forecastOf, the objective's forecast (its worst indicator's) and the counts by forecast, as sheet and CLI show them.
import { fromExcelSerial, toExcelSerial } from './excel-date';
import { forecastOf, type Forecast, type ForecastOptions } from './forecast';
import { reasonOf, type Message } from './messages';
import type { CellInput, Indicator, MonitoringPoint, Objective } from './model';
import { ParseError } from './parse';

/** The monitoring date when a point gives none: 30 June of the report's year. */
export function defaultMonitoringDate(year: number): string {
  return `${String(year).padStart(4, '0')}-06-30`;
}

/** Excel serial of an ISO date (yyyy-mm-dd); null when it is not one. */
export function isoDateSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  try {
    return toExcelSerial(Number(match[1]), Number(match[2]), Number(match[3]));
  } catch {
    return null;
  }
}

/** An Excel serial as an ISO date. */
export function serialIsoDate(serial: number): string {
  const { year, month, day } = fromExcelSerial(serial);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function hasValue(value: CellInput): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** The point with a value and the latest date not after `at` (ISO; absent = any), with its date resolved. */
export function latestPoint(points: ReadonlyArray<MonitoringPoint> | undefined, year: number, at?: string): (MonitoringPoint & { date: string }) | null {
  let latest: (MonitoringPoint & { date: string }) | null = null;
  for (const point of points ?? []) {
    if (!hasValue(point.value)) continue;
    const date = point.date ?? defaultMonitoringDate(year);
    // ISO dates compare as text; later points recorded on the same date win.
    if (at !== undefined && date > at) continue;
    if (latest === null || date >= latest.date) latest = { ...point, date };
  }
  return latest;
}

export type ForecastCount = Forecast | 'unmonitored';

export interface MonitoredIndicator {
  objective: number;
  title: string;
  indicator: string;
  /** The target in force: the revised one when there is a revision. */
  target: string;
  /** The latest point on or before the date asked; null when none. */
  point: (MonitoringPoint & { date: string }) | null;
  forecast: Forecast | null;
  /** Why a forecast could not be made from a point that is there (an unreadable value or target). */
  problem: Message | null;
}

export interface MonitoredObjective {
  number: number;
  title: string;
  /** The worst forecast of its monitored indicators; null when none is monitored. */
  forecast: Forecast | null;
}

export interface MonitoringView {
  indicators: MonitoredIndicator[];
  objectives: MonitoredObjective[];
  /** Indicators by forecast; the neutralised ones are left out, as they are of the evaluation. */
  counts: Record<ForecastCount, number>;
}

const SEVERITY: Record<Forecast, number> = { 'on-track': 0, 'at-risk': 1, unreachable: 2 };

function monitorIndicator(objective: Objective, indicator: Indicator, year: number, at: string | undefined, options: ForecastOptions): MonitoredIndicator {
  const target = indicator.revision?.revised || indicator.target;
  const point = latestPoint(indicator.monitoring, year, at);
  const base = { objective: objective.number, title: objective.title, indicator: indicator.name, target, point };
  const serial = point === null ? null : isoDateSerial(point.date);
  if (point === null || serial === null) return { ...base, forecast: null, problem: null };
  try {
    return { ...base, forecast: forecastOf(point.value, target, serial, options), problem: null };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { ...base, forecast: null, problem: reasonOf(error) };
  }
}

/** The monitoring of a report's objectives at `at` (ISO date; absent = every point), year = the report's. */
export function monitoringOf(objectives: ReadonlyArray<Objective>, year: number, options: ForecastOptions & { at?: string } = {}): MonitoringView {
  const counts: Record<ForecastCount, number> = { 'on-track': 0, 'at-risk': 0, unreachable: 0, unmonitored: 0 };
  const indicators: MonitoredIndicator[] = [];
  const summary: MonitoredObjective[] = [];
  for (const objective of objectives) {
    if (objective.neutralisation) continue;
    let worst: Forecast | null = null;
    for (const indicator of objective.indicators) {
      if (indicator.neutralised) continue;
      const monitored = monitorIndicator(objective, indicator, year, options.at, options);
      indicators.push(monitored);
      counts[monitored.forecast ?? 'unmonitored'] += 1;
      if (monitored.forecast !== null && (worst === null || SEVERITY[monitored.forecast] > SEVERITY[worst])) worst = monitored.forecast;
    }
    summary.push({ number: objective.number, title: objective.title, forecast: worst });
  }
  return { indicators, objectives: summary, counts };
}
