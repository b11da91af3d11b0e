// Next year's report from this year's: the same objectives and plan codes, this year's results as last year's values,
// targets as proposals to review, every evaluation emptied, and what someone must decide listed, never dropped.
import { formatDateIt } from './excel-date';
import { msg, renderMessage, type Message } from './messages';
import type { CellInput, Indicator, Objective, Report } from './model';
import { parseTarget } from './target';

/** Something the roll cannot decide: an objective or indicator left out of this year's evaluation, a missing result. */
export interface YearDecision {
  objective: number;
  /** The indicator's name; null for the objective as a whole. */
  indicator: string | null;
  kind: 'neutralised-objective' | 'neutralised-indicator' | 'not-measured';
  message: Message;
}

/** What the roll carried and emptied, for the preview and the command's line. */
export interface YearRollCounts {
  objectives: number;
  indicators: number;
  /** Indicators whose result became the previous year's value. */
  previousValues: number;
  /** Results, OIV scores, stated verdicts, shortfall reasons and revisions emptied. */
  emptied: { results: number; oivScores: number; verdicts: number; reasons: number; revisions: number };
}

export interface YearRoll {
  report: Report;
  decisions: YearDecision[];
  counts: YearRollCounts;
}

function isDeadline(target: string): boolean {
  try {
    return parseTarget(target).kind === 'deadline';
  } catch {
    return false;
  }
}

/** A result as last year's value: a deadline's date serial as the date it is, the rest as written. */
function previousOf(actual: CellInput, target: string): string | number | boolean | undefined {
  if (actual === undefined || actual === null || actual === '') return undefined;
  if (typeof actual === 'number' && isDeadline(target)) return formatDateIt(actual);
  return actual;
}

/** The year in a title ("Relazione sulla Performance 2022") moved to the new one; other numbers untouched. */
function titleFor(title: string, from: number, to: number): string {
  return from > 0 ? title.replace(new RegExp(`\\b${from}\\b`, 'g'), String(to)) : title;
}

function rollIndicator(indicator: Indicator, objective: Objective, from: number, decisions: YearDecision[], counts: YearRollCounts): Indicator {
  const inForce = indicator.revision?.revised || indicator.target;
  const previousValue = previousOf(indicator.actual, inForce);
  const next: Indicator = { name: indicator.name, target: inForce };
  for (const key of ['baseline', 'threshold', 'weight'] as const) if (indicator[key] !== undefined) next[key] = indicator[key];
  next.notes = renderMessage(msg('nextYear.targetToReview', { year: from }), 'it');
  counts.indicators += 1;
  if (previousValue !== undefined) {
    next.previousValue = previousValue;
    counts.previousValues += 1;
    counts.emptied.results += 1;
  }
  if (indicator.revision) counts.emptied.revisions += 1;
  if (indicator.neutralised) {
    decisions.push({ objective: objective.number, indicator: indicator.name, kind: 'neutralised-indicator', message: msg('nextYear.decideIndicator', { objective: objective.number, name: indicator.name, year: from }) });
  } else if (previousValue === undefined && !objective.neutralisation) {
    decisions.push({ objective: objective.number, indicator: indicator.name, kind: 'not-measured', message: msg('nextYear.notMeasured', { objective: objective.number, name: indicator.name, year: from }) });
  }
  return next;
}

/** What this year's evaluation said about an objective: none of it is carried. */
const EVALUATION_FIELDS = ['oiv', 'statedVerdict', 'shortfallReason', 'neutralisation', 'resultsText', 'notes'] as const;

function rollObjective(objective: Objective, from: number, decisions: YearDecision[], counts: YearRollCounts): Objective {
  // Everything the plan says is kept, fields added later included; a JSON copy, as structuredClone is missing in older Office webviews.
  const next: Objective = JSON.parse(JSON.stringify(objective)) as Objective;
  for (const key of EVALUATION_FIELDS) delete next[key];
  counts.objectives += 1;
  if (objective.oiv) counts.emptied.oivScores += 1;
  if (objective.statedVerdict) counts.emptied.verdicts += 1;
  if (objective.shortfallReason) counts.emptied.reasons += 1;
  if (objective.neutralisation) {
    const decision = msg('nextYear.decideObjective', { objective: objective.number, year: from, reason: objective.neutralisation.reason.trim() });
    decisions.push({ objective: objective.number, indicator: null, kind: 'neutralised-objective', message: decision });
    // The sheet says it too, so the decision is not only in a terminal.
    next.notes = renderMessage(decision, 'it');
  }
  next.indicators = objective.indicators.map((indicator) => rollIndicator(indicator, objective, from, decisions, counts));
  return next;
}

/** This year's report rolled to `year`: nothing of this year's evaluation remains, and every open question is listed. */
export function rollToNextYear(report: Report, year: number): YearRoll {
  const decisions: YearDecision[] = [];
  const counts: YearRollCounts = { objectives: 0, indicators: 0, previousValues: 0, emptied: { results: 0, oivScores: 0, verdicts: 0, reasons: 0, revisions: 0 } };
  const objectives = report.objectives.map((objective) => rollObjective(objective, report.year, decisions, counts));
  const next: Report = { title: titleFor(report.title, report.year, year), year, objectives };
  if (report.body !== undefined) next.body = report.body;
  if (report.fund !== undefined) next.fund = { ...report.fund };
  if (report.cutoffs !== undefined) next.cutoffs = { ...report.cutoffs };
  return { report: next, decisions, counts };
}
