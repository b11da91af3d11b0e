// The columns of a CSV of indicators: what each holds, its Italian and English headers, and how a header is matched.
// Headers are matched in Italian or English, ignoring case, accents, punctuation and spacing.
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
export const OBJECTIVE_FIELDS = [
  'title', 'planReferences', 'kind', 'kindText', 'description', 'benefits', 'objectiveWeight', 'allocatedAmount',
  'oivScore', 'oivText', 'resultsText', 'neutralisation', 'objectiveNotes',
] as const satisfies readonly CsvField[];
export type ObjectiveField = (typeof OBJECTIVE_FIELDS)[number];

export const INDICATOR_FIELDS = [
  'indicator', 'target', 'revisedTarget', 'revisionReason', 'revisionDate', 'baseline', 'threshold', 'actual', 'weight',
  'indicatorNeutralised', 'notes',
] as const satisfies readonly CsvField[];

/** Lower case, no accents, punctuation and runs of spaces as one space: "Peso  Obiettivo (€)" -> "peso obiettivo". */
export function normaliseHeader(header: string): string {
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

/** The non-blank cells of one CSV row, by field. */
export type Cells = Partial<Record<CsvField, string>>;

/** The Italian header of a field, the name messages give it. */
export function headerOf(field: CsvField): string {
  return CSV_COLUMNS.find((column) => column.field === field)?.italian ?? field;
}

