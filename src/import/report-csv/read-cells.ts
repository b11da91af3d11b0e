// The cells of one indicator row, and the repeated cells of one objective, read into the model with what is wrong.
import { msg, type Message } from '../../core/messages';
import type { ImportFieldKey, IndicatorFieldKey } from '../../core/messages/import-fields';
import type { Indicator, Objective, ObjectiveKind, PlanReference } from '../../core/model';
import { actualProblem, readFraction, readIsoDate, readNumber, readScore, targetProblem, type Read } from '../field-values';
import type { ImportIssue } from '../issue';
import { headerOf, normaliseHeader, type Cells, type CsvField } from './columns';
import { readPlainDetail, readPlainField } from '../schema-fields';
import type { ValueField } from '../../workbook/objective-schema';

const label = (field: ImportFieldKey): Message => msg('import.field', { field });
const indicatorLabel = (field: IndicatorFieldKey): Message => msg('import.indicatorLabel', { field });

/** A problem on a row of the CSV: "Riga 4: …". */
export const atRow = (row: number, issue: Message): Message => msg('import.atRow', { row, issue });

/** An objective's repeated cells, as first seen, with the row they came from. */
export interface ObjectiveDraft {
  number: number;
  cells: Partial<Record<CsvField, { value: string; row: number }>>;
  indicators: Indicator[];
}

/** One indicator from its row's cells; each problem is listed with the row number and the indicator's place. */
export function readIndicatorRow(cells: Cells, rowNumber: number, objective: number, position: number, issues: ImportIssue[]): Indicator {
  const path = `indicators[${position}]`;
  const at = (field: string, message: Message): void => {
    issues.push({ objective, field: `${path}.${field}`, message: atRow(rowNumber, message) });
  };
  const take = <T>(read: Read<T>, field: string): T | undefined => {
    if (read.ok) return read.value;
    at(field, read.message);
    return undefined;
  };

  const indicator: Indicator = { name: cells.indicator ?? '', target: cells.target ?? '' };
  if (cells.indicator === undefined) at('name', msg('import.missing', { label: indicatorLabel('name') }));
  if (cells.target === undefined) at('target', msg('import.missing', { label: indicatorLabel('target') }));
  else checkTarget(cells.target, 'target', 'target', at);

  if (cells.revisedTarget !== undefined) {
    checkTarget(cells.revisedTarget, 'revised', 'revision.revised', at);
    indicator.revision = { original: indicator.target, revised: cells.revisedTarget, reason: cells.revisionReason ?? '' };
    if (cells.revisionReason === undefined) at('revision.reason', msg('import.revisionWithoutReason'));
    const date = take(readIsoDate(cells.revisionDate, indicatorLabel('revisionDate')), 'revision.date');
    if (date !== undefined) indicator.revision.date = date;
  } else if (cells.revisionReason !== undefined || cells.revisionDate !== undefined) {
    at('revision.revised', msg('import.revisionWithoutRevised'));
  }

  const baseline = take(readNumber(cells.baseline, indicatorLabel('baseline')), 'baseline');
  if (baseline !== undefined) indicator.baseline = baseline;
  const threshold = take(readFraction(cells.threshold, indicatorLabel('threshold')), 'threshold');
  if (threshold !== undefined) indicator.threshold = threshold;
  if (cells.actual !== undefined) {
    indicator.actual = cells.actual;
    const problem = actualProblem(cells.actual);
    if (problem !== null) at('actual', problem);
  }
  if (cells.previousValue !== undefined) {
    indicator.previousValue = cells.previousValue;
    const problem = actualProblem(cells.previousValue, 'previousValue');
    if (problem !== null) at('previousValue', problem);
  }
  const weight = take(readNumber(cells.weight, indicatorLabel('weight'), { min: 0 }), 'weight');
  if (weight !== undefined) indicator.weight = weight;
  if (cells.indicatorNeutralised !== undefined) {
    const neutralised = yesNo(cells.indicatorNeutralised);
    if (neutralised === null) at('neutralised', msg('import.neutralisedNotYesNo', { value: cells.indicatorNeutralised }));
    else indicator.neutralised = neutralised;
  }
  if (cells.notes !== undefined) indicator.notes = cells.notes;
  return indicator;
}

function checkTarget(text: string, subject: IndicatorFieldKey, field: string, at: (field: string, message: Message) => void): void {
  const problem = targetProblem(text, indicatorLabel(subject));
  if (problem !== null) at(field, problem);
}

/** The objective from its kept cells and the indicators gathered from its rows. */
export function finishObjective(draft: ObjectiveDraft, issues: ImportIssue[], plain: ReadonlyArray<ValueField<Objective>>): Objective {
  const { number, cells } = draft;
  const at = (field: string, row: number | undefined, message: Message): void => {
    issues.push({ objective: number, field, message: row === undefined ? message : atRow(row, message) });
  };
  const take = <T>(field: CsvField, modelField: string, read: (raw: string) => Read<T>): T | undefined => {
    const cell = cells[field];
    if (cell === undefined) return undefined;
    const result = read(cell.value);
    if (result.ok) return result.value;
    at(modelField, cell.row, result.message);
    return undefined;
  };

  const objective: Objective = {
    number,
    title: cells.title?.value ?? '',
    planReferences: cells.planReferences ? planReferencesOf(cells.planReferences.value, number, cells.planReferences.row, issues) : [],
    indicators: draft.indicators,
  };
  if (cells.title === undefined) at('title', undefined, msg('import.missingColumn', { label: msg('import.objectiveTitle', { number }), column: headerOf('title') }));
  if (draft.indicators.length === 0) at('indicators', undefined, msg('import.noIndicators', { objective: number, reason: null }));

  const kind = take('kind', 'kind', readKind);
  if (kind !== undefined) objective.kind = kind;
  if (cells.kindText) objective.kindText = cells.kindText.value;
  if (cells.description) objective.description = cells.description.value;
  if (cells.benefits) objective.benefits = cells.benefits.value;
  const weight = take('objectiveWeight', 'weight', (raw) => readNumber(raw, label('weight'), { min: 0 }));
  if (weight !== undefined) objective.weight = weight;
  const amount = take('allocatedAmount', 'allocatedAmount', (raw) => readNumber(raw, label('allocatedAmount'), { min: 0 }));
  if (amount !== undefined) objective.allocatedAmount = amount;

  const score = take('oivScore', 'oiv.score', (raw) => readScore(raw, label('oivScore')));
  if (score !== undefined) objective.oiv = { score, text: cells.oivText?.value ?? '' };
  else if (cells.oivText !== undefined && cells.oivScore === undefined) {
    at('oiv.score', cells.oivText.row, msg('import.oivTextWithoutScore'));
  }
  if (cells.resultsText) objective.resultsText = cells.resultsText.value;
  if (cells.neutralisation) objective.neutralisation = { reason: cells.neutralisation.value };
  if (cells.objectiveNotes) objective.notes = cells.objectiveNotes.value;
  for (const field of plain) {
    const cell = cells[field.key];
    const refused = cell === undefined ? null : readPlainField(field, cell.value, objective);
    if (refused !== null && cell !== undefined) at(field.key, cell.row, refused);
    readPlainDetail(field, cells[`${field.key}Text`]?.value, objective);
  }
  return objective;
}

const PLAN_CODE = /^(?:[-•*]\s*)?(?:obiettivo(?:\s+(?:operativo|strategico|di\s+ente))?\s+)?([A-Z]{1,3}\d{1,3}(?:\.\d{1,3})*)\b\s*(?:[-–—:]\s*)?(.*)$/i;

/** "E02 - TEXT" per line (or separated by " | "): code and text; a line without a code is listed. */
function planReferencesOf(cell: string, objective: number, row: number, issues: ImportIssue[]): PlanReference[] {
  const lines = cell.split(/\r?\n|\s\|\s/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.map((line, i) => {
    const match = PLAN_CODE.exec(line);
    if (match === null) {
      issues.push({ objective, field: `planReferences[${i}].code`, message: atRow(row, msg('import.planReferenceWithoutCode', { text: abbreviate(line) })) });
      return { code: '', text: line };
    }
    return { code: match[1].toUpperCase(), text: match[2].trim() };
  });
}

function readKind(raw: string): Read<ObjectiveKind> {
  const word = normaliseHeader(raw);
  if (['nuovo', 'nuova', 'new'].includes(word)) return { ok: true, value: 'nuovo' };
  if (['mantenimento', 'maintenance'].includes(word)) return { ok: true, value: 'mantenimento' };
  if (['straordinario', 'straordinaria', 'extraordinary'].includes(word)) return { ok: true, value: 'straordinario' };
  return { ok: false, message: msg('import.invalidKind', { value: `"${abbreviate(raw)}"` }) };
}

function yesNo(text: string): boolean | null {
  const word = normaliseHeader(text);
  if (['si', 'yes', 'true', 'vero', 'x', '1'].includes(word)) return true;
  if (['no', 'false', 'falso', '0'].includes(word)) return false;
  return null;
}

/** A cell as quoted in a message: at most 60 characters. */
export function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
