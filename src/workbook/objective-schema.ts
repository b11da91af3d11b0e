// Every field of an objective sheet, listed once: key, labels, whether the plan, the analyst or a formula fills
// it, and how it is written and read. Geometry, layout, readers, refresh and the importers derive from this list.
import type { Indicator, Objective, ObjectiveKind, Status } from '../core/model';
import { parseValue } from '../core/parse';
import { parseTarget } from '../core/target';
import { choiceCodec, degreeCodec, numberCodec, scoreCodec, textCodec, type FieldCodec } from './field-codecs';
import { asWrittenCodec } from './as-written-codec';
import { monitoredValue, monitoringDate, monitoringNote, revisionDate } from './monitoring-fields';
import type { CellScalar } from './layout';
import type { ProblemCode } from './problems';
import { NUMBER_FORMATS } from './styles';

export interface Labels {
  /** The label on the sheet: the readers find the row or column by it. */
  it: string;
  en: string;
}

/** plan: written from the plan (rewritten on refresh); input: the analyst's, written only while empty. */
export type ValueRole = 'plan' | 'input';

export interface ValueField<M, K extends string = string, T = unknown> {
  key: K;
  label: Labels;
  role: ValueRole;
  codec: FieldCodec<T>;
  get(model: M): T | undefined;
  set(model: M, value: T): void;
  /** The problem listed when the cell holds something the codec refuses. */
  invalid: ProblemCode;
  /** Sheet style of the value cell, when not the role's own. */
  style?: string;
  /** A cell written differently from the codec's (a deadline's result as a date). */
  write?(model: M): { value: CellScalar | undefined; numberFormat: string };
  /** A row added after workbooks were first built: a sheet without it still reads, the field left empty. */
  optional?: true;
  /** Column width in points, for an indicator column. */
  width?: number;
  /** Column C beside a header value: the same thing as written in the report. */
  detail?: { get(model: M): string | undefined; set(model: M, text: string): void };
}

/** A cell computed by a live formula; the formulas live in objective-sheet and objective-formulas, by key. */
export interface ComputedField<K extends string = string> {
  key: K;
  label: Labels;
  role: 'computed';
  numberFormat: string;
  width?: number;
  /** A column added after workbooks were first built: a sheet without it still reads. */
  optional?: true;
}

export const KIND_LABELS: Record<ObjectiveKind, string> = {
  nuovo: 'Nuovo',
  mantenimento: 'Mantenimento',
  straordinario: 'Straordinario',
};

interface Options {
  invalid?: ProblemCode;
  style?: string;
  optional?: true;
  width?: number;
}

/** A field held in a plain optional property of the model. */
export function property<M, K extends keyof M & string>(
  key: K,
  label: Labels,
  role: ValueRole,
  codec: FieldCodec<NonNullable<M[K]>>,
  options: Options = {},
): ValueField<M, K, NonNullable<M[K]>> {
  return {
    key,
    label,
    role,
    codec,
    get: (model) => (model[key] ?? undefined) as NonNullable<M[K]> | undefined,
    set: (model, value) => {
      model[key] = value as M[K];
    },
    invalid: options.invalid ?? 'layout-damaged',
    ...(options.style ? { style: options.style } : {}),
    ...(options.optional ? { optional: options.optional } : {}),
    ...(options.width ? { width: options.width } : {}),
  };
}

function computed<K extends string>(key: K, label: Labels, numberFormat: string = NUMBER_FORMATS.general, width?: number, optional?: true): ComputedField<K> {
  return { key, label, role: 'computed', numberFormat, ...(width ? { width } : {}), ...(optional ? { optional } : {}) };
}

const weightCodec = numberCodec(NUMBER_FORMATS.general, { min: 0 });

const planReferences: ValueField<Objective, 'planReferences', string> = {
  key: 'planReferences',
  label: { it: 'Riferimento al Piano', en: 'Plan reference' },
  role: 'plan',
  codec: textCodec,
  get: (objective) => objective.planReferences.map((reference) => reference.code).join('; ') || undefined,
  set: (objective, codes) => {
    objective.planReferences = codes.split(/[;,]/).map((code) => code.trim()).filter((code) => code !== '').map((code) => ({ code, text: '' }));
  },
  invalid: 'layout-damaged',
  detail: {
    get: (objective) => objective.planReferences.map((reference) => `${reference.code} - ${reference.text}`).join('\n') || undefined,
    // The lines "code - text" give each code its words; when they name every code in B they are taken whole.
    set: (objective, text) => {
      const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
      const fromText = lines.map((line) => {
        const match = /^(\S+)\s+-\s+(.*)$/.exec(line);
        return match ? { code: match[1], text: match[2] } : { code: line, text: '' };
      });
      const codes = objective.planReferences.map((reference) => reference.code);
      if (fromText.length > 0 && codes.every((code) => fromText.some((reference) => reference.code === code))) objective.planReferences = fromText;
      else objective.planReferences = codes.map((code) => fromText.find((reference) => reference.code === code) ?? { code, text: '' });
    },
  },
};

const oivScore: ValueField<Objective, 'oivScore', number> = {
  key: 'oivScore',
  label: { it: 'Valutazione OIV (su 100)', en: 'OIV score (out of 100)' },
  role: 'input',
  codec: scoreCodec,
  get: (objective) => objective.oiv?.score,
  set: (objective, score) => {
    objective.oiv = { score, text: objective.oiv?.text ?? '' };
  },
  invalid: 'oiv-not-number',
};

const oivText: ValueField<Objective, 'oivText', string> = {
  key: 'oivText',
  label: { it: 'Giudizio OIV', en: 'OIV judgement' },
  role: 'input',
  codec: textCodec,
  get: (objective) => objective.oiv?.text || undefined,
  // Words are kept beside a score only: a score is never made up to hold them.
  set: (objective, text) => {
    if (objective.oiv) objective.oiv.text = text;
  },
  invalid: 'layout-damaged',
};

/** The statuses by their sheet words, for a verdict the report states. */
const STATUS_WORDS: Record<Status, string> = {
  Raggiunto: 'Raggiunto',
  'Parzialmente raggiunto': 'Parzialmente raggiunto',
  'Non raggiunto': 'Non raggiunto',
  'Non valutabile': 'Non valutabile',
};

const statedVerdict: ValueField<Objective, 'statedVerdict', Status> = {
  key: 'statedVerdict',
  label: { it: 'Esito dichiarato', en: 'Stated verdict' },
  role: 'input',
  codec: choiceCodec(STATUS_WORDS),
  get: (objective) => objective.statedVerdict?.status,
  set: (objective, status) => {
    objective.statedVerdict = { status, text: objective.statedVerdict?.text ?? '' };
  },
  invalid: 'verdict-unknown',
  optional: true,
  detail: {
    get: (objective) => objective.statedVerdict?.text || undefined,
    set: (objective, text) => {
      if (objective.statedVerdict) objective.statedVerdict.text = text;
    },
  },
};

const neutralisation: ValueField<Objective, 'neutralisation', string> = {
  key: 'neutralisation',
  label: { it: 'Neutralizzato (motivo)', en: 'Neutralised (reason)' },
  role: 'input',
  codec: textCodec,
  get: (objective) => objective.neutralisation?.reason,
  set: (objective, reason) => {
    objective.neutralisation = { reason };
  },
  invalid: 'layout-damaged',
};

/** Header rows, top to bottom: label in A, value in B, the report's own words (when any) in C. */
export const HEADER_FIELDS = [
  // The number is the sheet's identity (its tag), not something to edit here.
  property<Objective, 'number'>('number', { it: 'N.', en: 'No.' }, 'plan', numberCodec(NUMBER_FORMATS.integer, { min: 1 }), { style: 'text' }),
  property<Objective, 'title'>('title', { it: 'Titolo', en: 'Title' }, 'plan', textCodec, { style: 'inputWrapped' }),
  planReferences,
  {
    ...property<Objective, 'kind'>('kind', { it: 'Tipo', en: 'Kind' }, 'plan', choiceCodec(KIND_LABELS)),
    detail: {
      get: (objective: Objective) => objective.kindText,
      set: (objective: Objective, text: string) => {
        objective.kindText = text;
      },
    },
  },
  property<Objective, 'description'>('description', { it: 'Descrizione', en: 'Description' }, 'plan', textCodec, { style: 'inputWrapped' }),
  property<Objective, 'benefits'>('benefits', { it: 'Benefici attesi', en: 'Expected benefits' }, 'plan', textCodec, { style: 'inputWrapped' }),
  property<Objective, 'weight'>('weight', { it: 'Peso', en: 'Weight' }, 'plan', weightCodec, { invalid: 'weight-not-number' }),
  property<Objective, 'allocatedAmount'>('allocatedAmount', { it: 'Importo stanziato', en: 'Allocated amount' }, 'plan', numberCodec(NUMBER_FORMATS.euro, { min: 0 }), {
    invalid: 'amount-not-number',
  }),
  oivScore,
  oivText,
  statedVerdict,
  property<Objective, 'shortfallReason'>('shortfallReason', { it: 'Motivazione dello scostamento', en: 'Reason for the shortfall' }, 'input', textCodec, {
    style: 'inputWrapped',
    optional: true,
  }),
  neutralisation,
  property<Objective, 'resultsText'>('resultsText', { it: 'Risultati (testo)', en: 'Results (text)' }, 'input', textCodec, { style: 'inputWrapped' }),
  property<Objective, 'notes'>('notes', { it: 'Note', en: 'Notes' }, 'input', textCodec),
  // Last, so that sheets laid out before it keep their rows; optional, so that they still read.
  property<Objective, 'area'>('area', { it: 'Area / Unità organizzativa', en: 'Area / Organisational unit' }, 'plan', textCodec, { optional: true }),
] as const;

const revisedTarget: ValueField<Indicator, 'revisedTarget', string> = {
  key: 'revisedTarget',
  label: { it: 'Target rivisto', en: 'Revised target' },
  role: 'input',
  codec: textCodec,
  get: (indicator) => indicator.revision?.revised,
  set: (indicator, revised) => {
    indicator.revision = { ...indicator.revision, original: indicator.target, revised, reason: indicator.revision?.reason ?? '' };
  },
  invalid: 'layout-damaged',
  width: 95,
};

const revisionReason: ValueField<Indicator, 'revisionReason', string> = {
  key: 'revisionReason',
  label: { it: 'Motivo revisione', en: 'Revision reason' },
  role: 'input',
  codec: textCodec,
  get: (indicator) => indicator.revision?.reason || undefined,
  set: (indicator, reason) => {
    if (indicator.revision) indicator.revision.reason = reason;
  },
  invalid: 'layout-damaged',
  style: 'inputWrapped',
  width: 150,
};

function isDeadline(targetText: string): boolean {
  try {
    return parseTarget(targetText).kind === 'deadline';
  } catch {
    return false;
  }
}

/** Whether the indicator's result is a date: its target in force is a deadline. */
export function resultIsDate(indicator: Indicator): boolean {
  return isDeadline(indicator.revision?.revised ?? indicator.target);
}

/**
 * Against a deadline a date result is written as a real date (serial, shown dd/mm/yyyy) and a blank cell gets the
 * date format: null then. undefined when the result stays as written (text, so "1.134" or "100%" keep their form).
 */
function deadlineSerial(indicator: Indicator): number | null | undefined {
  if (!resultIsDate(indicator)) return undefined;
  const actual = indicator.actual;
  if (typeof actual === 'number') return actual;
  if (actual === null || actual === undefined || actual === '') return null;
  if (typeof actual !== 'string') return undefined;
  try {
    const parsed = parseValue(actual);
    return parsed?.kind === 'date' ? parsed.serial : undefined;
  } catch {
    return undefined; // kept as written; the reader reports why it cannot be read
  }
}

const actual: ValueField<Indicator, 'actual', string | number | boolean> = {
  key: 'actual',
  label: { it: 'Risultato', en: 'Result' },
  role: 'input',
  // Kept as written ("1.134", "100%"): the PERF functions and the readers read it by the target's kind.
  codec: asWrittenCodec,
  get: (indicator) => (indicator.actual === null ? undefined : indicator.actual),
  set: (indicator, value) => {
    indicator.actual = value;
  },
  invalid: 'unparseable-result',
  width: 95,
  write: (indicator) => {
    const serial = deadlineSerial(indicator);
    if (serial !== undefined) return { value: serial ?? undefined, numberFormat: NUMBER_FORMATS.date };
    return { value: indicator.actual ?? undefined, numberFormat: NUMBER_FORMATS.text };
  },
};

const previousValue: ValueField<Indicator, 'previousValue', string | number | boolean> = {
  key: 'previousValue',
  label: { it: 'Valore anno precedente', en: 'Previous year value' },
  role: 'input',
  codec: asWrittenCodec,
  get: (indicator) => (indicator.previousValue === null ? undefined : indicator.previousValue),
  set: (indicator, value) => {
    indicator.previousValue = value;
  },
  invalid: 'unparseable-result',
  optional: true,
  width: 95,
};

/**
 * The indicators table, columns from A: what the analyst reads and types most (indicator, target, result) first,
 * what Traguardo computes from them beside it, the optional columns after.
 */
export const INDICATOR_COLUMNS = [
  property<Indicator, 'name'>('name', { it: 'Indicatore', en: 'Indicator' }, 'plan', textCodec, { style: 'inputWrapped', width: 210 }),
  property<Indicator, 'target'>('target', { it: 'Target', en: 'Target' }, 'plan', textCodec, { invalid: 'unparseable-target', width: 95 }),
  actual,
  computed('achieved', { it: 'Raggiunto', en: 'Achieved' }, NUMBER_FORMATS.general, 70),
  computed('degree', { it: 'Grado', en: 'Degree' }, NUMBER_FORMATS.percent, 65),
  revisedTarget,
  revisionReason,
  property<Indicator, 'notes'>('notes', { it: 'Note', en: 'Notes' }, 'input', textCodec, { style: 'inputWrapped', width: 200 }),
  property<Indicator, 'weight'>('weight', { it: 'Peso', en: 'Weight' }, 'plan', weightCodec, { invalid: 'weight-not-number', width: 45 }),
  property<Indicator, 'baseline'>('baseline', { it: 'Baseline', en: 'Baseline' }, 'plan', numberCodec(), { invalid: 'baseline-not-number', width: 60 }),
  property<Indicator, 'threshold'>('threshold', { it: 'Soglia', en: 'Threshold' }, 'plan', degreeCodec, { invalid: 'threshold-not-degree', width: 55 }),
  previousValue,
  computed('trend', { it: 'Andamento', en: 'Trend' }, NUMBER_FORMATS.general, 75, true),
  // Added for the annual cycle, after every earlier column so that sheets built before them keep their letters.
  revisionDate,
  monitoringDate,
  monitoredValue,
  computed('forecast', { it: 'Previsione', en: 'Forecast' }, NUMBER_FORMATS.general, 95, true),
  monitoringNote,
] as const;

/** Rows under the table: label in A, formula in B. */
export const FOOTER_FIELDS = [
  computed('score', { it: 'Punteggio calcolato', en: 'Computed score' }, NUMBER_FORMATS.percent),
  computed('finalDegree', { it: 'Grado finale', en: 'Final degree' }, NUMBER_FORMATS.percent),
  computed('status', { it: 'Esito', en: 'Outcome' }),
  computed('payable', { it: 'Importo riconosciuto', en: 'Amount recognised' }, NUMBER_FORMATS.euro),
] as const;

export type HeaderKey = (typeof HEADER_FIELDS)[number]['key'];
export type IndicatorKey = (typeof INDICATOR_COLUMNS)[number]['key'];
export type FooterKey = (typeof FOOTER_FIELDS)[number]['key'];

/** The whole sheet's fields; a test may pass a schema with more fields to every function that takes one. */
export interface ObjectiveSchema {
  header: ReadonlyArray<ValueField<Objective>>;
  indicators: ReadonlyArray<ValueField<Indicator> | ComputedField>;
  footer: ReadonlyArray<ComputedField>;
}

export const OBJECTIVE_SCHEMA: ObjectiveSchema = {
  header: HEADER_FIELDS as unknown as ReadonlyArray<ValueField<Objective>>,
  indicators: INDICATOR_COLUMNS as unknown as ReadonlyArray<ValueField<Indicator> | ComputedField>,
  footer: FOOTER_FIELDS,
};

export function isComputed<M>(field: ValueField<M> | ComputedField): field is ComputedField {
  return field.role === 'computed';
}
