// One row of the indicators table back to an Indicator, with what the formulas computed and every problem found.
import { msg, reasonOf, type Message } from '../core/messages';
import type { Indicator } from '../core/model';
import { ParseError, parseValue } from '../core/parse';
import { NOT_EVALUABLE_FIGURE } from '../core/summary-totals';
import { parseTarget } from '../core/target';
import { parseCellAddress } from './address';
import { isComputed, type ObjectiveSchema } from './objective-schema';
import { ratioInconsistency } from './ratio-check';
import { entered, fieldLabel, isFormula, normalisedLabel, type SheetReader } from './sheet-reader';
import { isErrorValue, type SnapshotCell, type SnapshotValue } from './snapshot';

export interface IndicatorComputed {
  achieved: boolean | null;
  degree: number | null;
}

function computedNumber(value: SnapshotValue): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Reads the row's value fields in schema order (a revision needs its target first); refused values are listed. */
function readValues(reader: SheetReader, cellOf: (key: string) => SnapshotCell, schema: ObjectiveSchema, who: Message): Indicator {
  const indicator: Indicator = { name: '', target: '' };
  for (const field of schema.indicators) {
    if (isComputed(field)) continue;
    const cell = cellOf(field.key);
    const read = field.codec.read(entered(cell));
    if (!read.ok) reader.report(field.invalid, cell.address, msg('sheet.invalidField', { who, field: fieldLabel(field.label), reason: read.reason }));
    else if (read.value !== undefined) field.set(indicator, read.value);
  }
  return indicator;
}

function checkTarget(reader: SheetReader, indicator: Indicator, cellOf: (key: string) => SnapshotCell, who: Message): void {
  const revised = indicator.revision?.revised;
  if (revised && !indicator.revision?.reason) {
    reader.report('revision-without-reason', cellOf('revisionReason').address, msg('sheet.revisionWithoutReason', { who, revised }));
  }
  const targetCell = revised ? cellOf('revisedTarget') : cellOf('target');
  const evaluated = revised || indicator.target;
  if (!evaluated) {
    reader.report('missing-target', targetCell.address, msg('sheet.missingTarget', { who }));
    return;
  }
  try {
    parseTarget(evaluated);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    reader.report('unparseable-target', targetCell.address, msg('sheet.unreadable', { who, reason: reasonOf(error) }));
  }
}

function checkActual(reader: SheetReader, indicator: Indicator, cell: SnapshotCell, expectResult: boolean, who: Message): void {
  const actual = indicator.actual;
  if (actual === undefined) {
    // Neutralised objectives and indicators expect no result.
    if (expectResult && !indicator.neutralised) reader.report('missing-result', cell.address, msg('sheet.missingResult', { who }));
    return;
  }
  if (typeof actual !== 'string') return;
  try {
    parseValue(actual);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    reader.report('unparseable-result', cell.address, msg('sheet.unreadable', { who, reason: reasonOf(error) }));
  }
  const inconsistency = ratioInconsistency(actual, indicator.notes ? [indicator.notes] : []);
  if (inconsistency) {
    const stated = inconsistency.statedPercent;
    const closest = [...inconsistency.readings].sort((a, b) => Math.abs(a - stated) - Math.abs(b - stated))[0];
    reader.report('ratio-inconsistent', cell.address, msg('sheet.ratioInconsistent', { who, ratio: inconsistency.ratio, stated, closest: closest ?? null }));
  }
}

/** A monitored value the forecast cannot read shows an error in Previsione: named as an unreadable result is. */
function checkMonitored(reader: SheetReader, indicator: Indicator, cell: SnapshotCell, who: Message): void {
  const value = indicator.monitoring?.[indicator.monitoring.length - 1]?.value;
  if (typeof value !== 'string' || value.trim() === '') return;
  try {
    parseValue(value);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    reader.report('unparseable-result', cell.address, msg('sheet.unreadableMonitored', { who, reason: reasonOf(error) }));
  }
}

export function readIndicatorRow(
  reader: SheetReader,
  cellOf: (key: string) => SnapshotCell,
  schema: ObjectiveSchema,
  objectiveNumber: number,
  expectResult: boolean,
): { indicator: Indicator; computed: IndicatorComputed } {
  const problemsBefore = reader.problems.length;
  const name = entered(cellOf('name'));
  const who = msg('label.indicator', { objective: objectiveNumber, name: name === null ? '' : String(name).trim() });
  const indicator = readValues(reader, cellOf, schema, who);
  if (!indicator.name) reader.report('missing-indicator-name', cellOf('name').address, msg('sheet.missingIndicatorName', { objective: objectiveNumber }));
  checkTarget(reader, indicator, cellOf, who);

  const degreeCell = cellOf('degree');
  if (!isFormula(degreeCell.formula) && normalisedLabel(degreeCell.formula) === NOT_EVALUABLE_FIGURE) indicator.neutralised = true;
  checkActual(reader, indicator, cellOf('actual'), expectResult, who);
  checkMonitored(reader, indicator, cellOf('monitoredValue'), who);

  // Problems of one row read left to right, whatever order the checks ran in.
  const rowProblems = reader.problems.splice(problemsBefore).sort((a, b) => parseCellAddress(a.address).column - parseCellAddress(b.address).column);
  reader.problems.push(...rowProblems);
  if (reader.problems.length === problemsBefore) {
    for (const cell of [cellOf('achieved'), degreeCell]) {
      if (isErrorValue(cell.value) && !cell.value.startsWith('#N/A')) {
        reader.report('formula-error', cell.address, msg('sheet.formulaError', { who, error: cell.value }));
        break;
      }
    }
  }
  const achieved = cellOf('achieved').value;
  return { indicator, computed: { achieved: typeof achieved === 'boolean' ? achieved : null, degree: computedNumber(degreeCell.value) } };
}
