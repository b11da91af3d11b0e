// The live formulas of an objective sheet, en-US syntax. Blank results show an empty Raggiunto/Grado
// (checkWorkbook lists them), so the PERF functions' #N/A for "no result yet" never poisons the score;
// any other error (unreadable target or result) propagates to the score, the final degree and the summary.
import { NOT_EVALUABLE_FIGURE, NOTHING_FIGURE } from '../core/summary-totals';
import { formula, ifBlank, textLiteral } from './formula';
import type { ObjectiveCells } from './objective-geometry';
import { indicatorRange } from './objective-geometry';
import { SETTING_NAMES } from './settings';

export const NOT_EVALUABLE_STATUS = 'Non valutabile';


/** The verdicts a report can state for an objective it evaluated; "Non valutabile" comes from a neutralisation. */
const STATED_STATUSES = ['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto'];

function cellOf(cells: ObjectiveCells, column: keyof ObjectiveCells['columns'], row: number): string {
  return `${cells.columns[column]}${row}`;
}

/** The target the row is evaluated against: the revised one when present. `at` adds a sheet prefix when needed. */
export function effectiveTarget(cells: ObjectiveCells, row: number, at: (address: string) => string = (address) => address): string {
  const revised = at(cellOf(cells, 'revisedTarget', row));
  return `IF(LEN(${revised})>0,${revised},${at(cellOf(cells, 'target', row))})`;
}

/** Deadlines are met within the tolerance the body's rules allow, read live from the settings sheet. */
export function achievedFormula(cells: ObjectiveCells, row: number): string {
  const actual = cellOf(cells, 'actual', row);
  return formula(ifBlank(actual, '""', `PERF.ACHIEVED(${actual},${effectiveTarget(cells, row)},${SETTING_NAMES.deadlineTolerance})`));
}

export function degreeFormula(cells: ObjectiveCells, row: number): string {
  const actual = cellOf(cells, 'actual', row);
  const target = effectiveTarget(cells, row);
  const call = `PERF.ACHIEVEMENT(${actual},${target},${cellOf(cells, 'baseline', row)},${cellOf(cells, 'threshold', row)},${SETTING_NAMES.deadlineTolerance})`;
  return formula(ifBlank(actual, '""', call));
}

/** Last year's value against this year's result, blank until both are there. */
export function trendFormula(cells: ObjectiveCells, row: number): string {
  const previous = cellOf(cells, 'previousValue', row);
  const actual = cellOf(cells, 'actual', row);
  return formula(ifBlank(previous, '""', ifBlank(actual, '""', `PERF.YEARTREND(${previous},${actual},${effectiveTarget(cells, row)})`)));
}

/** The monitored value's forecast at its date (blank date = 30/06 of the report's year), by the rules' cut-offs. */
export function forecastFormula(cells: ObjectiveCells, row: number): string {
  const value = cellOf(cells, 'monitoredValue', row);
  const date = cellOf(cells, 'monitoringDate', row);
  const year = SETTING_NAMES.reportYear;
  const at = `IF(ISNUMBER(${date}),${date},IF(ISNUMBER(${year}),DATE(${year},6,30),""))`;
  const rules = `${SETTING_NAMES.achievedFrom},${SETTING_NAMES.partialFrom},${SETTING_NAMES.deadlineTolerance}`;
  return formula(ifBlank(value, '""', `PERF.MONITORSTATUS(${value},${effectiveTarget(cells, row)},${at},${rules})`));
}

/** The indicators' weighted degree; "—" while no indicator is measured (PERF's #N/A), any other error shown. */
export function scoreFormula(cells: ObjectiveCells): string {
  return formula(`IFNA(PERF.OBJECTIVESCORE(${indicatorRange(cells, 'degree')},${indicatorRange(cells, 'weight')}),${textLiteral(NOTHING_FIGURE)})`);
}

/**
 * Neutralised -> n.v.; the OIV score / 100 when entered and the rules take it; else the computed score, where "—"
 * (no indicator measured yet) becomes n.v. and any error stays visible.
 */
export function finalDegreeFormula(cells: ObjectiveCells): string {
  const { neutralisation, oivScore } = cells.header;
  const score = cells.footer.score;
  const computed = `IF(ISNUMBER(${score}),${score},IF(ISERROR(${score}),${score},${textLiteral(NOT_EVALUABLE_FIGURE)}))`;
  const fromOiv = `AND(${SETTING_NAMES.finalFromOiv},ISNUMBER(${oivScore}))`;
  return formula(`IF(LEN(${neutralisation})>0,${textLiteral(NOT_EVALUABLE_FIGURE)},IF(${fromOiv},${oivScore}/100,${computed}))`);
}

/**
 * PERF.STATUS of the final degree; where nothing is measurable and no score given, the verdict the report states
 * (objective 8 of 2022: "Non raggiunto.") is the outcome, never a score made up for it.
 */
export function statusFormula(cells: ObjectiveCells): string {
  const degree = cells.footer.finalDegree;
  const stated = cells.header.statedVerdict;
  const isStated = `OR(${STATED_STATUSES.map((status) => `${stated}=${textLiteral(status)}`).join(',')})`;
  const unmeasured = `AND(LEN(${cells.header.neutralisation})=0,NOT(ISNUMBER(${degree})),NOT(ISERROR(${degree})),${isStated})`;
  return formula(`IF(${unmeasured},${stated},PERF.STATUS(${degree},${SETTING_NAMES.achievedFrom},${SETTING_NAMES.partialFrom}))`);
}

/** Payable amount under the payout rule: "—" with nothing allocated; 0 when the degree is n.v.; errors propagate. */
export function payableFormula(cells: ObjectiveCells): string {
  const degree = cells.footer.finalDegree;
  const amount = cells.header.allocatedAmount;
  const rule = `${SETTING_NAMES.paymentThreshold},${SETTING_NAMES.payoutRule},${SETTING_NAMES.payoutBands}`;
  const share = `PERF.FUNDSHARE(${amount},${degree},${rule})`;
  return formula(ifBlank(amount, textLiteral(NOTHING_FIGURE), `IF(ISERROR(${degree}),${degree},IF(ISNUMBER(${degree}),${share},0))`));
}
