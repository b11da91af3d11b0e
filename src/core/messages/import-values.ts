// What an import says about one value of a file (JSON field, CSV cell): missing, of the wrong kind, out of range.
import type { JsonKind } from './import-errors';
import { entry, type Message } from './message';

/** What was found instead: a JSON kind, or what a text turned out to be. */
export type FoundKind = JsonKind | 'ratio' | 'date' | 'yesNo';
const FOUND_IT: Record<FoundKind, string> = {
  list: 'un elenco',
  text: 'un testo',
  number: 'un numero',
  boolean: 'un valore vero/falso',
  null: 'null',
  object: 'un oggetto',
  nothing: 'niente',
  ratio: 'un rapporto',
  date: 'una data',
  yesNo: 'un SI/NO',
};
const FOUND_EN: Record<FoundKind, string> = {
  list: 'a list',
  text: 'a text',
  number: 'a number',
  boolean: 'a true/false value',
  null: 'null',
  object: 'an object',
  nothing: 'nothing',
  ratio: 'a ratio',
  date: 'a date',
  yesNo: 'a yes/no',
};

/** What a field wants. */
type Expected = 'number' | 'date' | 'text' | 'targetText' | 'cellInput' | 'list' | 'object';
const EXPECTED_IT: Record<Expected, string> = {
  number: 'atteso un numero',
  date: 'attesa una data',
  text: 'atteso un testo',
  targetText: 'atteso un testo come "≥ 8" o "entro 31/07/2022"',
  cellInput: 'atteso testo, numero o SI/NO',
  list: 'atteso un elenco',
  object: 'atteso un oggetto',
};
const EXPECTED_EN: Record<Expected, string> = {
  number: 'a number is expected',
  date: 'a date is expected',
  text: 'a text is expected',
  targetText: 'a text such as "≥ 8" or "by 2022-07-31" is expected',
  cellInput: 'text, a number or yes/no is expected',
  list: 'a list is expected',
  object: 'an object is expected',
};

type Label = { label: Message };

export const importValueMessages = {
  'import.missing': entry<Label>({
    it: (p, w) => `${w.text(p.label)} mancante: da completare`,
    en: (p, w) => `${w.text(p.label)} missing: to complete`,
  }),
  /** `value` is the value as the file holds it, already quoted. */
  'import.invalidValue': entry<Label & { value: string; reason: Message }>({
    it: (p, w) => `${w.text(p.label)}: valore ${p.value} non valido: ${w.text(p.reason)}`,
    en: (p, w) => `${w.text(p.label)}: value ${p.value} is not valid: ${w.text(p.reason)}`,
  }),
  /** A target or result kept as written that core cannot read; `reason` is core's. */
  'import.unreadable': entry<Label & { value: string; reason: Message }>({
    it: (p, w) => `${w.text(p.label)} ${p.value} non interpretabile: ${w.text(p.reason)}`,
    en: (p, w) => `${w.text(p.label)} ${p.value} cannot be read: ${w.text(p.reason)}`,
  }),
  'import.notInteger': entry<Label & { value: string }>({
    it: (p, w) => `${w.text(p.label)} ${p.value} non valido: deve essere un numero intero`,
    en: (p, w) => `${w.text(p.label)} ${p.value} is not valid: it must be a whole number`,
  }),
  'import.expectedFound': entry<{ expected: Expected; found: FoundKind }>({
    it: (p) => `${EXPECTED_IT[p.expected]}, trovato ${FOUND_IT[p.found]}`,
    en: (p) => `${EXPECTED_EN[p.expected]}, found ${FOUND_EN[p.found]}`,
  }),
  'import.atLeast': entry<{ min: number }>({
    it: (p, w) => `deve essere almeno ${w.num(p.min)}`,
    en: (p, w) => `it must be at least ${w.num(p.min)}`,
  }),
  'import.atMost': entry<{ max: number }>({
    it: (p, w) => `deve essere al massimo ${w.num(p.max)}`,
    en: (p, w) => `it must be at most ${w.num(p.max)}`,
  }),
  'import.notFinite': entry({ it: () => 'non è un numero finito', en: () => 'it is not a finite number' }),
  'import.fractionOrPercent': entry({
    it: () => 'indicare una frazione tra 0 e 1 (0,5) o una percentuale (50%)',
    en: () => 'write a fraction between 0 and 1 (0.5) or a percentage (50%)',
  }),
  'import.dateForm': entry({
    it: () => 'attesa una data (31/07/2022 o 2022-07-31)',
    en: () => 'a date is expected (31/07/2022 or 2022-07-31)',
  }),
  /** A problem of a CSV row, or of the report text, placed on its row. */
  'import.atRow': entry<{ row: number; issue: Message }>({
    it: (p, w) => `Riga ${p.row}: ${w.text(p.issue)}`,
    en: (p, w) => `Row ${p.row}: ${w.text(p.issue)}`,
  }),
  'import.invalidKind': entry<{ value: string }>({
    it: (p) => `Tipo ${p.value} non valido: ammessi "nuovo", "mantenimento", "straordinario"`,
    en: (p) => `Kind ${p.value} is not valid: "nuovo", "mantenimento" and "straordinario" are allowed`,
  }),
  'import.revisionWithoutReason': entry({
    it: () => 'Target rivisto senza motivo della revisione: da completare',
    en: () => 'Revised target without the reason for the revision: to complete',
  }),
  'import.noIndicators': entry<{ objective: number; reason: Message | null }>({
    it: (p, w) => `Obiettivo ${p.objective} senza indicatori${p.reason === null ? '' : ` (${w.text(p.reason)})`}: da completare`,
    en: (p, w) => `Objective ${p.objective} without indicators${p.reason === null ? '' : ` (${w.text(p.reason)})`}: to complete`,
  }),
};
