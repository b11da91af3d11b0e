// The objective's indicator table: Indicatore | Target (the revised one, with the original and the reason) |
// [Anno precedente, with the trend] | Risultato | Grado, one row per indicator, the header repeated on every page.
import { msg } from '../core/messages';
import type { Indicator } from '../core/model';
import { trendOf } from '../core/trend';
import type { IndicatorComputed, ObjectiveReading } from '../workbook/readers';
import type { DocTable } from './blocks';
import type { DocContext } from './context';
import { parsedTarget, resultText, targetInForce } from './indicator-wording';
import { MISSING } from './numbers';

const COLUMNS = [
  { key: 'name', width: 0.42, align: 'left' },
  { key: 'target', width: 0.28, align: 'left' },
  { key: 'actual', width: 0.16, align: 'right' },
  { key: 'degree', width: 0.14, align: 'right' },
] as const;

/** With last year's values the table makes room for them; without, it keeps the layout the text import reads back. */
const COLUMNS_WITH_PREVIOUS = [
  { key: 'name', width: 0.34, align: 'left' },
  { key: 'target', width: 0.24, align: 'left' },
  { key: 'previous', width: 0.16, align: 'right' },
  { key: 'actual', width: 0.13, align: 'right' },
  { key: 'degree', width: 0.13, align: 'right' },
] as const;

/** Last year's value and, when both years are measured, the trend; an unreadable value gives no trend. */
function previousCell(indicator: Indicator, context: DocContext): string[] {
  const shown = context.numbers.actual(indicator.previousValue, parsedTarget(targetInForce(indicator))?.kind === 'deadline');
  if (shown === null) return [MISSING];
  let trend: ReturnType<typeof trendOf> = null;
  try {
    trend = trendOf(indicator.previousValue, indicator.actual, targetInForce(indicator));
  } catch {
    trend = null;
  }
  return trend === null ? [shown] : [shown, context.say(msg('report.trend', { trend }))];
}

export function indicatorTable(reading: ObjectiveReading, context: DocContext): DocTable {
  const { say, numbers } = context;
  const withPrevious = reading.objective.indicators.some((indicator) => indicator.previousValue !== undefined && indicator.previousValue !== null && indicator.previousValue !== '');
  const rows = reading.objective.indicators.map((indicator, index) => {
    const computed: IndicatorComputed | undefined = reading.computed.indicators[index];
    const revision = indicator.revision;
    const target = [targetInForce(indicator) || MISSING];
    if (revision) {
      target.push(say(msg('report.revisedFrom', { original: revision.original || MISSING })));
      if (revision.reason.trim() !== '') target.push(say(msg('report.revisionReason', { reason: revision.reason.trim() })));
    }
    const previous = withPrevious ? [previousCell(indicator, context)] : [];
    return {
      cells: [[indicator.name.trim() || MISSING], target, ...previous, [resultText(indicator, context) ?? MISSING], [numbers.percent(computed?.degree ?? null)]],
    };
  });
  return {
    role: 'indicators',
    columns: (withPrevious ? COLUMNS_WITH_PREVIOUS : COLUMNS).map((column) => ({ header: say(msg('report.indicatorColumn', { column: column.key })), width: column.width, align: column.align })),
    rows,
  };
}
