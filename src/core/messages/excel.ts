// What a workbook operation says when it stops: which operation, why, and what it had already written.
import { entry, type Message } from './message';

export type OperationKey = 'build' | 'summary' | 'report' | 'read' | 'readSettings' | 'saveSettings';

const OPERATIONS: Record<OperationKey, [string, string]> = {
  build: ['Creazione dei fogli obiettivo', 'Building the objective sheets'],
  summary: ['Generazione del riepilogo', 'Generating the summary'],
  report: ['Creazione della relazione', 'Building the report'],
  read: ['Lettura dei fogli obiettivo', 'Reading the objective sheets'],
  readSettings: ['Lettura delle impostazioni', 'Reading the settings'],
  saveSettings: ['Salvataggio delle impostazioni', 'Saving the settings'],
};

export const excelMessages = {
  'excel.operation': entry<{ operation: OperationKey }>({
    it: (p) => OPERATIONS[p.operation][0],
    en: (p) => OPERATIONS[p.operation][1],
  }),
  'excel.selecting': entry<{ sheet: string; address: string }>({
    it: (p) => `Selezione di ${p.sheet}!${p.address}`,
    en: (p) => `Selecting ${p.sheet}!${p.address}`,
  }),
  'excel.activating': entry<{ sheet: string }>({
    it: (p) => `Attivazione di ${p.sheet}`,
    en: (p) => `Activating ${p.sheet}`,
  }),
  /** Office's own words come as they are, after the name of what was being done. */
  'excel.operationFailed': entry<{ operation: Message; reason: Message }>({
    it: (p, w) => `${w.text(p.operation)}: ${w.text(p.reason)}`,
    en: (p, w) => `${w.text(p.operation)}: ${w.text(p.reason)}`,
  }),
  'excel.writeInterrupted': entry<{ request: number; of: number; reason: Message; written: string[] }>({
    it: (p, w) =>
      `Scrittura interrotta (richiesta ${p.request} di ${p.of}): ${w.text(p.reason)}.` +
      (p.written.length > 0 ? ` Già scritti: ${p.written.join(', ')}.` : ' Nessun foglio era già stato scritto.'),
    en: (p, w) =>
      `Writing stopped (request ${p.request} of ${p.of}): ${w.text(p.reason)}.` +
      (p.written.length > 0 ? ` Already written: ${p.written.join(', ')}.` : ' No sheet had been written yet.'),
  }),
  'excel.duplicateLayout': entry<{ key: string }>({
    it: (p) => `Due fogli con la stessa chiave "${p.key}": ognuno deve comparire una volta sola`,
    en: (p) => `Two sheets with the same key "${p.key}": each must appear once`,
  }),
  'excel.invalidObjectiveNumber': entry<{ value: string }>({
    it: (p) => `Numero di obiettivo non valido: ${p.value} (serve un intero positivo)`,
    en: (p) => `Invalid objective number: ${p.value} (a positive whole number is needed)`,
  }),
  'excel.duplicateObjective': entry<{ number: number }>({
    it: (p) => `L'obiettivo ${p.number} compare due volte`,
    en: (p) => `Objective ${p.number} appears twice`,
  }),
  'excel.sheetNotRead': entry<{ sheet: string }>({
    it: (p) => `Il foglio "${p.sheet}" non è stato letto`,
    en: (p) => `The sheet "${p.sheet}" was not read`,
  }),
  'excel.objectiveMissing': entry<{ number: number }>({
    it: (p) => `Obiettivo ${p.number}: nessun foglio con questo numero (eliminato?)`,
    en: (p) => `Objective ${p.number}: no sheet with this number (deleted?)`,
  }),
  'excel.sheetMissing': entry<{ sheet: string }>({
    it: (p) => `Il foglio "${p.sheet}" non esiste (rinominato o eliminato?)`,
    en: (p) => `The sheet "${p.sheet}" does not exist (renamed or deleted?)`,
  }),
};
