// Why a file is not a report at all (ReportFormatError) or not a readable Word document (DocxReadError).
import { entry, type Message } from './message';

const REPORT_SHAPE_IT = 'è atteso un oggetto con "title", "year" e "objectives"';
const REPORT_SHAPE_EN = 'an object with "title", "year" and "objectives" is expected';

/** What a JSON value is, as the messages name it. */
type JsonKind = 'list' | 'text' | 'number' | 'boolean' | 'null' | 'object' | 'nothing';
const KIND_IT: Record<JsonKind, string> = {
  list: 'un elenco',
  text: 'un testo',
  number: 'un numero',
  boolean: 'un valore vero/falso',
  null: 'null',
  object: 'un oggetto',
  nothing: 'assente',
};
const KIND_EN: Record<JsonKind, string> = { list: 'a list', text: 'a text', number: 'a number', boolean: 'a true/false value', null: 'null', object: 'an object', nothing: 'missing' };

export type { JsonKind };

export const importErrorMessages = {
  'import.notAReport': entry<{ found: JsonKind }>({
    it: (p) => `Il file non contiene una Relazione: è ${KIND_IT[p.found]}, mentre ${REPORT_SHAPE_IT}`,
    en: (p) => `The file does not contain a report: it is ${KIND_EN[p.found]}, while ${REPORT_SHAPE_EN}`,
  }),
  'import.noObjectivesList': entry<{ found: JsonKind }>({
    it: (p) => `Il file non contiene una Relazione: l'elenco degli obiettivi "objectives" ${p.found === 'nothing' ? 'manca' : `è ${KIND_IT[p.found]}`}`,
    en: (p) => `The file does not contain a report: the list of objectives "objectives" ${p.found === 'nothing' ? 'is missing' : `is ${KIND_EN[p.found]}`}`,
  }),
  /** `reason` is the JSON parser's own words (a position in the text), as it gave them. */
  'import.invalidJson': entry<{ reason: string }>({
    it: (p) => `Il file non è JSON valido: ${p.reason}`,
    en: (p) => `The file is not valid JSON: ${p.reason}`,
  }),
  'import.noCsvColumns': entry<{ headers: string[] }>({
    it: (p) =>
      `Il CSV non è un elenco di indicatori: nessuna colonna riconosciuta tra ${p.headers.map((h) => `"${h}"`).join(', ')}; servono almeno "N." o "Obiettivo" e "Indicatore"`,
    en: (p) =>
      `The CSV is not a list of indicators: no known column among ${p.headers.map((h) => `"${h}"`).join(', ')}; at least "N." or "Obiettivo" and "Indicatore" are needed`,
  }),
  /** A .docx that could not be opened: the file, then what is wrong with it. */
  'import.docxUnreadable': entry<{ file: string; problem: Message }>({
    it: (p, w) => `Impossibile leggere "${p.file}": ${w.text(p.problem)}`,
    en: (p, w) => `Cannot read "${p.file}": ${w.text(p.problem)}`,
  }),
  'import.docxEmpty': entry({ it: () => 'il file è vuoto', en: () => 'the file is empty' }),
  'import.docxLegacyOrEncrypted': entry({
    it: () => 'è un documento Word 97-2003 (.doc) o un .docx protetto da password; salvarlo da Word come .docx senza password',
    en: () => 'it is a Word 97-2003 document (.doc) or a password-protected .docx; save it from Word as a .docx without a password',
  }),
  'import.docxNotDocx': entry({
    it: () => 'non è un documento Word .docx (il contenuto non è un archivio .docx)',
    en: () => 'it is not a Word .docx document (the content is not a .docx archive)',
  }),
  'import.docxNoDocument': entry({
    it: () => "l'archivio non contiene un documento Word (manca word/document.xml)",
    en: () => 'the archive holds no Word document (word/document.xml is missing)',
  }),
  /** `detail` is the reader library's own words. */
  'import.docxDamaged': entry<{ detail: string }>({
    it: (p) => `il file .docx è danneggiato o incompleto (${p.detail})`,
    en: (p) => `the .docx file is damaged or incomplete (${p.detail})`,
  }),
};
