// The summary at the end of the document: the Riepilogo's table (same columns, same figures, the totals row), its
// headline figures with the fund's line, the counts over the objectives that can be evaluated, and what to check.
import { msg } from '../core/messages';
import type { ReportSummaryColumnKey } from '../core/messages/report-doc';
import type { Status } from '../core/model';
import type { ObjectiveReading } from '../workbook/readers';
import { fundLabel, type WorkbookSettings } from '../workbook/settings';
import { SUMMARY_FIGURES, type SummaryFigure } from '../workbook/summary-sheet';
import { heading, paragraph, type DocBlock, type DocRow, type DocTable } from './blocks';
import type { DocContext } from './context';
import { MISSING } from './numbers';
import { toCheckLines } from './objective-section';
import type { RiepilogoFigures } from './source';

// Eleven columns on A4 portrait: widths sized for the compact type, so that "100,00%" and "Raggiunto" never break.
const COLUMNS: ReadonlyArray<{ key: ReportSummaryColumnKey; width: number; align: 'left' | 'right' }> = [
  { key: 'number', width: 0.06, align: 'left' },
  { key: 'title', width: 0.2, align: 'left' },
  { key: 'plan', width: 0.09, align: 'left' },
  { key: 'indicators', width: 0.06, align: 'right' },
  { key: 'score', width: 0.08, align: 'right' },
  { key: 'oiv', width: 0.07, align: 'right' },
  { key: 'finalDegree', width: 0.08, align: 'right' },
  { key: 'status', width: 0.12, align: 'left' },
  { key: 'allocated', width: 0.09, align: 'right' },
  { key: 'payable', width: 0.09, align: 'right' },
  { key: 'weight', width: 0.06, align: 'right' },
];

const STATUSES: readonly Status[] = ['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile'];

/** A figure of the Riepilogo that the sheet shows as an error: the document prints "—" in its place. */
function inError(figures: RiepilogoFigures, key: SummaryFigure): boolean {
  const label = SUMMARY_FIGURES.find((figure) => figure.key === key)?.label;
  return figures.errors.some((error) => error.figure === label);
}

function objectiveRow(reading: ObjectiveReading, context: DocContext): DocRow {
  const { objective, computed } = reading;
  const { numbers, say } = context;
  const cells: Record<ReportSummaryColumnKey, string> = {
    number: String(objective.number),
    title: objective.title.trim() || MISSING,
    plan: objective.planReferences.map((reference) => reference.code).join('; ') || MISSING,
    indicators: numbers.plain(reading.indicatorCount),
    score: numbers.percent(computed.score),
    oiv: objective.oiv ? numbers.plain(objective.oiv.score) : MISSING,
    finalDegree: numbers.percent(computed.finalDegree),
    status: computed.status === null ? MISSING : say(msg('label.status', { status: computed.status })),
    allocated: numbers.euro(objective.allocatedAmount ?? null),
    payable: numbers.euro(computed.payable),
    weight: numbers.plain(objective.weight ?? 1),
  };
  return { cells: COLUMNS.map((column) => [cells[column.key]]), status: computed.status };
}

function totalsRow(readings: ReadonlyArray<ObjectiveReading>, figures: RiepilogoFigures, context: DocContext): DocRow {
  const { numbers, say } = context;
  const amount = (key: SummaryFigure, value: number) => (inError(figures, key) ? MISSING : numbers.euro(value));
  const notEvaluable = figures.counts['Non valutabile'];
  const cells: Record<ReportSummaryColumnKey, string> = {
    number: say(msg('cli.total')),
    title: '',
    plan: '',
    indicators: numbers.plain(readings.reduce((sum, reading) => sum + reading.indicatorCount, 0)),
    score: '',
    oiv: '',
    finalDegree: inError(figures, 'overallDegree') ? MISSING : numbers.percent(figures.overallDegree),
    status: say(msg('report.achievedOfEvaluable', { achieved: figures.counts.Raggiunto, evaluable: readings.length - notEvaluable, notEvaluable })),
    allocated: amount('allocated', figures.allocated),
    payable: amount('payable', figures.payable),
    weight: numbers.plain(readings.reduce((sum, reading) => sum + (reading.objective.weight ?? 1), 0)),
  };
  return { cells: COLUMNS.map((column) => [cells[column.key]]), total: true };
}

/** The Riepilogo's figures block, in its order, with the fund's line named as the settings name it. */
function figuresTable(figures: RiepilogoFigures, settings: WorkbookSettings, context: DocContext): DocTable {
  const { numbers, say } = context;
  const values: Record<SummaryFigure, string> = {
    overallDegree: numbers.percent(figures.overallDegree),
    fundTotal: numbers.euro(figures.fundTotal),
    allocated: numbers.euro(figures.allocated),
    payable: numbers.euro(figures.payable),
    remainder: numbers.euro(figures.remainder),
    notEvaluableAmount: numbers.euro(figures.notEvaluableAmount),
    ...(Object.fromEntries(STATUSES.map((status) => [status, numbers.plain(figures.counts[status])])) as Record<Status, string>),
    achievedFrom: numbers.wholePercent(figures.cutoffs.achievedFrom),
    partialFrom: numbers.wholePercent(figures.cutoffs.partialFrom),
    paymentThreshold: numbers.wholePercent(figures.paymentThreshold),
  };
  return {
    role: 'figures',
    columns: [
      { header: '', width: 0.7, align: 'left' },
      { header: '', width: 0.3, align: 'right' },
    ],
    rows: SUMMARY_FIGURES.map((figure) => ({
      cells: [[figure.key === 'fundTotal' ? fundLabel(settings) : say(msg('summary.figure', { figure: figure.key }))], [inError(figures, figure.key) ? MISSING : values[figure.key]]],
    })),
  };
}

export function summarySection(readings: ReadonlyArray<ObjectiveReading>, figures: RiepilogoFigures, settings: WorkbookSettings, context: DocContext): DocBlock[] {
  const { say } = context;
  const table: DocTable = {
    role: 'summary',
    compact: true,
    statusColumn: COLUMNS.findIndex((column) => column.key === 'status'),
    columns: COLUMNS.map((column) => ({ header: say(msg('report.summaryColumn', { column: column.key })), width: column.width, align: column.align })),
    rows: [...readings.map((reading) => objectiveRow(reading, context)), totalsRow(readings, figures, context)],
  };
  const { Raggiunto: achieved, 'Parzialmente raggiunto': partial, 'Non raggiunto': notAchieved } = figures.counts;
  // Evaluable: an outcome other than "Non valutabile" (an outcome in error is neither, and is listed to check).
  const counts = { evaluable: achieved + partial + notAchieved, objectives: readings.length, achieved, partial, notAchieved };
  const errors = SUMMARY_FIGURES.filter((figure) => inError(figures, figure.key)).map((figure) => ({
    message: msg('report.figureInError', { figure: msg('summary.figure', { figure: figure.key }) }),
  }));
  return [
    heading(1, say(msg('report.summaryHeading'))),
    paragraph(say(msg('report.summaryIntro'))),
    { kind: 'table', table },
    paragraph(say(msg('report.fundHeading')), 'label'),
    { kind: 'table', table: figuresTable(figures, settings, context) },
    paragraph(say(msg('report.evaluableCounts', counts))),
    ...toCheckLines(errors, context),
  ];
}
