// The columns of a CSV of indicators: what each holds, its Italian and English headers, and how a header is matched.
// Headers are matched in Italian or English, ignoring case, accents, punctuation and spacing.
import type { Objective } from '../../core/model';
import { OBJECTIVE_SCHEMA, type ObjectiveSchema, type ValueField } from '../../workbook/objective-schema';
import { plainFields, type Handled } from '../schema-fields';

/** What a CSV column holds: a column of its own, or a field the schema lists (by its key; `<key>Text` for its words). */
export type CsvField = OwnField | string;

type OwnField =
  | 'reportTitle' | 'year'
  | 'number' | 'title' | 'planReferences' | 'kind' | 'kindText' | 'description' | 'benefits'
  | 'objectiveWeight' | 'allocatedAmount' | 'oivScore' | 'oivText' | 'resultsText' | 'neutralisation' | 'objectiveNotes'
  | 'indicator' | 'target' | 'revisedTarget' | 'revisionReason' | 'revisionDate' | 'baseline' | 'threshold'
  | 'actual' | 'previousValue' | 'weight' | 'indicatorNeutralised' | 'notes';

export interface CsvColumn {
  field: CsvField;
  /** Header written by reportToCsvRows. */
  italian: string;
  english: string;
  /** Further headers accepted on import, already in normalised form. */
  aliases: readonly string[];
}

/** Objective fields with CSV columns of their own, below; every other field of the schema gets its label as its column. */
export const CSV_HANDLED: Handled = new Set([
  'number', 'title', 'planReferences', 'kind', 'description', 'benefits', 'weight', 'allocatedAmount', 'oivScore', 'oivText',
  'neutralisation', 'resultsText', 'notes',
]);

/** The columns of its own, in the order they are written; the brief's Italian headers come first. */
const OWN_COLUMNS: readonly CsvColumn[] = [
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
  { field: 'previousValue', italian: 'Valore anno precedente', english: 'Previous year value', aliases: ['anno precedente', 'valore precedente', 'previous value'] },
  { field: 'indicatorNeutralised', italian: 'Indicatore neutralizzato', english: 'Indicator neutralised', aliases: ['indicator neutralized'] },
  { field: 'neutralisation', italian: 'Neutralizzazione', english: 'Neutralisation', aliases: ['motivo neutralizzazione', 'neutralization', 'neutralisation reason', 'neutralization reason'] },
  { field: 'objectiveNotes', italian: 'Note obiettivo', english: 'Objective notes', aliases: [] },
  { field: 'year', italian: 'Anno', english: 'Year', aliases: ['anno relazione', 'report year'] },
  { field: 'reportTitle', italian: 'Relazione', english: 'Report', aliases: ['titolo relazione', 'report title'] },
];

/** The schema's plain field and, where it keeps the report's words beside it, a second column for those. */
function plainColumns(field: ValueField<Objective>): CsvColumn[] {
  const columns = [{ field: field.key, italian: field.label.it, english: field.label.en, aliases: [] }];
  if (field.detail) columns.push({ field: `${field.key}Text`, italian: `${field.label.it} (testo)`, english: `${field.label.en} (text)`, aliases: [] });
  return columns;
}

/** Every column a CSV of this schema has, in the order they are written. */
export function csvColumns(schema: ObjectiveSchema = OBJECTIVE_SCHEMA): readonly CsvColumn[] {
  const plain = plainFields(CSV_HANDLED, schema).flatMap(plainColumns);
  const objectiveNotes = OWN_COLUMNS.findIndex((column) => column.field === 'objectiveNotes');
  return [...OWN_COLUMNS.slice(0, objectiveNotes + 1), ...plain, ...OWN_COLUMNS.slice(objectiveNotes + 1)];
}

export const CSV_COLUMNS = csvColumns();

/** Fields that belong to the objective and are repeated on each of its rows. */
const OWN_OBJECTIVE_FIELDS: readonly OwnField[] = [
  'title', 'planReferences', 'kind', 'kindText', 'description', 'benefits', 'objectiveWeight', 'allocatedAmount',
  'oivScore', 'oivText', 'resultsText', 'neutralisation', 'objectiveNotes',
];

export function objectiveCsvFields(schema: ObjectiveSchema = OBJECTIVE_SCHEMA): readonly CsvField[] {
  return [...OWN_OBJECTIVE_FIELDS, ...plainFields(CSV_HANDLED, schema).flatMap((field) => plainColumns(field).map((column) => column.field))];
}

export const INDICATOR_FIELDS = [
  'indicator', 'target', 'revisedTarget', 'revisionReason', 'revisionDate', 'baseline', 'threshold', 'actual', 'weight',
  'indicatorNeutralised', 'notes', 'previousValue',
] as const satisfies readonly OwnField[];

/** Lower case, no accents, punctuation and runs of spaces as one space: "Peso  Obiettivo (€)" -> "peso obiettivo". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function fieldsByHeader(columns: readonly CsvColumn[]): ReadonlyMap<string, CsvField> {
  return new Map(columns.flatMap((column) => [column.italian, column.english, ...column.aliases].map((header) => [normaliseHeader(header), column.field] as const)));
}

const FIELD_BY_HEADER = fieldsByHeader(CSV_COLUMNS);

/** The field a header names, or null for a column this import does not know. */
export function csvFieldOfHeader(header: string, schema?: ObjectiveSchema): CsvField | null {
  const normalised = normaliseHeader(header);
  // "N", "N°", "No", "#" all normalise to a bare number sign or nothing.
  if (normalised === 'n' || normalised === 'no') return 'number';
  return (schema === undefined ? FIELD_BY_HEADER : fieldsByHeader(csvColumns(schema))).get(normalised) ?? null;
}

/** The non-blank cells of one CSV row, by field. */
export type Cells = Partial<Record<CsvField, string>>;

/** The Italian header of a field, the name messages give it. */
export function headerOf(field: CsvField, schema?: ObjectiveSchema): string {
  return (schema === undefined ? CSV_COLUMNS : csvColumns(schema)).find((column) => column.field === field)?.italian ?? field;
}

