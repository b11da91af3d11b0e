// What the report-text import lists as "da completare": sections missing from an objective, targets and results
// it could not read or pair. Section names are quoted as the Relazione writes them.
import { entry, type Message } from './message';

type Reason = { reason: Message };

export const importTextMessages = {
  'import.textNoObjectives': entry({
    it: () => 'Nessun obiettivo trovato: il testo non contiene intestazioni come "OBIETTIVO N. 1"',
    en: () => 'No objective found: the text has no headings such as "OBIETTIVO N. 1"',
  }),
  'import.textRepeatedNumber': entry<{ heading: string; number: number; firstLine: number; secondLine: number }>({
    it: (p) => `L'intestazione "${p.heading}" alla riga ${p.secondLine} ripete il numero ${p.number} della riga ${p.firstLine}: rinumerare uno dei due obiettivi`,
    en: (p) => `The heading "${p.heading}" on line ${p.secondLine} repeats the number ${p.number} of line ${p.firstLine}: renumber one of the two objectives`,
  }),
  /** A problem of one objective of the text, named as its heading names it. */
  'import.textObjective': entry<{ number: number; issue: Message }>({
    it: (p, w) => `Obiettivo N. ${p.number}: ${w.text(p.issue)}`,
    en: (p, w) => `Objective No. ${p.number}: ${w.text(p.issue)}`,
  }),
  /** A problem of one indicator, named as the text names it. */
  'import.textIndicator': entry<{ name: string; issue: Message }>({
    it: (p, w) => `indicatore "${p.name}": ${w.text(p.issue)}`,
    en: (p, w) => `indicator "${p.name}": ${w.text(p.issue)}`,
  }),
  'import.textNoTitle': entry({ it: () => "titolo assente dopo l'intestazione", en: () => 'no title after the heading' }),
  'import.textMissingSection': entry<{ section: string }>({
    it: (p) => `manca la sezione "${p.section}"`,
    en: (p) => `the section "${p.section}" is missing`,
  }),
  'import.textNoPlanCode': entry<{ text: string }>({
    it: (p) => `nessun codice del Piano (es. B06, D02.02) in "${p.text}"`,
    en: (p) => `no Plan code (e.g. B06, D02.02) in "${p.text}"`,
  }),
  'import.textUnclearKind': entry<{ text: string }>({
    it: (p) => `dal testo "${p.text}" non si capisce se è nuovo, di mantenimento o straordinario`,
    en: (p) => `the text "${p.text}" does not say whether it is new, maintenance or extraordinary`,
  }),
  'import.textNoDescription': entry({ it: () => 'manca la descrizione', en: () => 'the description is missing' }),
  'import.textNoBenefits': entry({ it: () => 'mancano i benefici attesi', en: () => 'the expected benefits are missing' }),
  'import.textUnusableTarget': entry<Reason & { target: string }>({
    it: (p, w) => `target "${p.target}" non utilizzabile: ${w.text(p.reason)}`,
    en: (p, w) => `target "${p.target}" cannot be used: ${w.text(p.reason)}`,
  }),
  'import.textUnusableRevised': entry<Reason & { target: string }>({
    it: (p, w) => `target rivisto "${p.target}" non utilizzabile: ${w.text(p.reason)}`,
    en: (p, w) => `revised target "${p.target}" cannot be used: ${w.text(p.reason)}`,
  }),
  'import.textUnrecognisedForm': entry({ it: () => 'forma non riconosciuta', en: () => 'its form is not recognised' }),
  'import.textUnreadableResult': entry<Reason & { actual: string }>({
    it: (p, w) => `risultato "${p.actual}" lasciato come scritto ma non leggibile: ${w.text(p.reason)}`,
    en: (p, w) => `result "${p.actual}" kept as written but unreadable: ${w.text(p.reason)}`,
  }),
  'import.textRatioMismatch': entry<{ ratio: string; stated: string }>({
    it: (p) => `il rapporto "${p.ratio}" non corrisponde al risultato dichiarato "${p.stated}"`,
    en: (p) => `the ratio "${p.ratio}" does not match the stated result "${p.stated}"`,
  }),
  'import.textStrayResult': entry<{ actual: string; source: string }>({
    it: (p) => `risultato "${p.actual}" ("${p.source}") senza un target a cui abbinarlo`,
    en: (p) => `result "${p.actual}" ("${p.source}") without a target to pair it with`,
  }),
  'import.textNoTarget': entry({ it: () => 'target non indicato nel testo (da completare)', en: () => 'target not stated in the text (to complete)' }),
  'import.textNoResult': entry({ it: () => 'risultato non indicato nel testo (da completare)', en: () => 'result not stated in the text (to complete)' }),
  'import.textDeadlineWithoutYear': entry<{ text: string }>({
    it: (p) => `la scadenza "${p.text}" non indica l'anno e il titolo della Relazione non lo dice`,
    en: (p) => `the deadline "${p.text}" has no year, and the report's title does not say it`,
  }),
  'import.textTargetForm': entry<{ text: string }>({
    it: (p) => `il target "${p.text}" non è in una forma riconosciuta`,
    en: (p) => `the target "${p.text}" is not in a recognised form`,
  }),
  /** Several values for one target in the prose; `date` when what has several values is a date. */
  'import.textSeveralValues': entry<{ subject: string; date: boolean; values: string[] }>({
    it: (p) => `il testo riporta più valori per ${p.date ? `la data di "${p.subject}"` : `"${p.subject}"`} (${p.values.join(', ')}): scegliere quello giusto`,
    en: (p) => `the text gives several values for ${p.date ? `the date of "${p.subject}"` : `"${p.subject}"`} (${p.values.join(', ')}): choose the right one`,
  }),
  'import.textRevisionUnmatched': entry<{ target: string; words: string }>({
    it: (p) => `Target rivisto "${p.target}" (da "${p.words}"): nessun indicatore con un target dello stesso tipo a cui applicarlo`,
    en: (p) => `Revised target "${p.target}" (from "${p.words}"): no indicator with a target of the same kind to apply it to`,
  }),
  'import.textIndicatorNotCreated': entry({
    it: () => 'il testo non ne indica né target né risultato, quindi non è stato creato (aggiungerlo se va valutato)',
    en: () => 'the text states neither its target nor its result, so it was not created (add it if it is to be evaluated)',
  }),
};
