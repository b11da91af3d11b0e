// What the sheet readers find wrong in an objective sheet (Verifica, the summary, `traguardo summary`).
import { entry, type Message } from './message';

type Who = { who: Message };

export const sheetMessages = {
  'sheet.missingResult': entry<Who>({
    it: (p, w) => `${w.text(p.who)}: risultato non ancora inserito`,
    en: (p, w) => `${w.text(p.who)}: no result entered yet`,
  }),
  'sheet.missingTarget': entry<Who>({
    it: (p, w) => `${w.text(p.who)}: target mancante`,
    en: (p, w) => `${w.text(p.who)}: target missing`,
  }),
  'sheet.missingIndicatorName': entry<{ objective: number }>({
    it: (p) => `Obiettivo ${p.objective}: indicatore senza nome`,
    en: (p) => `Objective ${p.objective}: indicator without a name`,
  }),
  'sheet.unreadable': entry<Who & { reason: Message }>({
    it: (p, w) => `${w.text(p.who)}: ${w.text(p.reason)}`,
    en: (p, w) => `${w.text(p.who)}: ${w.text(p.reason)}`,
  }),
  'sheet.unreadableMonitored': entry<Who & { reason: Message }>({
    it: (p, w) => `${w.text(p.who)}, valore monitorato: ${w.text(p.reason)}`,
    en: (p, w) => `${w.text(p.who)}, monitored value: ${w.text(p.reason)}`,
  }),
  'sheet.invalidField': entry<Who & { field: Message; reason: Message }>({
    it: (p, w) => `${w.text(p.who)}, ${w.text(p.field)}: ${w.text(p.reason)}`,
    en: (p, w) => `${w.text(p.who)}, ${w.text(p.field)}: ${w.text(p.reason)}`,
  }),
  'sheet.revisionWithoutReason': entry<Who & { revised: string }>({
    it: (p, w) => `${w.text(p.who)}: target rivisto "${p.revised}" senza il motivo della revisione`,
    en: (p, w) => `${w.text(p.who)}: revised target "${p.revised}" without the reason for the revision`,
  }),
  'sheet.ratioInconsistent': entry<Who & { ratio: string; stated: number; closest: number | null }>({
    it: (p, w) =>
      `${w.text(p.who)}: il rapporto "${p.ratio}" non corrisponde al ${w.pct(p.stated)} dichiarato` +
      (p.closest === null ? '' : ` (nella lettura più vicina dà ${w.pct(p.closest)})`),
    en: (p, w) =>
      `${w.text(p.who)}: the ratio "${p.ratio}" does not match the stated ${w.pct(p.stated)}` +
      (p.closest === null ? '' : ` (its closest reading gives ${w.pct(p.closest)})`),
  }),
  'sheet.formulaError': entry<Who & { error: string }>({
    it: (p, w) => `${w.text(p.who)}: la formula dà l'errore ${w.error(p.error)}`,
    en: (p, w) => `${w.text(p.who)}: the formula gives the error ${w.error(p.error)}`,
  }),
  'sheet.footerError': entry<Who & { field: Message; error: string }>({
    it: (p, w) => `${w.text(p.who)}: "${w.text(p.field)}" dà l'errore ${w.error(p.error)}`,
    en: (p, w) => `${w.text(p.who)}: "${w.text(p.field)}" gives the error ${w.error(p.error)}`,
  }),
  'sheet.tableMissingColumns': entry<{ columns: string[] }>({
    it: (p) => `Tabella degli indicatori senza le colonne: ${p.columns.join(', ')}`,
    en: (p) => `The indicators table lacks the columns: ${p.columns.join(', ')}`,
  }),
  'sheet.duplicateObjective': entry<{ number: number; first: string; second: string }>({
    it: (p) => `L'obiettivo ${p.number} ha due fogli: "${p.first}" e "${p.second}"`,
    en: (p) => `Objective ${p.number} has two sheets: "${p.first}" and "${p.second}"`,
  }),
  'sheet.tableNotFound': entry({
    it: () => 'Tabella degli indicatori non trovata (manca l\'intestazione "Indicatore")',
    en: () => 'Indicators table not found (no "Indicatore" header)',
  }),
  'sheet.headerRowMissing': entry<{ label: string }>({
    it: (p) => `Intestazione: manca la riga "${p.label}"`,
    en: (p) => `Header: the row "${p.label}" is missing`,
  }),
  'sheet.footerRowMissing': entry<{ label: string }>({
    it: (p) => `Manca la riga "${p.label}" sotto la tabella`,
    en: (p) => `The row "${p.label}" under the table is missing`,
  }),
  /** A label that exists in both languages (a field of the sheet). */
  'label.field': entry<{ it: string; en: string }>({
    it: (p) => p.it,
    en: (p) => p.en,
  }),
};
