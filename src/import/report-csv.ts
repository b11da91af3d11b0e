// A report as rows of a CSV of indicators: one row per indicator, the objective's columns repeated on each row.
// Headers are matched in Italian or English, ignoring case, accents, punctuation and spacing.
import type { ImportIssue } from './issue';
import {
  actualProblem,
  readFraction,
  readIsoDate,
  readNumber,
  readScore,
  targetProblem,
  type Read,
} from './field-values';
import type { Indicator, Objective, ObjectiveKind, PlanReference, Report } from '../core/model';
import { ReportFormatError } from './report-format-error';
import type { ReportImport } from './report-json';

/** What a CSV column holds. */
export type CsvField =
  | 'reportTitle' | 'year'
  | 'number' | 'title' | 'planReferences' | 'kind' | 'kindText' | 'description' | 'benefits'
  | 'objectiveWeight' | 'allocatedAmount' | 'oivScore' | 'oivText' | 'resultsText' | 'neutralisation' | 'objectiveNotes'
  | 'indicator' | 'target' | 'revisedTarget' | 'revisionReason' | 'revisionDate' | 'baseline' | 'threshold'
  | 'actual' | 'weight' | 'indicatorNeutralised' | 'notes';

export interface CsvColumn {
  field: CsvField;
  /** Header written by reportToCsvRows. */
  italian: string;
  english: string;
  /** Further headers accepted on import, already in normalised form. */
  aliases: readonly string[];
}

/** The columns in the order they are written; the brief's Italian headers come first. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { field: 'number', italian: 'N.', english: 'No.', aliases: ['numero', 'n obiettivo', 'numero obiettivo', 'nr', 'number', 'objective number', 'objective no'] },
  { field: 'title', italian: 'Obiettivo', english: 'Objective', aliases: ['titolo', 'titolo obiettivo', 'title', 'objective title'] },
  { field: 'planReferences', italian: 'Riferimento Piano', english: 'Plan reference', aliases: ['riferimenti piano', 'riferimento piano performance', 'riferimento obiettivi piano performance', 'plan references'] },
  { field: 'kind', italian: 'Tipo', english: 'Kind', aliases: ['tipologia', 'type'] },
  { field: 'description', italian: 'Descrizione', english: 'Description', aliases: [] },
  { field: 'benefits', italian: 'Benefici', english: 'Benefits', aliases: ['benefici attesi', 'benefici miglioramenti attesi', 'expected benefits'] },
  { field: 'objectiveWeight', italian: 'Peso obiettivo', english: 'Objective weight', aliases: [] },
  { field: 'allocatedAmount', italian: 'Importo stanziato', english: 'Allocated amount', aliases: ['importo', 'importo stanziato euro', 'amount'] },
  { field: 'indicator', italian: 'Indicatore', english: 'Indicator', aliases: ['nome indicatore', 'indicator name'] },
  { field: 'target', italian: 'Target', english: 'Target', aliases: ['target originale', 'original target'] },
  { field: 'revisedTarget', italian: 'Target rivisto', english: 'Revised target', aliases: ['target revisionato'] },
  { field: 'revisionReason', italian: 'Motivo revisione', english: 'Revision reason', aliases: ['motivo della revisione', 'reason for revision'] },
  { field: 'baseline', italian: 'Baseline', english: 'Baseline', aliases: ['valore di partenza'] },
  { field: 'threshold', italian: 'Soglia', english: 'Threshold', aliases: [] },
  { field: 'actual', italian: 'Risultato', english: 'Actual', aliases: ['result', 'consuntivo'] },
  { field: 'weight', italian: 'Peso', english: 'Weight', aliases: ['peso indicatore', 'indicator weight'] },
  { field: 'notes', italian: 'Note', english: 'Notes', aliases: ['note indicatore', 'indicator notes'] },
  { field: 'oivScore', italian: 'Valutazione OIV', english: 'OIV score', aliases: ['punteggio oiv', 'oiv', 'valutazione o i v', 'oiv evaluation'] },
  { field: 'oivText', italian: 'Testo OIV', english: 'OIV text', aliases: ['testo valutazione oiv', 'testo o i v'] },
  // Columns beyond the brief's list, so that a whole report (kind sentence, results prose, neutralisation) survives a round trip.
  { field: 'kindText', italian: 'Tipo (testo)', english: 'Kind text', aliases: ['descrizione tipo', 'azione progetto o nuova mantenimento'] },
  { field: 'resultsText', italian: 'Testo risultati', english: 'Results text', aliases: [] },
  { field: 'revisionDate', italian: 'Data revisione', english: 'Revision date', aliases: [] },
  { field: 'indicatorNeutralised', italian: 'Indicatore neutralizzato', english: 'Indicator neutralised', aliases: ['indicator neutralized'] },
  { field: 'neutralisation', italian: 'Neutralizzazione', english: 'Neutralisation', aliases: ['motivo neutralizzazione', 'neutralization', 'neutralisation reason', 'neutralization reason'] },
  { field: 'objectiveNotes', italian: 'Note obiettivo', english: 'Objective notes', aliases: [] },
  { field: 'year', italian: 'Anno', english: 'Year', aliases: ['anno relazione', 'report year'] },
  { field: 'reportTitle', italian: 'Relazione', english: 'Report', aliases: ['titolo relazione', 'report title'] },
];

/** Fields that belong to the objective and are repeated on each of its rows. */
const OBJECTIVE_FIELDS = [
  'title', 'planReferences', 'kind', 'kindText', 'description', 'benefits', 'objectiveWeight', 'allocatedAmount',
  'oivScore', 'oivText', 'resultsText', 'neutralisation', 'objectiveNotes',
] as const satisfies readonly CsvField[];
type ObjectiveField = (typeof OBJECTIVE_FIELDS)[number];

const INDICATOR_FIELDS = [
  'indicator', 'target', 'revisedTarget', 'revisionReason', 'revisionDate', 'baseline', 'threshold', 'actual', 'weight',
  'indicatorNeutralised', 'notes',
] as const satisfies readonly CsvField[];

/** Lower case, no accents, punctuation and runs of spaces as one space: "Peso  Obiettivo (€)" -> "peso obiettivo". */
function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FIELD_BY_HEADER: ReadonlyMap<string, CsvField> = new Map(
  CSV_COLUMNS.flatMap((column) =>
    [column.italian, column.english, ...column.aliases].map((header) => [normaliseHeader(header), column.field] as const),
  ),
);

/** The field a header names, or null for a column this import does not know. */
export function csvFieldOfHeader(header: string): CsvField | null {
  const normalised = normaliseHeader(header);
  // "N", "N°", "No", "#" all normalise to a bare number sign or nothing.
  if (normalised === 'n' || normalised === 'no') return 'number';
  return FIELD_BY_HEADER.get(normalised) ?? null;
}

export interface CsvImportOptions {
  /** Report title when the CSV has no "Relazione" column. */
  title?: string;
  /** Report year when the CSV has no "Anno" column. */
  year?: number;
}

type Cells = Partial<Record<CsvField, string>>;

/** An objective's repeated cells, as first seen, with the row they came from. */
interface ObjectiveDraft {
  number: number;
  cells: Partial<Record<ObjectiveField, { value: string; row: number }>>;
  indicators: Indicator[];
}

/**
 * Builds a report from CSV rows keyed by header. Row numbers in messages count the header as row 1.
 * Throws ReportFormatError only when no header names an objective or indicator column.
 */
export function reportFromCsvRows(rows: ReadonlyArray<Record<string, string>>, options: CsvImportOptions = {}): ReportImport {
  const issues: ImportIssue[] = [];
  const headers = uniqueHeaders(rows);
  const fieldOf = mapHeaders(headers, issues);
  const mapped = new Set(fieldOf.values());
  if (rows.length > 0 && !mapped.has('number') && !mapped.has('title') && !mapped.has('indicator')) {
    throw new ReportFormatError(
      'no-columns',
      `Il CSV non è un elenco di indicatori: nessuna colonna riconosciuta tra ${headers.map((h) => `"${h}"`).join(', ')}; servono almeno "N." o "Obiettivo" e "Indicatore"`,
      `The CSV is not a list of indicators: none of its columns is known; at least "No." or "Objective" and "Indicator" are needed`,
    );
  }

  const reportCells: { title?: { value: string; row: number }; year?: { value: string; row: number } } = {};
  const drafts = new Map<number, ObjectiveDraft>();
  let current: ObjectiveDraft | undefined;

  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const cells = cellsOf(row, fieldOf);
    if (Object.keys(cells).length === 0) return;
    keepFirst(reportCells, 'title', cells.reportTitle, rowNumber, null, 'title', 'Relazione', issues);
    keepFirst(reportCells, 'year', cells.year, rowNumber, null, 'year', 'Anno', issues);

    const draft = draftForRow(cells, rowNumber, drafts, current, issues);
    if (draft === undefined) return;
    current = draft;
    for (const field of OBJECTIVE_FIELDS) {
      keepFirst(draft.cells, field, cells[field], rowNumber, draft.number, field, headerOf(field), issues);
    }
    if (INDICATOR_FIELDS.some((field) => cells[field] !== undefined)) {
      draft.indicators.push(readIndicatorRow(cells, rowNumber, draft.number, draft.indicators.length, issues));
    }
  });

  if (drafts.size === 0) issues.push({ objective: null, field: 'objectives', message: 'Il CSV non contiene obiettivi: da completare' });
  const objectives = [...drafts.values()].map((draft) => finishObjective(draft, issues));
  const report: Report = {
    title: reportCells.title?.value ?? options.title ?? '',
    year: readReportYear(reportCells.year, options.year, issues),
    objectives,
  };
  if (report.title === '') issues.push({ objective: null, field: 'title', message: 'Titolo della Relazione mancante (colonna "Relazione"): da completare' });
  return { report, incomplete: issues };
}

/** The rows of a report, one per indicator, with Italian headers in CSV_COLUMNS order. */
export function reportToCsvRows(report: Report): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const objective of report.objectives) {
    const indicators: ReadonlyArray<Indicator | undefined> = objective.indicators.length > 0 ? objective.indicators : [undefined];
    for (const indicator of indicators) {
      const cells = { ...objectiveCells(report, objective), ...(indicator ? indicatorCells(indicator) : {}) };
      const row: Record<string, string> = {};
      for (const column of CSV_COLUMNS) row[column.italian] = cells[column.field] ?? '';
      rows.push(row);
    }
  }
  return rows;
}

function objectiveCells(report: Report, objective: Objective): Cells {
  return {
    reportTitle: report.title,
    year: String(report.year),
    number: String(objective.number),
    title: objective.title,
    planReferences: objective.planReferences.map((ref) => (ref.text ? `${ref.code} - ${ref.text}` : ref.code)).join('\n'),
    kind: objective.kind,
    kindText: objective.kindText,
    description: objective.description,
    benefits: objective.benefits,
    objectiveWeight: numberCell(objective.weight),
    allocatedAmount: numberCell(objective.allocatedAmount),
    oivScore: numberCell(objective.oiv?.score),
    oivText: objective.oiv?.text,
    resultsText: objective.resultsText,
    neutralisation: objective.neutralisation?.reason,
    objectiveNotes: objective.notes,
  };
}

function indicatorCells(indicator: Indicator): Cells {
  return {
    indicator: indicator.name,
    target: indicator.target,
    revisedTarget: indicator.revision?.revised,
    revisionReason: indicator.revision?.reason,
    revisionDate: indicator.revision?.date,
    baseline: numberCell(indicator.baseline),
    threshold: numberCell(indicator.threshold),
    actual: actualCell(indicator.actual),
    weight: numberCell(indicator.weight),
    indicatorNeutralised: indicator.neutralised === undefined ? undefined : indicator.neutralised ? 'SI' : 'NO',
    notes: indicator.notes,
  };
}

/** Numbers in Italian style without grouping (`0,5`), so both Italian and English readers take them back. */
function numberCell(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value).replace('.', ',');
}

function actualCell(actual: Indicator['actual']): string | undefined {
  if (actual === undefined || actual === null) return undefined;
  if (typeof actual === 'boolean') return actual ? 'SI' : 'NO';
  if (typeof actual === 'number') return numberCell(actual);
  return actual;
}

function uniqueHeaders(rows: ReadonlyArray<Record<string, string>>): string[] {
  const headers = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) headers.add(key);
  return [...headers];
}

function mapHeaders(headers: readonly string[], issues: ImportIssue[]): Map<string, CsvField> {
  const fieldOf = new Map<string, CsvField>();
  const headerOfField = new Map<CsvField, string>();
  for (const header of headers) {
    if (header.trim() === '') continue;
    const field = csvFieldOfHeader(header);
    if (field === null) {
      issues.push({ objective: null, field: header, message: `Colonna sconosciuta "${header}" ignorata` });
      continue;
    }
    const earlier = headerOfField.get(field);
    if (earlier !== undefined) {
      issues.push({ objective: null, field: header, message: `Colonna "${header}" ignorata: ripete la colonna "${earlier}"` });
      continue;
    }
    headerOfField.set(field, header);
    fieldOf.set(header, field);
  }
  return fieldOf;
}

/** The non-blank cells of a row, trimmed, by field. */
function cellsOf(row: Record<string, string>, fieldOf: ReadonlyMap<string, CsvField>): Cells {
  const cells: Cells = {};
  for (const [header, field] of fieldOf) {
    const value = row[header];
    if (typeof value === 'string' && value.trim() !== '') cells[field] = value.trim();
  }
  return cells;
}

/** The objective a row belongs to: by its N., by a known title, or the previous objective for a continuation row. */
function draftForRow(
  cells: Cells,
  rowNumber: number,
  drafts: Map<number, ObjectiveDraft>,
  current: ObjectiveDraft | undefined,
  issues: ImportIssue[],
): ObjectiveDraft | undefined {
  if (cells.number !== undefined) {
    const number = objectiveNumber(cells.number);
    if (number !== null) return draftFor(number, drafts);
    issues.push({ objective: null, field: 'number', message: `Riga ${rowNumber}: N. "${cells.number}" non valido: atteso un numero intero da 1 in su; riga ignorata` });
    return undefined;
  }
  if (cells.title !== undefined) {
    const byTitle = [...drafts.values()].find((draft) => sameText(draft.cells.title?.value, cells.title));
    if (byTitle !== undefined) return byTitle;
    const number = Math.max(0, ...drafts.keys()) + 1;
    issues.push({ objective: number, field: 'number', message: `Riga ${rowNumber}: N. mancante per l'obiettivo "${cells.title}": assegnato provvisoriamente ${number}, da verificare` });
    return draftFor(number, drafts);
  }
  if (current !== undefined) return current;
  issues.push({ objective: null, field: 'number', message: `Riga ${rowNumber}: né N. né Obiettivo, e nessun obiettivo nelle righe precedenti; riga ignorata` });
  return undefined;
}

function draftFor(number: number, drafts: Map<number, ObjectiveDraft>): ObjectiveDraft {
  let draft = drafts.get(number);
  if (draft === undefined) {
    draft = { number, cells: {}, indicators: [] };
    drafts.set(number, draft);
  }
  return draft;
}

/** "3", "3,0", "N. 3", "Obiettivo 3" -> 3. */
function objectiveNumber(text: string): number | null {
  const match = /^(?:[^\d]*\s)?(\d+)(?:[.,]0+)?$/.exec(text.trim()) ?? /^(?:n\.?|n°|nr\.?)\s*(\d+)$/i.exec(text.trim());
  if (match === null) return null;
  const number = Number(match[1]);
  return number >= 1 ? number : null;
}

/** Keeps the first non-blank value of a repeated cell; a different later value is listed, not used. */
function keepFirst<K extends string>(
  store: Partial<Record<K, { value: string; row: number }>>,
  key: K,
  value: string | undefined,
  rowNumber: number,
  objective: number | null,
  field: string,
  header: string,
  issues: ImportIssue[],
): void {
  if (value === undefined) return;
  const first = store[key];
  if (first === undefined) {
    store[key] = { value, row: rowNumber };
  } else if (!sameText(first.value, value)) {
    issues.push({
      objective,
      field,
      message: `Riga ${rowNumber}: ${header} "${abbreviate(value)}" diverso da "${abbreviate(first.value)}" della riga ${first.row}; si usa quello della riga ${first.row}`,
    });
  }
}

function readIndicatorRow(cells: Cells, rowNumber: number, objective: number, position: number, issues: ImportIssue[]): Indicator {
  const path = `indicators[${position}]`;
  const at = (field: string, message: string): void => {
    issues.push({ objective, field: `${path}.${field}`, message: `Riga ${rowNumber}: ${message}` });
  };
  const take = <T>(read: Read<T>, field: string): T | undefined => {
    if (read.ok) return read.value;
    at(field, read.message);
    return undefined;
  };

  const indicator: Indicator = { name: cells.indicator ?? '', target: cells.target ?? '' };
  if (cells.indicator === undefined) at('name', "Nome dell'indicatore mancante: da completare");
  if (cells.target === undefined) at('target', 'Target mancante: da completare');
  else checkTarget(cells.target, 'Target', 'target', at);

  if (cells.revisedTarget !== undefined) {
    checkTarget(cells.revisedTarget, 'Target rivisto', 'revision.revised', at);
    indicator.revision = { original: indicator.target, revised: cells.revisedTarget, reason: cells.revisionReason ?? '' };
    if (cells.revisionReason === undefined) at('revision.reason', 'Target rivisto senza motivo della revisione: da completare');
    const date = take(readIsoDate(cells.revisionDate, 'Data della revisione'), 'revision.date');
    if (date !== undefined) indicator.revision.date = date;
  } else if (cells.revisionReason !== undefined || cells.revisionDate !== undefined) {
    at('revision.revised', 'Motivo o data della revisione senza "Target rivisto": revisione ignorata, da completare');
  }

  const baseline = take(readNumber(cells.baseline, 'Baseline'), 'baseline');
  if (baseline !== undefined) indicator.baseline = baseline;
  const threshold = take(readFraction(cells.threshold, 'Soglia'), 'threshold');
  if (threshold !== undefined) indicator.threshold = threshold;
  if (cells.actual !== undefined) {
    indicator.actual = cells.actual;
    const problem = actualProblem(cells.actual);
    if (problem !== null) at('actual', problem);
  }
  const weight = take(readNumber(cells.weight, 'Peso', { min: 0 }), 'weight');
  if (weight !== undefined) indicator.weight = weight;
  if (cells.indicatorNeutralised !== undefined) {
    const neutralised = yesNo(cells.indicatorNeutralised);
    if (neutralised === null) at('neutralised', `Indicatore neutralizzato "${cells.indicatorNeutralised}" non valido: atteso SI o NO`);
    else indicator.neutralised = neutralised;
  }
  if (cells.notes !== undefined) indicator.notes = cells.notes;
  return indicator;
}

function checkTarget(text: string, label: string, field: string, at: (field: string, message: string) => void): void {
  const problem = targetProblem(text, label);
  if (problem !== null) at(field, problem);
}

function finishObjective(draft: ObjectiveDraft, issues: ImportIssue[]): Objective {
  const { number, cells } = draft;
  const at = (field: string, row: number | undefined, message: string): void => {
    issues.push({ objective: number, field, message: row === undefined ? message : `Riga ${row}: ${message}` });
  };
  const take = <T>(field: ObjectiveField, modelField: string, read: (raw: string) => Read<T>): T | undefined => {
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
  if (cells.title === undefined) at('title', undefined, `Titolo dell'obiettivo ${number} mancante (colonna "Obiettivo"): da completare`);
  if (draft.indicators.length === 0) at('indicators', undefined, `Obiettivo ${number} senza indicatori: da completare`);

  const kind = take('kind', 'kind', readKind);
  if (kind !== undefined) objective.kind = kind;
  if (cells.kindText) objective.kindText = cells.kindText.value;
  if (cells.description) objective.description = cells.description.value;
  if (cells.benefits) objective.benefits = cells.benefits.value;
  const weight = take('objectiveWeight', 'weight', (raw) => readNumber(raw, 'Peso obiettivo', { min: 0 }));
  if (weight !== undefined) objective.weight = weight;
  const amount = take('allocatedAmount', 'allocatedAmount', (raw) => readNumber(raw, 'Importo stanziato', { min: 0 }));
  if (amount !== undefined) objective.allocatedAmount = amount;

  const score = take('oivScore', 'oiv.score', (raw) => readScore(raw, 'Valutazione OIV'));
  if (score !== undefined) objective.oiv = { score, text: cells.oivText?.value ?? '' };
  else if (cells.oivText !== undefined && cells.oivScore === undefined) {
    at('oiv.score', cells.oivText.row, 'Testo OIV senza Valutazione OIV (punteggio): da completare');
  }
  if (cells.resultsText) objective.resultsText = cells.resultsText.value;
  if (cells.neutralisation) objective.neutralisation = { reason: cells.neutralisation.value };
  if (cells.objectiveNotes) objective.notes = cells.objectiveNotes.value;
  return objective;
}

const PLAN_CODE = /^(?:[-•*]\s*)?(?:obiettivo(?:\s+(?:operativo|strategico|di\s+ente))?\s+)?([A-Z]{1,3}\d{1,3}(?:\.\d{1,3})*)\b\s*(?:[-–—:]\s*)?(.*)$/i;

/** "E02 - TEXT" per line (or separated by " | "): code and text; a line without a code is listed. */
function planReferencesOf(cell: string, objective: number, row: number, issues: ImportIssue[]): PlanReference[] {
  const lines = cell.split(/\r?\n|\s\|\s/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.map((line, i) => {
    const match = PLAN_CODE.exec(line);
    if (match === null) {
      issues.push({
        objective,
        field: `planReferences[${i}].code`,
        message: `Riga ${row}: Riferimento al Piano "${abbreviate(line)}" senza codice riconoscibile (es. "E02.01 - testo"): da completare`,
      });
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
  return { ok: false, message: `Tipo "${abbreviate(raw)}" non valido: ammessi nuovo, mantenimento, straordinario` };
}

function readReportYear(cell: { value: string; row: number } | undefined, fallback: number | undefined, issues: ImportIssue[]): number {
  if (cell === undefined) {
    if (fallback !== undefined) return fallback;
    issues.push({ objective: null, field: 'year', message: 'Anno della Relazione mancante (colonna "Anno"): da completare' });
    return 0;
  }
  const read = readNumber(cell.value, 'Anno', { min: 1900, max: 2200 });
  if (read.ok && read.value !== undefined && Number.isInteger(read.value)) return read.value;
  const reason = read.ok ? `Anno "${cell.value}" non valido: deve essere un numero intero` : read.message;
  issues.push({ objective: null, field: 'year', message: `Riga ${cell.row}: ${reason}` });
  return fallback ?? 0;
}

function yesNo(text: string): boolean | null {
  const word = normaliseHeader(text);
  if (['si', 'yes', 'true', 'vero', 'x', '1'].includes(word)) return true;
  if (['no', 'false', 'falso', '0'].includes(word)) return false;
  return null;
}

function headerOf(field: CsvField): string {
  return CSV_COLUMNS.find((column) => column.field === field)?.italian ?? field;
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  const squash = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  return squash(a) === squash(b);
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

