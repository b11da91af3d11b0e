// What the JSON import lists as "da completare": fields outside the schema, parts of the wrong shape, numbers repeated.
import { entry, type Message } from './message';

/** The optional parts of a report that must be objects, with the shape expected of each. */
type Part = 'revision' | 'oiv' | 'statedVerdict' | 'neutralisation' | 'fund' | 'cutoffs';
const PART_IT: Record<Part, string> = {
  revision: 'Revisione del target {} ignorata: atteso un oggetto { original, revised, reason }',
  oiv: 'Valutazione OIV {} ignorata: atteso un oggetto { score, text }',
  statedVerdict: 'Esito dichiarato {} ignorato: atteso un oggetto { status, text }',
  neutralisation: 'Neutralizzazione {} ignorata: atteso un oggetto { reason }',
  fund: 'Impostazioni del fondo {} ignorate: atteso un oggetto { total, threshold }',
  cutoffs: 'Soglie di esito {} ignorate: atteso un oggetto { achievedFrom, partialFrom }',
};
const PART_EN: Record<Part, string> = {
  revision: 'Target revision {} ignored: an object { original, revised, reason } is expected',
  oiv: 'OIV evaluation {} ignored: an object { score, text } is expected',
  statedVerdict: 'Stated verdict {} ignored: an object { status, text } is expected',
  neutralisation: 'Neutralisation {} ignored: an object { reason } is expected',
  fund: 'Fund settings {} ignored: an object { total, threshold } is expected',
  cutoffs: 'Status cut-offs {} ignored: an object { achievedFrom, partialFrom } is expected',
};

type Value = { value: string };

export const importJsonMessages = {
  'import.unknownField': entry<{ key: string }>({
    it: (p) => `Campo sconosciuto "${p.key}" ignorato: non fa parte dello schema della Relazione`,
    en: (p) => `Unknown field "${p.key}" ignored: it is not part of the report's schema`,
  }),
  /** `value` is the part as the file holds it, already quoted. */
  'import.partNotObject': entry<Value & { part: Part }>({
    it: (p) => PART_IT[p.part].replace('{}', p.value),
    en: (p) => PART_EN[p.part].replace('{}', p.value),
  }),
  'import.noObjectives': entry({
    it: () => 'La Relazione non contiene obiettivi: da completare',
    en: () => 'The report contains no objectives: to complete',
  }),
  'import.objectiveNotObject': entry<{ position: number; found: Message }>({
    it: (p, w) => `Obiettivo in posizione ${p.position} ignorato: ${w.text(p.found)}`,
    en: (p, w) => `Objective at position ${p.position} ignored: ${w.text(p.found)}`,
  }),
  'import.indicatorNotObject': entry<{ position: number; found: Message }>({
    it: (p, w) => `Indicatore in posizione ${p.position} ignorato: ${w.text(p.found)}`,
    en: (p, w) => `Indicator at position ${p.position} ignored: ${w.text(p.found)}`,
  }),
  'import.duplicateNumber': entry<{ number: number; first: number; second: number }>({
    it: (p) => `Numero di obiettivo ${p.number} ripetuto (posizioni ${p.first} e ${p.second}): ogni obiettivo deve avere un numero diverso`,
    en: (p) => `Objective number ${p.number} repeated (positions ${p.first} and ${p.second}): each objective needs a number of its own`,
  }),
  'import.numberMissingAt': entry<{ position: number }>({
    it: (p) => `Numero dell'obiettivo in posizione ${p.position} mancante`,
    en: (p) => `Number of the objective at position ${p.position} missing`,
  }),
  /** A number that could not be read, replaced by the objective's place in the list. */
  'import.provisionalNumber': entry<{ reason: Message; number: number }>({
    it: (p, w) => `${w.text(p.reason)}; assegnato provvisoriamente ${p.number} (posizione nell'elenco), da verificare`,
    en: (p, w) => `${w.text(p.reason)}; ${p.number} (its place in the list) assigned for now, to check`,
  }),
  'import.planReferencesNotList': entry<Value>({
    it: (p) => `Riferimenti al Piano ${p.value} non validi: atteso un elenco di { code, text }`,
    en: (p) => `Plan references ${p.value} are not valid: a list of { code, text } is expected`,
  }),
  'import.planReferenceNotObject': entry<Value>({
    it: (p) => `Riferimento al Piano ${p.value} ignorato: atteso un oggetto { code, text }`,
    en: (p) => `Plan reference ${p.value} ignored: an object { code, text } is expected`,
  }),
  'import.noIndicatorListed': entry({ it: () => 'nessun indicatore', en: () => 'no indicator' }),
  'import.neutralisedNotBoolean': entry<Value>({
    it: (p) => `Neutralizzato ${p.value} non valido: atteso true o false`,
    en: (p) => `Neutralised ${p.value} is not valid: true or false is expected`,
  }),
  'import.oivWithoutScore': entry({
    it: () => 'Valutazione OIV senza punteggio: da completare',
    en: () => 'OIV evaluation without a score: to complete',
  }),
  'import.invalidStatedVerdict': entry<Value & { allowed: string[] }>({
    it: (p) => `Esito dichiarato ${p.value} non valido: ammessi ${p.allowed.join(', ')}`,
    en: (p) => `Stated verdict ${p.value} is not valid: ${p.allowed.join(', ')} are allowed`,
  }),
  'import.neutralisedWithoutReason': entry({
    it: () => 'Obiettivo neutralizzato senza motivo: da completare',
    en: () => 'Neutralised objective without a reason: to complete',
  }),
  'import.cutoffMissing': entry<{ label: Message }>({
    it: (p, w) => `${w.text(p.label)} mancante: si usano le soglie predefinite`,
    en: (p, w) => `${w.text(p.label)} missing: the default cut-offs are used`,
  }),
  'import.cutoffsInconsistent': entry<{ partialFrom: number; achievedFrom: number }>({
    it: (p, w) =>
      `Soglie di esito incoerenti: "Parzialmente raggiunto" (${w.num(p.partialFrom)}) supera "Raggiunto" (${w.num(p.achievedFrom)}); si usano le soglie predefinite`,
    en: (p, w) =>
      `Inconsistent status cut-offs: "Partially achieved" (${w.num(p.partialFrom)}) is above "Achieved" (${w.num(p.achievedFrom)}); the default cut-offs are used`,
  }),
  'import.notesNotList': entry<Value>({
    it: (p) => `Note ${p.value} ignorate: atteso un elenco di testi`,
    en: (p) => `Notes ${p.value} ignored: a list of texts is expected`,
  }),
  'import.noteNotText': entry<Value & { found: Message }>({
    it: (p, w) => `Nota ${p.value} ignorata: ${w.text(p.found)}`,
    en: (p, w) => `Note ${p.value} ignored: ${w.text(p.found)}`,
  }),
};
