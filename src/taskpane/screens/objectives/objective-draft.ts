// The objective form as text fields, and its conversion to a model Objective with every reason it cannot be one.
import type { Indicator, Objective, ObjectiveKind, PlanReference } from '../../../core/model';
import { parseValue } from '../../../core/parse';
import { canonicalTarget, parseTarget } from '../../../core/target';
import type { Dictionary, Language } from '../../i18n/dictionary';
import { errorText } from '../../error-text';

export interface IndicatorDraft {
  /** Stable React key: rows can be removed from the middle. */
  key: number;
  name: string;
  target: string;
  baseline: string;
  threshold: string;
  weight: string;
  /** The indicator being edited, so fields the form does not show (result, revision, notes) are kept. */
  source?: Indicator;
}

export interface ObjectiveDraft {
  number: string;
  title: string;
  planReferences: string;
  kind: ObjectiveKind | '';
  kindText: string;
  description: string;
  benefits: string;
  weight: string;
  allocatedAmount: string;
  indicators: IndicatorDraft[];
  /** The objective being edited; absent for a new one. */
  source?: Objective;
}

export type DraftResult = { ok: true; objective: Objective } | { ok: false; errors: string[] };

/** How the analyst's target text was understood, shown live under the field. */
export type TargetReading = { kind: 'empty' } | { kind: 'understood'; canonical: string } | { kind: 'invalid'; reason: string };

let nextKey = 1;
const freshKey = (): number => nextKey++;

export function emptyIndicatorDraft(): IndicatorDraft {
  return { key: freshKey(), name: '', target: '', baseline: '', threshold: '', weight: '' };
}

export function emptyObjectiveDraft(number: number): ObjectiveDraft {
  return {
    number: String(number),
    title: '',
    planReferences: '',
    kind: '',
    kindText: '',
    description: '',
    benefits: '',
    weight: '',
    allocatedAmount: '',
    indicators: [emptyIndicatorDraft()],
  };
}

/** Numbers go back into the form in the pane's locale, so an Italian analyst sees "0,5". */
function numberText(value: number | undefined, locale: string): string {
  return value === undefined ? '' : value.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 10 });
}

export function draftFromObjective(objective: Objective, locale: string): ObjectiveDraft {
  return {
    number: String(objective.number),
    title: objective.title,
    planReferences: objective.planReferences.map((ref) => (ref.text ? `${ref.code} - ${ref.text}` : ref.code)).join('\n'),
    kind: objective.kind ?? '',
    kindText: objective.kindText ?? '',
    description: objective.description ?? '',
    benefits: objective.benefits ?? '',
    weight: numberText(objective.weight, locale),
    allocatedAmount: numberText(objective.allocatedAmount, locale),
    indicators: objective.indicators.map((indicator) => ({
      key: freshKey(),
      name: indicator.name,
      target: indicator.target,
      baseline: numberText(indicator.baseline, locale),
      threshold: indicator.threshold === undefined ? '' : `${numberText(indicator.threshold * 100, locale)}%`,
      weight: numberText(indicator.weight, locale),
      source: indicator,
    })),
    source: objective,
  };
}

export function readTarget(text: string, language: Language): TargetReading {
  if (!text.trim()) return { kind: 'empty' };
  try {
    return { kind: 'understood', canonical: canonicalTarget(parseTarget(text)) };
  } catch (error) {
    return { kind: 'invalid', reason: errorText(error, language) };
  }
}

/** A plain number as analysts type it ("1.500,50", "2", "€ 300"); undefined when blank. */
function readNumber(text: string, field: string, strings: Dictionary, errors: string[]): number | undefined {
  if (!text.trim()) return undefined;
  try {
    const value = parseValue(text);
    if (value && value.kind === 'number' && !value.percent) {
      if (value.value < 0) errors.push(strings.form.errors.negative(field));
      return value.value;
    }
    errors.push(strings.form.errors.notANumber(field, text, strings.form.errors.notAQuantity));
  } catch (error) {
    errors.push(strings.form.errors.notANumber(field, text, errorText(error, strings.language)));
  }
  return undefined;
}

/** A threshold as "50%", "0,5" or "50" (above 1 it is read as percentage points); stored as a fraction. */
function readThreshold(text: string, strings: Dictionary, errors: string[]): number | undefined {
  if (!text.trim()) return undefined;
  let fraction: number | undefined;
  try {
    const value = parseValue(text);
    if (value && value.kind === 'number') fraction = value.percent || value.value <= 1 ? value.value : value.value / 100;
  } catch {
    fraction = undefined;
  }
  if (fraction === undefined || !(fraction >= 0 && fraction <= 1)) {
    errors.push(strings.form.errors.thresholdRange(text));
    return undefined;
  }
  return fraction;
}

const REFERENCE_SEPARATOR = /\s+[-–—]\s+|\s*:\s+/;

function readPlanReferences(text: string, strings: Dictionary, errors: string[]): PlanReference[] {
  const references: PlanReference[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const separator = REFERENCE_SEPARATOR.exec(line);
    if (separator) {
      const code = line.slice(0, separator.index).trim();
      const rest = line.slice(separator.index + separator[0].length).trim();
      if (code) references.push({ code, text: rest });
      else errors.push(strings.form.errors.planReference(line));
    } else if (!/\s/.test(line)) {
      references.push({ code: line, text: '' });
    } else {
      errors.push(strings.form.errors.planReference(line));
    }
  }
  return references;
}

function withOptional<T extends object, K extends string, V>(target: T, key: K, value: V | undefined): T {
  if (value === undefined || value === '') {
    const copy = { ...target } as Record<string, unknown>;
    delete copy[key];
    return copy as T;
  }
  return { ...target, [key]: value };
}

function readIndicator(draft: IndicatorDraft, index: number, strings: Dictionary, errors: string[]): Indicator {
  const position = index + 1;
  if (!draft.name.trim()) errors.push(strings.form.errors.indicatorNameRequired(position));
  const reading = readTarget(draft.target, strings.language);
  if (reading.kind === 'invalid') errors.push(strings.form.errors.targetInvalid(position, reading.reason));
  if (reading.kind === 'empty') errors.push(strings.form.errors.targetInvalid(position, strings.form.targetEmpty));
  let indicator: Indicator = { ...(draft.source ?? {}), name: draft.name.trim(), target: draft.target.trim() };
  indicator = withOptional(indicator, 'baseline', readNumber(draft.baseline, `${strings.form.baseline} ${position}`, strings, errors));
  indicator = withOptional(indicator, 'threshold', readThreshold(draft.threshold, strings, errors));
  indicator = withOptional(indicator, 'weight', readNumber(draft.weight, `${strings.form.indicatorWeight} ${position}`, strings, errors));
  return indicator;
}

/** Validates the whole form; `taken` are the numbers of objectives already in the workbook. */
export function objectiveFromDraft(draft: ObjectiveDraft, strings: Dictionary, taken: ReadonlyArray<number>): DraftResult {
  const errors: string[] = [];
  const numberText = draft.number.trim();
  const number = Number(numberText);
  if (!numberText) errors.push(strings.form.errors.numberRequired);
  else if (!/^\d+$/.test(numberText) || !Number.isSafeInteger(number) || number < 1) errors.push(strings.form.errors.numberInvalid(numberText));
  else if (draft.source?.number !== number && taken.includes(number)) errors.push(strings.form.errors.numberTaken(number));
  if (!draft.title.trim()) errors.push(strings.form.errors.titleRequired);
  const planReferences = readPlanReferences(draft.planReferences, strings, errors);
  if (draft.indicators.length === 0) errors.push(strings.form.errors.noIndicators);
  const indicators = draft.indicators.map((row, index) => readIndicator(row, index, strings, errors));

  let objective: Objective = { ...(draft.source ?? {}), number, title: draft.title.trim(), planReferences, indicators };
  objective = withOptional(objective, 'kind', draft.kind || undefined);
  objective = withOptional(objective, 'kindText', draft.kindText.trim());
  objective = withOptional(objective, 'description', draft.description.trim());
  objective = withOptional(objective, 'benefits', draft.benefits.trim());
  objective = withOptional(objective, 'weight', readNumber(draft.weight, strings.form.weight, strings, errors));
  objective = withOptional(objective, 'allocatedAmount', readNumber(draft.allocatedAmount, strings.form.allocatedAmount, strings, errors));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, objective };
}
