// The objective's indicator table: Indicatore | Target (the revised one, with the original and the reason) |
// Risultato | Grado, one row per indicator, the header repeated on every page the table spans.
import { msg } from '../core/messages';
import type { IndicatorComputed, ObjectiveReading } from '../workbook/readers';
import type { DocTable } from './blocks';
import type { DocContext } from './context';
import { resultText, targetInForce } from './indicator-wording';
import { MISSING } from './numbers';

const COLUMNS = [
  { key: 'name', width: 0.42, align: 'left' },
  { key: 'target', width: 0.28, align: 'left' },
  { key: 'actual', width: 0.16, align: 'right' },
  { key: 'degree', width: 0.14, align: 'right' },
] as const;

export function indicatorTable(reading: ObjectiveReading, context: DocContext): DocTable {
  const { say, numbers } = context;
  const rows = reading.objective.indicators.map((indicator, index) => {
    const computed: IndicatorComputed | undefined = reading.computed.indicators[index];
    const revision = indicator.revision;
    const target = [targetInForce(indicator) || MISSING];
    if (revision) {
      target.push(say(msg('report.revisedFrom', { original: revision.original || MISSING })));
      if (revision.reason.trim() !== '') target.push(say(msg('report.revisionReason', { reason: revision.reason.trim() })));
    }
    return {
      cells: [[indicator.name.trim() || MISSING], target, [resultText(indicator, context) ?? MISSING], [numbers.percent(computed?.degree ?? null)]],
    };
  });
  return {
    role: 'indicators',
    columns: COLUMNS.map((column) => ({ header: say(msg('report.indicatorColumn', { column: column.key })), width: column.width, align: column.align })),
    rows,
  };
}
