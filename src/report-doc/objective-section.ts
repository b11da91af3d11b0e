// One objective as the report writes it: "OBIETTIVO N. k", the title, the plan references, the kind, description and
// benefits, the indicator table, what was done, the results, the reason for a shortfall, then the verdicts and what
// is still to be checked.
import { msg, type Message } from '../core/messages';
import type { Objective } from '../core/model';
import type { Problem } from '../workbook/problems';
import type { ObjectiveReading } from '../workbook/readers';
import { heading, paragraph, paragraphs, type DocBlock } from './blocks';
import type { DocContext } from './context';
import { indicatorTable } from './indicator-table';
import { indicatorWording } from './indicator-wording';
import { MISSING } from './numbers';
import { verdictLines } from './verdict-lines';
import type { ReportLabelKey } from '../core/messages/report-doc';

/** A labelled section, left out when there is nothing under it (the text import then says it is missing). */
function section(label: ReportLabelKey, body: DocBlock[], context: DocContext): DocBlock[] {
  return body.length === 0 ? [] : [paragraph(context.say(msg('report.label', { label })), 'label'), ...body];
}

function planReferences(objective: Objective): DocBlock[] {
  return objective.planReferences.map((reference) => paragraph(reference.text.trim() === '' ? reference.code : `${reference.code} - ${reference.text.trim()}`));
}

function kind(objective: Objective, context: DocContext): DocBlock[] {
  if (objective.kindText?.trim()) return paragraphs(objective.kindText);
  return objective.kind ? [paragraph(context.say(msg('report.kind', { kind: objective.kind })))] : [];
}

export function toCheckLines(problems: ReadonlyArray<{ message: Message }>, context: DocContext): DocBlock[] {
  return problems.map((problem) => paragraph(context.say(msg('report.toCheck', { problem: problem.message })), 'check'));
}

/** The objective's blocks; `problems` are the readers' problems about it, marked "da verificare". */
export function objectiveSection(reading: ObjectiveReading, problems: ReadonlyArray<Problem>, context: DocContext): DocBlock[] {
  const { objective } = reading;
  const wordings = objective.indicators.map((indicator) => indicatorWording(indicator, context));
  const phrases = wordings.flatMap((wording) => (wording.phrase === null ? [] : [wording.phrase]));
  return [
    heading(2, context.say(msg('report.objectiveHeading', { number: objective.number }))),
    heading(3, objective.title.trim() || MISSING),
    ...section('planReferences', planReferences(objective), context),
    ...section('kind', kind(objective, context), context),
    ...section('description', paragraphs(objective.description), context),
    ...section('benefits', paragraphs(objective.benefits), context),
    ...(phrases.length === 0 ? [] : [paragraph(context.say(msg('report.indicatorLine', { phrases: phrases.join('; ') })))]),
    ...(objective.indicators.length === 0 ? [] : [{ kind: 'table' as const, table: indicatorTable(reading, context) }]),
    ...section('activities', paragraphs(objective.resultsText), context),
    ...section('results', wordings.map((wording) => paragraph(context.say(wording.result))), context),
    ...section('shortfall', paragraphs(objective.shortfallReason), context),
    ...verdictLines(reading, context),
    ...toCheckLines(problems, context),
  ];
}
