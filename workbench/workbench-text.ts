// The workbench's own words, in Office's display language (Italian, else English), as the pane has its i18n.
import * as React from 'react';

export interface WorkbenchText {
  banner: string;
  office(language: string, dark: boolean): string;
  taskpane: string;
  sheetTabs: string;
  grid(sheet: string): string;
  editCell(address: string): string;
  nameBox: string;
  nameBoxHint: string;
  notAnAddress(typed: string): string;
  formulaBar: string;
  notWritten(text: string, sheet: string, address: string, reason: string): string;
  notActivated(sheet: string, reason: string): string;
  notPasted(sheet: string, reason: string): string;
  notCleared(sheet: string, reason: string): string;
  notStarted(reason: string): string;
}

const ITALIAN: WorkbenchText = {
  banner: 'Cartella di lavoro emulata (HyperFormula) e il vero riquadro attività, senza Excel.',
  office: (language, dark) => `Office: ${language}${dark ? ', tema scuro' : ''}`,
  taskpane: 'Riquadro attività Traguardo',
  sheetTabs: 'Fogli della cartella di lavoro',
  grid: (sheet) => `Foglio ${sheet}`,
  editCell: (address) => `Modifica ${address}`,
  nameBox: 'Casella nome',
  nameBoxHint: 'Indirizzo della cella selezionata; scrivine un altro e premi Invio per andarci',
  notAnAddress: (typed) => `"${typed}" non è un indirizzo di cella (es. B5 o B5:B9)`,
  formulaBar: 'Barra della formula',
  notWritten: (text, sheet, address, reason) => `"${text}" non è stato scritto in ${sheet}!${address}: ${reason}`,
  notActivated: (sheet, reason) => `Impossibile attivare il foglio "${sheet}": ${reason}`,
  notPasted: (sheet, reason) => `Impossibile incollare in ${sheet}: ${reason}`,
  notCleared: (sheet, reason) => `Impossibile cancellare in ${sheet}: ${reason}`,
  notStarted: (reason) => `Il workbench non si è avviato: ${reason}`,
};

const ENGLISH: WorkbenchText = {
  banner: 'Emulated workbook (HyperFormula) and the real task pane, without Excel.',
  office: (language, dark) => `Office: ${language}${dark ? ', dark theme' : ''}`,
  taskpane: 'Traguardo task pane',
  sheetTabs: 'Sheets of the workbook',
  grid: (sheet) => `Sheet ${sheet}`,
  editCell: (address) => `Edit ${address}`,
  nameBox: 'Name box',
  nameBoxHint: 'Address of the selected cell; type another one and press Enter to go there',
  notAnAddress: (typed) => `"${typed}" is not a cell address (e.g. B5 or B5:B9)`,
  formulaBar: 'Formula bar',
  notWritten: (text, sheet, address, reason) => `"${text}" was not written to ${sheet}!${address}: ${reason}`,
  notActivated: (sheet, reason) => `Sheet "${sheet}" could not be activated: ${reason}`,
  notPasted: (sheet, reason) => `Could not paste into ${sheet}: ${reason}`,
  notCleared: (sheet, reason) => `Could not clear cells in ${sheet}: ${reason}`,
  notStarted: (reason) => `The workbench did not start: ${reason}`,
};

export function workbenchText(displayLanguage: string): WorkbenchText {
  return /^it(-|$)/i.test(displayLanguage) ? ITALIAN : ENGLISH;
}

export const WorkbenchTextContext = React.createContext<WorkbenchText>(ITALIAN);

export function useWorkbenchText(): WorkbenchText {
  return React.useContext(WorkbenchTextContext);
}
