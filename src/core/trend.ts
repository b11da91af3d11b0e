// Last year's value against this year's result: better, same or worse in the target's direction.
import type { CellInput } from './model';
import { comparableActual, completionSerial, yesNo } from './evaluate';
import { fromExcelSerial, toExcelSerial } from './excel-date';
import { parseValue } from './parse';
import { parseTarget, targetDirection, type Target } from './target';

/** The trend of a result against the year before; null while either value is missing. */
export type Trend = 'better' | 'same' | 'worse';

/** Italian sheet words of a trend, as the PERF.TREND function and the annex show them. */
export const TREND_WORDS: Record<Trend, string> = { better: 'Migliore', same: 'Invariato', worse: 'Peggiore' };

/** Noise of percent conversions (0,5 vs 50%) is not a change. */
const SAME_TOLERANCE = 1e-9;

/** Deadlines of different years compare by the day within the year: an earlier completion is better. */
function dayOfYear(serial: number): number {
  return serial - toExcelSerial(fromExcelSerial(serial).year, 1, 1);
}

/** A value on the target's scale where a larger number is better. */
function score(input: CellInput, target: Target): number | null {
  const value = parseValue(input);
  if (value === null) return null;
  switch (target.kind) {
    case 'comparison': {
      const number = comparableActual(value, target, input);
      return targetDirection(target) === 'higher' ? number : -number;
    }
    case 'deadline':
      return -dayOfYear(completionSerial(value, target, input));
    case 'boolean':
      return yesNo(value, target, input) === target.expected ? 1 : 0;
  }
}

/**
 * Compares this year's result with last year's value in the direction of the target (lower is better for `≤ 0`,
 * `< 75 gg`; earlier for a deadline). Throws ParseError for an unreadable value or target, as evaluateIndicator does.
 */
export function trendOf(previous: CellInput, current: CellInput, target: Target | string): Trend | null {
  const t = typeof target === 'string' ? parseTarget(target) : target;
  const before = score(previous, t);
  const now = score(current, t);
  if (before === null || now === null) return null;
  const difference = now - before;
  if (Math.abs(difference) <= SAME_TOLERANCE * Math.max(1, Math.abs(before))) return 'same';
  return difference > 0 ? 'better' : 'worse';
}
