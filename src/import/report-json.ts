// Import of a report from JSON in the schema of examples/relazione-2022.json: an unknown value becomes a Report.
// What is wrong or missing is listed as an ImportIssue ("da completare"), never guessed and never thrown;
// only a value that is not a report at all throws ReportFormatError.
import { msg, type Message } from '../core/messages';
import type { ImportFieldKey, IndicatorFieldKey } from '../core/messages/import-fields';
import type { ImportIssue } from './issue';
import {
  jsonKind,
  actualProblem,
  expected,
  isBlank,
  readCellInput,
  readFraction,
  readIsoDate,
  readNumber,
  readScore,
  shown,
  targetProblem,
} from './field-values';
import type {
  FundSettings,
  Indicator,
  Neutralisation,
  Objective,
  ObjectiveKind,
  OivEvaluation,
  PlanReference,
  StatedVerdict,
  Status,
  Report,
  StatusCutoffs,
  TargetRevision,
} from '../core/model';
import { ReportFormatError } from './report-format-error';
import { IssueList, isRecord, type JsonRecord } from './json-issues';
import { readMonitoring } from './monitoring-json';
import { plainFields, readPlainField, type Handled } from './schema-fields';
import type { ObjectiveSchema, ValueField } from '../workbook/objective-schema';

export { ReportFormatError } from './report-format-error';
export type { ReportFormatErrorCode } from './report-format-error';

export interface ReportImport {
  report: Report;
  incomplete: ImportIssue[];
}


// Records of every model field: the compiler fails here if the model gains a field this import does not know.
const REPORT_FIELDS: Record<keyof Report, true> = {
  title: true, year: true, body: true, objectives: true, fund: true, cutoffs: true, notes: true,
};
const OBJECTIVE_FIELDS: Record<keyof Objective, true> = {
  number: true, title: true, planReferences: true, kind: true, kindText: true, description: true, benefits: true,
  weight: true, allocatedAmount: true, indicators: true, oiv: true, neutralisation: true, resultsText: true, notes: true,
  statedVerdict: true, shortfallReason: true, area: true,
};
const INDICATOR_FIELDS: Record<keyof Indicator, true> = {
  name: true, target: true, revision: true, baseline: true, threshold: true, actual: true, weight: true,
  neutralised: true, notes: true, previousValue: true, monitoring: true,
};
const REVISION_FIELDS: Record<keyof TargetRevision, true> = { original: true, revised: true, reason: true, date: true };
const OIV_FIELDS: Record<keyof OivEvaluation, true> = { score: true, text: true };
const NEUTRALISATION_FIELDS: Record<keyof Neutralisation, true> = { reason: true };
const PLAN_REFERENCE_FIELDS: Record<keyof PlanReference, true> = { code: true, text: true };
const FUND_FIELDS: Record<keyof FundSettings, true> = { total: true, threshold: true };
const CUTOFF_FIELDS: Record<keyof StatusCutoffs, true> = { achievedFrom: true, partialFrom: true };

const OBJECTIVE_KINDS: readonly ObjectiveKind[] = ['nuovo', 'mantenimento', 'straordinario'];

/** A field of the report or an objective, and of an indicator, as the subject of a message. */
const label = (field: ImportFieldKey): Message => msg('import.field', { field });
const indicatorLabel = (field: IndicatorFieldKey): Message => msg('import.indicatorLabel', { field });


export interface JsonImportOptions {
  /** The objective sheet's fields; the product's own unless a test extends it. */
  schema?: ObjectiveSchema;
}

/** Objective fields this import reads by rules of its own (nested objects, model names of their own); the rest come from the schema. */
const HANDLED: Handled = new Set([
  'number', 'title', 'planReferences', 'kind', 'description', 'benefits', 'weight', 'allocatedAmount', 'oivScore', 'oivText', 'statedVerdict',
  'neutralisation', 'resultsText', 'notes',
]);

/** Validates an already parsed JSON value into a Report; issues are listed, not thrown. */
export function parseReportJson(value: unknown, options: JsonImportOptions = {}): ReportImport {
  if (Array.isArray(value)) {
    throw new ReportFormatError('not-an-object', msg('import.notAReport', { found: 'list' }));
  }
  if (!isRecord(value)) throw new ReportFormatError('not-an-object', msg('import.notAReport', { found: jsonKind(value) }));
  if (!Array.isArray(value.objectives)) {
    throw new ReportFormatError('no-objectives', msg('import.noObjectivesList', { found: jsonKind(value.objectives) }));
  }

  const issues = new IssueList();
  issues.unknownFields(value, REPORT_FIELDS, null, '');
  const report: Report = {
    title: requiredText(value.title, label('reportTitle'), null, 'title', issues),
    year: readYear(value.year, issues),
    objectives: readObjectives(value.objectives, issues, plainFields(HANDLED, options.schema)),
  };
  assign(report, 'body', optionalText(value.body, label('body'), null, 'body', issues));
  assign(report, 'fund', readFund(value.fund, issues));
  assign(report, 'cutoffs', readCutoffs(value.cutoffs, issues));
  assign(report, 'notes', readNotes(value.notes, issues));
  return { report, incomplete: issues.items };
}

/** Parses JSON text then validates it; text that is not JSON throws ReportFormatError naming the position. */
export function parseReportJsonText(text: string, options: JsonImportOptions = {}): ReportImport {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReportFormatError('invalid-json', msg('import.invalidJson', { reason }));
  }
  return parseReportJson(value, options);
}

function readYear(raw: unknown, issues: IssueList): number {
  if (isBlank(raw)) {
    issues.add(null, 'year', msg('import.missing', { label: label('year') }));
    return 0;
  }
  const year = issues.take(readNumber(raw, label('year'), { min: 1900, max: 2200 }), null, 'year');
  if (year === undefined) return 0;
  if (!Number.isInteger(year)) {
    issues.add(null, 'year', msg('import.notInteger', { label: label('year'), value: shown(raw) }));
    return 0;
  }
  return year;
}

function readObjectives(list: unknown[], issues: IssueList, plain: ReadonlyArray<ValueField<Objective>>): Objective[] {
  if (list.length === 0) issues.add(null, 'objectives', msg('import.noObjectives'));
  const objectives: Objective[] = [];
  const firstIndexOfNumber = new Map<number, number>();
  list.forEach((raw, index) => {
    if (!isRecord(raw)) {
      issues.add(null, `objectives[${index}]`, msg('import.objectiveNotObject', { position: index + 1, found: expected('object', raw) }));
      return;
    }
    const objective = readObjective(raw, index, issues, plain);
    const previous = firstIndexOfNumber.get(objective.number);
    if (previous !== undefined) {
      issues.add(objective.number, 'number', msg('import.duplicateNumber', { number: objective.number, first: previous + 1, second: index + 1 }));
    } else {
      firstIndexOfNumber.set(objective.number, index);
    }
    objectives.push(objective);
  });
  return objectives;
}

function readObjectiveNumber(raw: unknown, index: number, issues: IssueList): number {
  const fallback = index + 1;
  const path = `objectives[${index}].number`;
  const provisional = (reason: Message): Message => msg('import.provisionalNumber', { reason, number: fallback });
  if (isBlank(raw)) {
    issues.add(null, path, provisional(msg('import.numberMissingAt', { position: fallback })));
    return fallback;
  }
  const read = readNumber(raw, msg('import.objectiveNumberAt', { position: fallback }), { min: 1 });
  if (!read.ok) {
    issues.add(null, path, provisional(read.message));
    return fallback;
  }
  if (read.value === undefined || !Number.isInteger(read.value)) {
    issues.add(null, path, provisional(msg('import.notInteger', { label: label('number'), value: shown(raw) })));
    return fallback;
  }
  // Past 2^53 the number was already rounded by JSON itself: refused, never taken for another objective's.
  if (!Number.isSafeInteger(read.value)) issues.add(null, path, msg('limits.objectiveNumberUnsafe', { where: msg('import.objectiveNumberAt', { position: fallback }), value: shown(raw) }));
  return read.value;
}

function readObjective(raw: JsonRecord, index: number, issues: IssueList, plain: ReadonlyArray<ValueField<Objective>>): Objective {
  const number = readObjectiveNumber(raw.number, index, issues);
  issues.unknownFields(raw, { ...OBJECTIVE_FIELDS, ...Object.fromEntries(plain.map((field) => [field.key, true as const])) }, number, '');
  const objective: Objective = {
    number,
    title: requiredText(raw.title, msg('import.objectiveTitle', { number }), number, 'title', issues),
    planReferences: readPlanReferences(raw.planReferences, number, issues),
    indicators: readIndicators(raw.indicators, number, issues),
  };
  assign(objective, 'kind', readKind(raw.kind, number, issues));
  assign(objective, 'kindText', optionalText(raw.kindText, label('kindText'), number, 'kindText', issues));
  assign(objective, 'description', optionalText(raw.description, label('description'), number, 'description', issues));
  assign(objective, 'benefits', optionalText(raw.benefits, label('benefits'), number, 'benefits', issues));
  assign(objective, 'weight', issues.take(readNumber(raw.weight, label('weight'), { min: 0 }), number, 'weight'));
  assign(objective, 'allocatedAmount', issues.take(readNumber(raw.allocatedAmount, label('allocatedAmount'), { min: 0 }), number, 'allocatedAmount'));
  assign(objective, 'oiv', readOiv(raw.oiv, number, issues));
  assign(objective, 'statedVerdict', readStatedVerdict(raw.statedVerdict, number, issues));
  assign(objective, 'neutralisation', readNeutralisation(raw.neutralisation, number, issues));
  assign(objective, 'resultsText', optionalText(raw.resultsText, label('resultsText'), number, 'resultsText', issues));
  assign(objective, 'notes', optionalText(raw.notes, label('notes'), number, 'notes', issues));
  for (const field of plain) {
    const refused = readPlainField(field, raw[field.key], objective);
    if (refused !== null) issues.add(number, field.key, refused);
  }
  return objective;
}

function readKind(raw: unknown, number: number, issues: IssueList): ObjectiveKind | undefined {
  if (isBlank(raw)) return undefined;
  const kind = typeof raw === 'string' ? OBJECTIVE_KINDS.find((k) => k === raw.trim().toLowerCase()) : undefined;
  if (kind === undefined) {
    issues.add(number, 'kind', msg('import.invalidKind', { value: shown(raw) }));
  }
  return kind;
}

function readPlanReferences(raw: unknown, number: number, issues: IssueList): PlanReference[] {
  if (isBlank(raw)) return [];
  if (!Array.isArray(raw)) {
    issues.add(number, 'planReferences', msg('import.planReferencesNotList', { value: shown(raw) }));
    return [];
  }
  const references: PlanReference[] = [];
  raw.forEach((item, i) => {
    const path = `planReferences[${i}]`;
    if (!isRecord(item)) {
      issues.add(number, path, msg('import.planReferenceNotObject', { value: shown(item) }));
      return;
    }
    issues.unknownFields(item, PLAN_REFERENCE_FIELDS, number, path);
    references.push({
      code: requiredText(item.code, label('referenceCode'), number, `${path}.code`, issues),
      text: optionalText(item.text, label('referenceText'), number, `${path}.text`, issues) ?? '',
    });
  });
  return references;
}

function readIndicators(raw: unknown, number: number, issues: IssueList): Indicator[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    const reason = isBlank(raw) || Array.isArray(raw) ? msg('import.noIndicatorListed') : expected('list', raw);
    issues.add(number, 'indicators', msg('import.noIndicators', { objective: number, reason }));
    return [];
  }
  const indicators: Indicator[] = [];
  raw.forEach((item, i) => {
    const path = `indicators[${i}]`;
    if (!isRecord(item)) {
      issues.add(number, path, msg('import.indicatorNotObject', { position: i + 1, found: expected('object', item) }));
      return;
    }
    indicators.push(readIndicator(item, number, path, issues));
  });
  return indicators;
}

function readIndicator(raw: JsonRecord, number: number, path: string, issues: IssueList): Indicator {
  issues.unknownFields(raw, INDICATOR_FIELDS, number, path);
  const indicator: Indicator = {
    name: requiredText(raw.name, indicatorLabel('name'), number, `${path}.name`, issues),
    target: readTargetText(raw.target, indicatorLabel('target'), number, `${path}.target`, issues),
  };
  assign(indicator, 'revision', readRevision(raw.revision, number, `${path}.revision`, issues));
  assign(indicator, 'baseline', issues.take(readNumber(raw.baseline, indicatorLabel('baseline')), number, `${path}.baseline`));
  assign(indicator, 'threshold', issues.take(readFraction(raw.threshold, indicatorLabel('threshold')), number, `${path}.threshold`));
  const actual = issues.take(readCellInput(raw.actual, indicatorLabel('actual')), number, `${path}.actual`);
  if (actual !== undefined && actual !== null) {
    const problem = actualProblem(actual);
    if (problem !== null) issues.add(number, `${path}.actual`, problem);
    indicator.actual = actual;
  }
  assign(indicator, 'weight', issues.take(readNumber(raw.weight, indicatorLabel('weight'), { min: 0 }), number, `${path}.weight`));
  const previous = issues.take(readCellInput(raw.previousValue, indicatorLabel('previousValue')), number, `${path}.previousValue`);
  if (previous !== undefined && previous !== null) {
    const problem = actualProblem(previous, 'previousValue');
    if (problem !== null) issues.add(number, `${path}.previousValue`, problem);
    indicator.previousValue = previous;
  }
  assign(indicator, 'monitoring', readMonitoring(raw.monitoring, number, `${path}.monitoring`, issues));
  if (raw.neutralised !== undefined && raw.neutralised !== null) {
    if (typeof raw.neutralised === 'boolean') indicator.neutralised = raw.neutralised;
    else issues.add(number, `${path}.neutralised`, msg('import.neutralisedNotBoolean', { value: shown(raw.neutralised) }));
  }
  assign(indicator, 'notes', optionalText(raw.notes, indicatorLabel('notes'), number, `${path}.notes`, issues));
  return indicator;
}

/** A target as written; numbers are accepted as text (`700` = at least 700); an unparseable one is kept and listed. */
function readTargetText(raw: unknown, subject: Message, number: number, field: string, issues: IssueList): string {
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (isBlank(raw)) {
    issues.add(number, field, msg('import.missing', { label: subject }));
    return '';
  }
  if (typeof raw !== 'string') {
    issues.add(number, field, msg('import.invalidValue', { label: subject, value: shown(raw), reason: expected('targetText', raw) }));
    return '';
  }
  const problem = targetProblem(raw, subject);
  if (problem !== null) issues.add(number, field, problem);
  return raw;
}

function readRevision(value: unknown, number: number, path: string, issues: IssueList): TargetRevision | undefined {
  const raw = issues.optionalRecord(value, REVISION_FIELDS, number, path, () => msg('import.partNotObject', { part: 'revision', value: shown(value) }));
  if (!raw) return undefined;
  const revision: TargetRevision = {
    original: readTargetText(raw.original, indicatorLabel('original'), number, `${path}.original`, issues),
    revised: readTargetText(raw.revised, indicatorLabel('revised'), number, `${path}.revised`, issues),
    reason: optionalText(raw.reason, indicatorLabel('revisionReason'), number, `${path}.reason`, issues) ?? '',
  };
  if (revision.reason === '') issues.add(number, `${path}.reason`, msg('import.revisionWithoutReason'));
  assign(revision, 'date', issues.take(readIsoDate(raw.date, indicatorLabel('revisionDate')), number, `${path}.date`));
  return revision;
}

function readOiv(value: unknown, number: number, issues: IssueList): OivEvaluation | undefined {
  const raw = issues.optionalRecord(value, OIV_FIELDS, number, 'oiv', () => msg('import.partNotObject', { part: 'oiv', value: shown(value) }));
  if (!raw) return undefined;
  const score = issues.take(readScore(raw.score, label('oivScore')), number, 'oiv.score');
  const text = optionalText(raw.text, label('oivText'), number, 'oiv.text', issues) ?? '';
  if (score === undefined) {
    if (isBlank(raw.score)) issues.add(number, 'oiv.score', msg('import.oivWithoutScore'));
    return undefined;
  }
  return { score, text };
}

const STATUSES: readonly Status[] = ['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile'];
const STATED_VERDICT_FIELDS: Record<keyof StatedVerdict, true> = { status: true, text: true };

/** The report's own verdict: a status word (any case) and the words as written. */
function readStatedVerdict(value: unknown, number: number, issues: IssueList): StatedVerdict | undefined {
  const raw = issues.optionalRecord(value, STATED_VERDICT_FIELDS, number, 'statedVerdict', () => msg('import.partNotObject', { part: 'statedVerdict', value: shown(value) }));
  if (!raw) return undefined;
  const status = typeof raw.status === 'string' ? STATUSES.find((s) => s.toLowerCase() === (raw.status as string).trim().toLowerCase()) : undefined;
  if (status === undefined) {
    issues.add(number, 'statedVerdict.status', msg('import.invalidStatedVerdict', { value: shown(raw.status), allowed: [...STATUSES] }));
    return undefined;
  }
  return { status, text: optionalText(raw.text, label('statedVerdictText'), number, 'statedVerdict.text', issues) ?? '' };
}

function readNeutralisation(value: unknown, number: number, issues: IssueList): Neutralisation | undefined {
  const raw = issues.optionalRecord(value, NEUTRALISATION_FIELDS, number, 'neutralisation', () => msg('import.partNotObject', { part: 'neutralisation', value: shown(value) }));
  if (!raw) return undefined;
  const reason = optionalText(raw.reason, label('neutralisationReason'), number, 'neutralisation.reason', issues) ?? '';
  if (reason === '') issues.add(number, 'neutralisation.reason', msg('import.neutralisedWithoutReason'));
  return { reason };
}

function readFund(value: unknown, issues: IssueList): FundSettings | undefined {
  const raw = issues.optionalRecord(value, FUND_FIELDS, null, 'fund', () => msg('import.partNotObject', { part: 'fund', value: shown(value) }));
  if (!raw) return undefined;
  const fund: FundSettings = {};
  assign(fund, 'total', issues.take(readNumber(raw.total, label('fundTotal'), { min: 0 }), null, 'fund.total'));
  assign(fund, 'threshold', issues.take(readFraction(raw.threshold, label('fundThreshold')), null, 'fund.threshold'));
  return fund;
}

function readCutoffs(value: unknown, issues: IssueList): StatusCutoffs | undefined {
  const raw = issues.optionalRecord(value, CUTOFF_FIELDS, null, 'cutoffs', () => msg('import.partNotObject', { part: 'cutoffs', value: shown(value) }));
  if (!raw) return undefined;
  const achievedFrom = issues.take(readFraction(raw.achievedFrom, label('achievedFrom')), null, 'cutoffs.achievedFrom');
  const partialFrom = issues.take(readFraction(raw.partialFrom, label('partialFrom')), null, 'cutoffs.partialFrom');
  if (achievedFrom === undefined || partialFrom === undefined) {
    if (isBlank(raw.achievedFrom)) issues.add(null, 'cutoffs.achievedFrom', msg('import.cutoffMissing', { label: label('achievedFrom') }));
    if (isBlank(raw.partialFrom)) issues.add(null, 'cutoffs.partialFrom', msg('import.cutoffMissing', { label: label('partialFrom') }));
    return undefined;
  }
  if (partialFrom > achievedFrom) {
    issues.add(null, 'cutoffs', msg('import.cutoffsInconsistent', { partialFrom, achievedFrom }));
    return undefined;
  }
  return { achievedFrom, partialFrom };
}

function readNotes(raw: unknown, issues: IssueList): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return [raw];
  if (!Array.isArray(raw)) {
    issues.add(null, 'notes', msg('import.notesNotList', { value: shown(raw) }));
    return undefined;
  }
  const notes: string[] = [];
  raw.forEach((note, i) => {
    if (typeof note === 'string') notes.push(note);
    else issues.add(null, `notes[${i}]`, msg('import.noteNotText', { value: shown(note), found: expected('text', note) }));
  });
  return notes;
}

/** A text field that must be present: missing or wrong type is listed and yields ''. */
function requiredText(raw: unknown, subject: Message, objective: number | null, field: string, issues: IssueList): string {
  if (isBlank(raw)) {
    issues.add(objective, field, msg('import.missing', { label: subject }));
    return '';
  }
  return optionalText(raw, subject, objective, field, issues) ?? '';
}

/** An optional text field: blank -> undefined, a number is taken as its text, other types are listed. */
function optionalText(raw: unknown, subject: Message, objective: number | null, field: string, issues: IssueList): string | undefined {
  if (isBlank(raw)) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  issues.add(objective, field, msg('import.invalidValue', { label: subject, value: shown(raw), reason: expected('text', raw) }));
  return undefined;
}



/** Sets an optional field only when it has a value, so absent stays absent (round trips compare equal). */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
