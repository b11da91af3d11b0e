// Monitoring: where a value measured during the year (30/06) puts the indicator, by the final verdict's own rules
// applied to the monitored value; a count to reach by year end is compared with its share due by that date.
import { evaluateIndicator, statusOf } from './evaluate';
import { fromExcelSerial, toExcelSerial } from './excel-date';
import { DEFAULT_CUTOFFS, type CellInput, type StatusCutoffs } from './model';
import { parseValue } from './parse';
import { parseTarget, targetDirection, type Target } from './target';

export type Forecast = 'on-track' | 'at-risk' | 'unreachable';

/** Italian sheet words of a forecast, as PERF.FORECAST shows them. */
export const FORECAST_WORDS: Record<Forecast, string> = { 'on-track': 'In linea', 'at-risk': 'A rischio', unreachable: 'Non raggiungibile' };

export interface ForecastOptions {
  cutoffs?: StatusCutoffs;
  /** Days after a deadline within which completing still counts as on time (the rules' tolerance). */
  deadlineToleranceDays?: number | null;
}

/** Share of the year gone by on `serial` (30/06 -> about 0,5). */
function elapsedShare(serial: number): number {
  const { year } = fromExcelSerial(serial);
  const start = toExcelSerial(year, 1, 1);
  return (serial - start + 1) / (toExcelSerial(year, 12, 31) - start + 1);
}

/** The target a monitored value is held to: a count to reach by year end is due pro rata; the rest as written. */
function dueBy(target: Target, serial: number): Target {
  if (target.kind !== 'comparison' || target.percent || targetDirection(target) !== 'higher' || target.value <= 0) return target;
  return { ...target, value: target.value * elapsedShare(serial) };
}

/** A deadline's monitored value that says "not done yet" (NO, FALSO, 0). */
function notDoneYet(value: CellInput): boolean {
  const parsed = parseValue(value);
  return (parsed?.kind === 'boolean' && !parsed.value) || (parsed?.kind === 'number' && parsed.value === 0);
}

/**
 * The forecast of an indicator from its value on `atSerial`: Raggiunto -> in linea, Parzialmente -> a rischio,
 * Non raggiunto -> non raggiungibile; a deadline not done is in linea until it passes; a yes/no not done yet is a rischio.
 * null while there is no value. Throws ParseError as evaluateIndicator does.
 */
export function forecastOf(value: CellInput, target: Target | string, atSerial: number, options: ForecastOptions = {}): Forecast | null {
  const t = typeof target === 'string' ? parseTarget(target) : target;
  if (parseValue(value) === null) return null;
  const tolerance = options.deadlineToleranceDays ?? 0;
  if (t.kind === 'deadline' && notDoneYet(value)) return atSerial > t.serial + tolerance ? 'unreachable' : 'on-track';
  const evaluation = evaluateIndicator(value, dueBy(t, atSerial), { deadlineToleranceDays: tolerance });
  if (t.kind === 'boolean' && !evaluation.achieved) return 'at-risk';
  switch (statusOf(evaluation.degree, options.cutoffs ?? DEFAULT_CUTOFFS)) {
    case 'Raggiunto':
      return 'on-track';
    case 'Parzialmente raggiunto':
      return 'at-risk';
    default:
      return 'unreachable';
  }
}
