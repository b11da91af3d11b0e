// The fields an import names: as a message's subject ("Peso obiettivo") and as the preview shows where a problem is
// ("Indicatore 1, risultato"), never as the model's path (indicators[0].actual).
import { entry } from './message';

/** Fields of the report and of an objective, as they open a message and head a preview line. */
const FIELDS = {
  reportTitle: ['Titolo della Relazione', 'Report title'],
  year: ['Anno della Relazione', 'Report year'],
  body: ['Testo introduttivo', 'Introduction'],
  objectives: ['Obiettivi', 'Objectives'],
  reportNotes: ['Note della Relazione', 'Report notes'],
  fund: ['Impostazioni del fondo', 'Fund settings'],
  fundTotal: ['Totale del fondo', 'Fund total'],
  fundThreshold: ['Soglia di pagamento', 'Payment threshold'],
  cutoffs: ['Soglie di esito', 'Status cut-offs'],
  achievedFrom: ['Soglia "Raggiunto"', 'Cut-off "Achieved"'],
  partialFrom: ['Soglia "Parzialmente raggiunto"', 'Cut-off "Partially achieved"'],
  number: ["Numero dell'obiettivo", 'Objective number'],
  title: ["Titolo dell'obiettivo", 'Objective title'],
  area: ['Area / Unità organizzativa', 'Area / Organisational unit'],
  planReferences: ['Riferimenti al Piano', 'Plan references'],
  kind: ['Tipo', 'Kind'],
  kindText: ['Tipo (testo)', 'Kind (text)'],
  description: ['Descrizione', 'Description'],
  benefits: ['Benefici attesi', 'Expected benefits'],
  weight: ['Peso obiettivo', 'Objective weight'],
  allocatedAmount: ['Importo stanziato', 'Allocated amount'],
  indicators: ['Indicatori', 'Indicators'],
  oiv: ['Valutazione OIV', 'OIV evaluation'],
  oivScore: ['Valutazione OIV', 'OIV score'],
  oivText: ['Testo della valutazione OIV', 'OIV evaluation text'],
  statedVerdict: ['Esito dichiarato', 'Stated verdict'],
  statedVerdictText: ['Esito dichiarato (testo)', 'Stated verdict (text)'],
  shortfallReason: ['Motivazione dello scostamento', 'Reason for the shortfall'],
  neutralisation: ['Neutralizzazione', 'Neutralisation'],
  neutralisationReason: ['Motivo della neutralizzazione', 'Reason for the neutralisation'],
  resultsText: ['Testo dei risultati', 'Results text'],
  notes: ['Note', 'Notes'],
  referenceCode: ['Codice del riferimento al Piano', 'Plan reference code'],
  referenceText: ['Testo del riferimento al Piano', 'Plan reference text'],
  csv: ['File CSV', 'CSV file'],
} as const;

/** Fields of one indicator: as a message's subject, and as they follow "Indicatore 1, " in the preview. */
const INDICATOR_FIELDS = {
  name: ["Nome dell'indicatore", 'Indicator name', 'nome', 'name'],
  target: ['Target', 'Target', 'target', 'target'],
  revision: ['Revisione del target', 'Target revision', 'revisione del target', 'target revision'],
  original: ['Target originale', 'Original target', 'target originale', 'original target'],
  revised: ['Target rivisto', 'Revised target', 'target rivisto', 'revised target'],
  revisionReason: ['Motivo della revisione', 'Reason for the revision', 'motivo della revisione', 'reason for the revision'],
  revisionDate: ['Data della revisione', 'Revision date', 'data della revisione', 'revision date'],
  baseline: ['Baseline', 'Baseline', 'baseline', 'baseline'],
  threshold: ['Soglia', 'Threshold', 'soglia', 'threshold'],
  actual: ['Risultato', 'Result', 'risultato', 'result'],
  previousValue: ['Valore anno precedente', 'Previous year value', 'valore anno precedente', 'previous year value'],
  weight: ['Peso', 'Weight', 'peso', 'weight'],
  neutralised: ['Indicatore neutralizzato', 'Indicator neutralised', 'neutralizzato', 'neutralised'],
  notes: ['Note', 'Notes', 'note', 'notes'],
} as const;

/** A plan reference's parts, as they follow "Riferimento al Piano 2, ". */
const REFERENCE_PARTS = { code: ['codice', 'code'], text: ['testo', 'text'] } as const;

export type ImportFieldKey = keyof typeof FIELDS;
export type IndicatorFieldKey = keyof typeof INDICATOR_FIELDS;
export type ReferencePart = keyof typeof REFERENCE_PARTS;

export const importFieldMessages = {
  'import.field': entry<{ field: ImportFieldKey }>({
    it: (p) => FIELDS[p.field][0],
    en: (p) => FIELDS[p.field][1],
  }),
  /** An indicator's field as a message's subject: "Risultato", "Target rivisto". */
  'import.indicatorLabel': entry<{ field: IndicatorFieldKey }>({
    it: (p) => INDICATOR_FIELDS[p.field][0],
    en: (p) => INDICATOR_FIELDS[p.field][1],
  }),
  /** Where a problem is: "Indicatore 1, risultato"; `field` null for the indicator as a whole. */
  'import.indicatorField': entry<{ indicator: number; field: IndicatorFieldKey | null }>({
    it: (p) => `Indicatore ${p.indicator}${p.field === null ? '' : `, ${INDICATOR_FIELDS[p.field][2]}`}`,
    en: (p) => `Indicator ${p.indicator}${p.field === null ? '' : `, ${INDICATOR_FIELDS[p.field][3]}`}`,
  }),
  'import.referenceField': entry<{ reference: number; part: ReferencePart | null }>({
    it: (p) => `Riferimento al Piano ${p.reference}${p.part === null ? '' : `, ${REFERENCE_PARTS[p.part][0]}`}`,
    en: (p) => `Plan reference ${p.reference}${p.part === null ? '' : `, ${REFERENCE_PARTS[p.part][1]}`}`,
  }),
  /** An item of the file's list of objectives, by its place; `number` says the problem is its number. */
  'import.objectiveAt': entry<{ position: number; number: boolean }>({
    it: (p) => `Obiettivo in posizione ${p.position}${p.number ? ', numero' : ''}`,
    en: (p) => `Objective at position ${p.position}${p.number ? ', number' : ''}`,
  }),
  'import.noteAt': entry<{ position: number }>({
    it: (p) => `Nota ${p.position}`,
    en: (p) => `Note ${p.position}`,
  }),
  /** A field that no label names (a CSV column, a field outside the schema), as written. */
  'import.otherField': entry<{ name: string }>({
    it: (p) => `"${p.name}"`,
    en: (p) => `"${p.name}"`,
  }),
  /** "Numero dell'obiettivo in posizione 3": the subject of a message about a number not read yet. */
  'import.objectiveNumberAt': entry<{ position: number }>({
    it: (p) => `Numero dell'obiettivo in posizione ${p.position}`,
    en: (p) => `Number of the objective at position ${p.position}`,
  }),
  'import.objectiveTitle': entry<{ number: number }>({
    it: (p) => `Titolo dell'obiettivo ${p.number}`,
    en: (p) => `Title of objective ${p.number}`,
  }),
};
