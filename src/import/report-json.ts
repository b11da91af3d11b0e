// Import of a report from JSON in the schema of examples/relazione-2022.json: an unknown value becomes a Report.
// What is wrong or missing is listed as an ImportIssue ("da completare"), never guessed and never thrown;
// only a value that is not a report at all throws ReportFormatError.
import { msg } from '../core/messages';
import type { ImportIssue } from './issue';
import {
  jsonKind,
  actualProblem,
  isBlank,
  readCellInput,
  readFraction,
  readIsoDate,
  readNumber,
  readScore,
  shown,
  targetProblem,
  typeName,
  type Read,
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

export { ReportFormatError } from './report-format-error';
export type { ReportFormatErrorCode } from './report-format-error';

export interface ReportImport {
  report: Report;
  incomplete: ImportIssue[];
}

type JsonRecord = Record<string, unknown>;

// Records of every model field: the compiler fails here if the model gains a field this import does not know.
const REPORT_FIELDS: Record<keyof Report, true> = {
  title: true, year: true, body: true, objectives: true, fund: true, cutoffs: true, notes: true,
};
const OBJECTIVE_FIELDS: Record<keyof Objective, true> = {
  number: true, title: true, planReferences: true, kind: true, kindText: true, description: true, benefits: true,
  weight: true, allocatedAmount: true, indicators: true, oiv: true, neutralisation: true, resultsText: true, notes: true,
  statedVerdict: true, shortfallReason: true,
};
const INDICATOR_FIELDS: Record<keyof Indicator, true> = {
  name: true, target: true, revision: true, baseline: true, threshold: true, actual: true, weight: true,
  neutralised: true, notes: true,
};
const REVISION_FIELDS: Record<keyof TargetRevision, true> = { original: true, revised: true, reason: true, date: true };
const OIV_FIELDS: Record<keyof OivEvaluation, true> = { score: true, text: true };
const NEUTRALISATION_FIELDS: Record<keyof Neutralisation, true> = { reason: true };
const PLAN_REFERENCE_FIELDS: Record<keyof PlanReference, true> = { code: true, text: true };
const FUND_FIELDS: Record<keyof FundSettings, true> = { total: true, threshold: true };
const CUTOFF_FIELDS: Record<keyof StatusCutoffs, true> = { achievedFrom: true, partialFrom: true };

const OBJECTIVE_KINDS: readonly ObjectiveKind[] = ['nuovo', 'mantenimento', 'straordinario'];

/** Collects what an import could not determine, each with the objective and field concerned. */
class IssueList {
  readonly items: ImportIssue[] = [];

  add(objective: number | null, field: string, message: string): void {
    this.items.push({ objective, field, message });
  }

  /** The value read, or undefined after listing why it was refused. */
  take<T>(read: Read<T>, objective: number | null, field: string): T | undefined {
    if (read.ok) return read.value;
    this.add(objective, field, read.message);
    return undefined;
  }

  /**
   * An optional part of the report (revision, OIV, fund...): undefined when absent, or when not an object (then
   * listed with `refused()`'s reason); an object has its unknown fields listed.
   */
  optionalRecord(raw: unknown, known: Record<string, true>, objective: number | null, path: string, refused: () => string): JsonRecord | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (!isRecord(raw)) {
      this.add(objective, path, refused());
      return undefined;
    }
    this.unknownFields(raw, known, objective, path);
    return raw;
  }

  unknownFields(record: JsonRecord, known: Record<string, true>, objective: number | null, path: string): void {
    for (const key of Object.keys(record)) {
      if (!Object.prototype.hasOwnProperty.call(known, key)) {
        this.add(objective, join(path, key), `Campo sconosciuto "${key}" ignorato: non fa parte dello schema della Relazione`);
      }
    }
  }
}

/** Validates an already parsed JSON value into a Report; issues are listed, not thrown. */
export function parseReportJson(value: unknown): ReportImport {
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
    title: requiredText(value.title, 'Titolo della Relazione', null, 'title', issues),
    year: readYear(value.year, issues),
    objectives: readObjectives(value.objectives, issues),
  };
  assign(report, 'body', optionalText(value.body, 'Testo introduttivo', null, 'body', issues));
  assign(report, 'fund', readFund(value.fund, issues));
  assign(report, 'cutoffs', readCutoffs(value.cutoffs, issues));
  assign(report, 'notes', readNotes(value.notes, issues));
  return { report, incomplete: issues.items };
}

/** Parses JSON text then validates it; text that is not JSON throws ReportFormatError naming the position. */
export function parseReportJsonText(text: string): ReportImport {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReportFormatError('invalid-json', msg('import.invalidJson', { reason }));
  }
  return parseReportJson(value);
}

function readYear(raw: unknown, issues: IssueList): number {
  if (isBlank(raw)) {
    issues.add(null, 'year', 'Anno della Relazione mancante: da completare');
    return 0;
  }
  const year = issues.take(readNumber(raw, 'Anno della Relazione', { min: 1900, max: 2200 }), null, 'year');
  if (year === undefined) return 0;
  if (!Number.isInteger(year)) {
    issues.add(null, 'year', `Anno della Relazione ${shown(raw)} non valido: deve essere un numero intero`);
    return 0;
  }
  return year;
}

function readObjectives(list: unknown[], issues: IssueList): Objective[] {
  if (list.length === 0) issues.add(null, 'objectives', 'La Relazione non contiene obiettivi: da completare');
  const objectives: Objective[] = [];
  const firstIndexOfNumber = new Map<number, number>();
  list.forEach((raw, index) => {
    if (!isRecord(raw)) {
      issues.add(null, `objectives[${index}]`, `Obiettivo in posizione ${index + 1} ignorato: atteso un oggetto, trovato ${typeName(raw)}`);
      return;
    }
    const objective = readObjective(raw, index, issues);
    const previous = firstIndexOfNumber.get(objective.number);
    if (previous !== undefined) {
      issues.add(objective.number, 'number', `Numero di obiettivo ${objective.number} ripetuto (posizioni ${previous + 1} e ${index + 1}): ogni obiettivo deve avere un numero diverso`);
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
  const provisional = `assegnato provvisoriamente ${fallback} (posizione nell'elenco), da verificare`;
  if (isBlank(raw)) {
    issues.add(null, path, `Numero dell'obiettivo in posizione ${fallback} mancante: ${provisional}`);
    return fallback;
  }
  const read = readNumber(raw, `Numero dell'obiettivo in posizione ${fallback}`, { min: 1 });
  if (!read.ok) {
    issues.add(null, path, `${read.message}; ${provisional}`);
    return fallback;
  }
  if (read.value === undefined || !Number.isInteger(read.value)) {
    issues.add(null, path, `Numero dell'obiettivo ${shown(raw)} non valido: deve essere un numero intero; ${provisional}`);
    return fallback;
  }
  return read.value;
}

function readObjective(raw: JsonRecord, index: number, issues: IssueList): Objective {
  const number = readObjectiveNumber(raw.number, index, issues);
  issues.unknownFields(raw, OBJECTIVE_FIELDS, number, '');
  const objective: Objective = {
    number,
    title: requiredText(raw.title, `Titolo dell'obiettivo ${number}`, number, 'title', issues),
    planReferences: readPlanReferences(raw.planReferences, number, issues),
    indicators: readIndicators(raw.indicators, number, issues),
  };
  assign(objective, 'kind', readKind(raw.kind, number, issues));
  assign(objective, 'kindText', optionalText(raw.kindText, 'Tipo (testo)', number, 'kindText', issues));
  assign(objective, 'description', optionalText(raw.description, 'Descrizione', number, 'description', issues));
  assign(objective, 'benefits', optionalText(raw.benefits, 'Benefici attesi', number, 'benefits', issues));
  assign(objective, 'weight', issues.take(readNumber(raw.weight, 'Peso obiettivo', { min: 0 }), number, 'weight'));
  assign(objective, 'allocatedAmount', issues.take(readNumber(raw.allocatedAmount, 'Importo stanziato', { min: 0 }), number, 'allocatedAmount'));
  assign(objective, 'oiv', readOiv(raw.oiv, number, issues));
  assign(objective, 'statedVerdict', readStatedVerdict(raw.statedVerdict, number, issues));
  assign(objective, 'shortfallReason', optionalText(raw.shortfallReason, 'Motivazione dello scostamento', number, 'shortfallReason', issues));
  assign(objective, 'neutralisation', readNeutralisation(raw.neutralisation, number, issues));
  assign(objective, 'resultsText', optionalText(raw.resultsText, 'Testo dei risultati', number, 'resultsText', issues));
  assign(objective, 'notes', optionalText(raw.notes, 'Note', number, 'notes', issues));
  return objective;
}

function readKind(raw: unknown, number: number, issues: IssueList): ObjectiveKind | undefined {
  if (isBlank(raw)) return undefined;
  const kind = typeof raw === 'string' ? OBJECTIVE_KINDS.find((k) => k === raw.trim().toLowerCase()) : undefined;
  if (kind === undefined) {
    issues.add(number, 'kind', `Tipo ${shown(raw)} non valido: ammessi "nuovo", "mantenimento", "straordinario"`);
  }
  return kind;
}

function readPlanReferences(raw: unknown, number: number, issues: IssueList): PlanReference[] {
  if (isBlank(raw)) return [];
  if (!Array.isArray(raw)) {
    issues.add(number, 'planReferences', `Riferimenti al Piano ${shown(raw)} non validi: atteso un elenco di { code, text }`);
    return [];
  }
  const references: PlanReference[] = [];
  raw.forEach((item, i) => {
    const path = `planReferences[${i}]`;
    if (!isRecord(item)) {
      issues.add(number, path, `Riferimento al Piano ${shown(item)} ignorato: atteso un oggetto { code, text }`);
      return;
    }
    issues.unknownFields(item, PLAN_REFERENCE_FIELDS, number, path);
    references.push({
      code: requiredText(item.code, 'Codice del riferimento al Piano', number, `${path}.code`, issues),
      text: optionalText(item.text, 'Testo del riferimento al Piano', number, `${path}.text`, issues) ?? '',
    });
  });
  return references;
}

function readIndicators(raw: unknown, number: number, issues: IssueList): Indicator[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    const reason = isBlank(raw) || Array.isArray(raw) ? 'nessun indicatore' : `atteso un elenco, trovato ${typeName(raw)}`;
    issues.add(number, 'indicators', `Obiettivo ${number} senza indicatori (${reason}): da completare`);
    return [];
  }
  const indicators: Indicator[] = [];
  raw.forEach((item, i) => {
    const path = `indicators[${i}]`;
    if (!isRecord(item)) {
      issues.add(number, path, `Indicatore in posizione ${i + 1} ignorato: atteso un oggetto, trovato ${typeName(item)}`);
      return;
    }
    indicators.push(readIndicator(item, number, path, issues));
  });
  return indicators;
}

function readIndicator(raw: JsonRecord, number: number, path: string, issues: IssueList): Indicator {
  issues.unknownFields(raw, INDICATOR_FIELDS, number, path);
  const indicator: Indicator = {
    name: requiredText(raw.name, 'Nome dell\'indicatore', number, `${path}.name`, issues),
    target: readTargetText(raw.target, 'Target', number, `${path}.target`, issues),
  };
  assign(indicator, 'revision', readRevision(raw.revision, number, `${path}.revision`, issues));
  assign(indicator, 'baseline', issues.take(readNumber(raw.baseline, 'Baseline'), number, `${path}.baseline`));
  assign(indicator, 'threshold', issues.take(readFraction(raw.threshold, 'Soglia'), number, `${path}.threshold`));
  const actual = issues.take(readCellInput(raw.actual, 'Risultato'), number, `${path}.actual`);
  if (actual !== undefined && actual !== null) {
    const problem = actualProblem(actual);
    if (problem !== null) issues.add(number, `${path}.actual`, problem);
    indicator.actual = actual;
  }
  assign(indicator, 'weight', issues.take(readNumber(raw.weight, 'Peso', { min: 0 }), number, `${path}.weight`));
  if (raw.neutralised !== undefined && raw.neutralised !== null) {
    if (typeof raw.neutralised === 'boolean') indicator.neutralised = raw.neutralised;
    else issues.add(number, `${path}.neutralised`, `Neutralizzato ${shown(raw.neutralised)} non valido: atteso true o false`);
  }
  assign(indicator, 'notes', optionalText(raw.notes, 'Note', number, `${path}.notes`, issues));
  return indicator;
}

/** A target as written; numbers are accepted as text (`700` = at least 700); an unparseable one is kept and listed. */
function readTargetText(raw: unknown, label: string, number: number, field: string, issues: IssueList): string {
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (isBlank(raw)) {
    issues.add(number, field, `${label} mancante: da completare`);
    return '';
  }
  if (typeof raw !== 'string') {
    issues.add(number, field, `${label}: valore ${shown(raw)} non valido: atteso un testo come "≥ 8" o "entro 31/07/2022", trovato ${typeName(raw)}`);
    return '';
  }
  const problem = targetProblem(raw, label);
  if (problem !== null) issues.add(number, field, problem);
  return raw;
}

function readRevision(value: unknown, number: number, path: string, issues: IssueList): TargetRevision | undefined {
  const raw = issues.optionalRecord(value, REVISION_FIELDS, number, path, () => `Revisione del target ${shown(value)} ignorata: atteso un oggetto { original, revised, reason }`);
  if (!raw) return undefined;
  const revision: TargetRevision = {
    original: readTargetText(raw.original, 'Target originale', number, `${path}.original`, issues),
    revised: readTargetText(raw.revised, 'Target rivisto', number, `${path}.revised`, issues),
    reason: optionalText(raw.reason, 'Motivo della revisione', number, `${path}.reason`, issues) ?? '',
  };
  if (revision.reason === '') issues.add(number, `${path}.reason`, 'Target rivisto senza motivo della revisione: da completare');
  assign(revision, 'date', issues.take(readIsoDate(raw.date, 'Data della revisione'), number, `${path}.date`));
  return revision;
}

function readOiv(value: unknown, number: number, issues: IssueList): OivEvaluation | undefined {
  const raw = issues.optionalRecord(value, OIV_FIELDS, number, 'oiv', () => `Valutazione OIV ${shown(value)} ignorata: atteso un oggetto { score, text }`);
  if (!raw) return undefined;
  const score = issues.take(readScore(raw.score, 'Valutazione OIV'), number, 'oiv.score');
  const text = optionalText(raw.text, 'Testo della valutazione OIV', number, 'oiv.text', issues) ?? '';
  if (score === undefined) {
    if (isBlank(raw.score)) issues.add(number, 'oiv.score', 'Valutazione OIV senza punteggio: da completare');
    return undefined;
  }
  return { score, text };
}

const STATUSES: readonly Status[] = ['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile'];
const STATED_VERDICT_FIELDS: Record<keyof StatedVerdict, true> = { status: true, text: true };

/** The report's own verdict: a status word (any case) and the words as written. */
function readStatedVerdict(value: unknown, number: number, issues: IssueList): StatedVerdict | undefined {
  const raw = issues.optionalRecord(value, STATED_VERDICT_FIELDS, number, 'statedVerdict', () => `Esito dichiarato ${shown(value)} ignorato: atteso un oggetto { status, text }`);
  if (!raw) return undefined;
  const status = typeof raw.status === 'string' ? STATUSES.find((s) => s.toLowerCase() === (raw.status as string).trim().toLowerCase()) : undefined;
  if (status === undefined) {
    issues.add(number, 'statedVerdict.status', `Esito dichiarato ${shown(raw.status)} non valido: ammessi ${STATUSES.join(', ')}`);
    return undefined;
  }
  return { status, text: optionalText(raw.text, 'Esito dichiarato (testo)', number, 'statedVerdict.text', issues) ?? '' };
}

function readNeutralisation(value: unknown, number: number, issues: IssueList): Neutralisation | undefined {
  const raw = issues.optionalRecord(value, NEUTRALISATION_FIELDS, number, 'neutralisation', () => `Neutralizzazione ${shown(value)} ignorata: atteso un oggetto { reason }`);
  if (!raw) return undefined;
  const reason = optionalText(raw.reason, 'Motivo della neutralizzazione', number, 'neutralisation.reason', issues) ?? '';
  if (reason === '') issues.add(number, 'neutralisation.reason', 'Obiettivo neutralizzato senza motivo: da completare');
  return { reason };
}

function readFund(value: unknown, issues: IssueList): FundSettings | undefined {
  const raw = issues.optionalRecord(value, FUND_FIELDS, null, 'fund', () => `Impostazioni del fondo ${shown(value)} ignorate: atteso un oggetto { total, threshold }`);
  if (!raw) return undefined;
  const fund: FundSettings = {};
  assign(fund, 'total', issues.take(readNumber(raw.total, 'Totale del fondo', { min: 0 }), null, 'fund.total'));
  assign(fund, 'threshold', issues.take(readFraction(raw.threshold, 'Soglia di pagamento'), null, 'fund.threshold'));
  return fund;
}

function readCutoffs(value: unknown, issues: IssueList): StatusCutoffs | undefined {
  const raw = issues.optionalRecord(value, CUTOFF_FIELDS, null, 'cutoffs', () => `Soglie di esito ${shown(value)} ignorate: atteso un oggetto { achievedFrom, partialFrom }`);
  if (!raw) return undefined;
  const achievedFrom = issues.take(readFraction(raw.achievedFrom, 'Soglia "Raggiunto"'), null, 'cutoffs.achievedFrom');
  const partialFrom = issues.take(readFraction(raw.partialFrom, 'Soglia "Parzialmente raggiunto"'), null, 'cutoffs.partialFrom');
  if (achievedFrom === undefined || partialFrom === undefined) {
    if (isBlank(raw.achievedFrom)) issues.add(null, 'cutoffs.achievedFrom', 'Soglia "Raggiunto" mancante: si usano le soglie predefinite');
    if (isBlank(raw.partialFrom)) issues.add(null, 'cutoffs.partialFrom', 'Soglia "Parzialmente raggiunto" mancante: si usano le soglie predefinite');
    return undefined;
  }
  if (partialFrom > achievedFrom) {
    issues.add(null, 'cutoffs', `Soglie di esito incoerenti: "Parzialmente raggiunto" (${partialFrom}) supera "Raggiunto" (${achievedFrom}); si usano le soglie predefinite`);
    return undefined;
  }
  return { achievedFrom, partialFrom };
}

function readNotes(raw: unknown, issues: IssueList): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return [raw];
  if (!Array.isArray(raw)) {
    issues.add(null, 'notes', `Note ${shown(raw)} ignorate: atteso un elenco di testi`);
    return undefined;
  }
  const notes: string[] = [];
  raw.forEach((note, i) => {
    if (typeof note === 'string') notes.push(note);
    else issues.add(null, `notes[${i}]`, `Nota ${shown(note)} ignorata: atteso un testo, trovato ${typeName(note)}`);
  });
  return notes;
}

/** A text field that must be present: missing or wrong type is listed and yields ''. */
function requiredText(raw: unknown, label: string, objective: number | null, field: string, issues: IssueList): string {
  if (isBlank(raw)) {
    issues.add(objective, field, `${label} mancante: da completare`);
    return '';
  }
  return optionalText(raw, label, objective, field, issues) ?? '';
}

/** An optional text field: blank -> undefined, a number is taken as its text, other types are listed. */
function optionalText(raw: unknown, label: string, objective: number | null, field: string, issues: IssueList): string | undefined {
  if (isBlank(raw)) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  issues.add(objective, field, `${label}: valore ${shown(raw)} non valido: atteso un testo, trovato ${typeName(raw)}`);
  return undefined;
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Sets an optional field only when it has a value, so absent stays absent (round trips compare equal). */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
