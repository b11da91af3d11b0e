// What the CSV import lists as "da completare": columns, rows that name no objective, cells that disagree.
import { entry, type Message } from './message';

export const importCsvMessages = {
  'import.csvNoObjectives': entry({
    it: () => 'Il CSV non contiene obiettivi: da completare',
    en: () => 'The CSV contains no objectives: to complete',
  }),
  /** A field whose column is absent or blank; `column` is the CSV's own header ("Obiettivo", "Anno"). */
  'import.missingColumn': entry<{ label: Message; column: string }>({
    it: (p, w) => `${w.text(p.label)} mancante (colonna "${p.column}"): da completare`,
    en: (p, w) => `${w.text(p.label)} missing (column "${p.column}"): to complete`,
  }),
  'import.unknownColumn': entry<{ header: string }>({
    it: (p) => `Colonna sconosciuta "${p.header}" ignorata`,
    en: (p) => `Unknown column "${p.header}" ignored`,
  }),
  'import.repeatedColumn': entry<{ header: string; earlier: string }>({
    it: (p) => `Colonna "${p.header}" ignorata: ripete la colonna "${p.earlier}"`,
    en: (p) => `Column "${p.header}" ignored: it repeats the column "${p.earlier}"`,
  }),
  'import.invalidRowNumber': entry<{ value: string }>({
    it: (p) => `N. "${p.value}" non valido: atteso un numero intero da 1 in su; riga ignorata`,
    en: (p) => `N. "${p.value}" is not valid: a whole number from 1 up is expected; row ignored`,
  }),
  'import.rowWithoutNumber': entry<{ title: string; number: number }>({
    it: (p) => `N. mancante per l'obiettivo "${p.title}": assegnato provvisoriamente ${p.number}, da verificare`,
    en: (p) => `N. missing for the objective "${p.title}": ${p.number} assigned for now, to check`,
  }),
  'import.rowWithoutObjective': entry({
    it: () => 'né N. né Obiettivo, e nessun obiettivo nelle righe precedenti; riga ignorata',
    en: () => 'neither N. nor Obiettivo, and no objective in the rows before; row ignored',
  }),
  /** A cell repeated on an objective's rows with another value: the first one is kept. */
  'import.differentRepeat': entry<{ header: string; value: string; first: string; firstRow: number }>({
    it: (p) => `${p.header} "${p.value}" diverso da "${p.first}" della riga ${p.firstRow}; si usa quello della riga ${p.firstRow}`,
    en: (p) => `${p.header} "${p.value}" differs from "${p.first}" of row ${p.firstRow}; the one of row ${p.firstRow} is used`,
  }),
  'import.revisionWithoutRevised': entry({
    it: () => 'Motivo o data della revisione senza "Target rivisto": revisione ignorata, da completare',
    en: () => 'Reason or date of the revision without "Target rivisto": revision ignored, to complete',
  }),
  'import.neutralisedNotYesNo': entry<{ value: string }>({
    it: (p) => `Indicatore neutralizzato "${p.value}" non valido: atteso SI o NO`,
    en: (p) => `Indicator neutralised "${p.value}" is not valid: SI or NO is expected`,
  }),
  'import.oivTextWithoutScore': entry({
    it: () => 'Testo OIV senza Valutazione OIV (punteggio): da completare',
    en: () => 'OIV text without the OIV score: to complete',
  }),
  'import.planReferenceWithoutCode': entry<{ text: string }>({
    it: (p) => `Riferimento al Piano "${p.text}" senza codice riconoscibile (es. "E02.01 - testo"): da completare`,
    en: (p) => `Plan reference "${p.text}" without a recognisable code (e.g. "E02.01 - text"): to complete`,
  }),
  'import.csvUnclosedQuotes': entry({
    it: () => 'virgolette non chiuse: il testo fino alla fine del file è stato letto come una sola cella',
    en: () => 'unclosed quotes: the text up to the end of the file was read as one cell',
  }),
  'import.csvInvalidQuotes': entry({ it: () => 'virgolette non valide in una cella', en: () => 'invalid quotes in a cell' }),
  'import.csvTooFewCells': entry({
    it: () => 'meno celle delle intestazioni: le celle mancanti sono lette come vuote',
    en: () => 'fewer cells than headers: the missing cells are read as blank',
  }),
  'import.csvTooManyCells': entry({
    it: () => 'più celle delle intestazioni: le celle in più sono ignorate',
    en: () => 'more cells than headers: the extra cells are ignored',
  }),
  'import.csvDelimiter': entry({
    it: () => 'Separatore non riconosciuto: usati ";" o ","',
    en: () => 'Separator not recognised: ";" or "," used',
  }),
};
