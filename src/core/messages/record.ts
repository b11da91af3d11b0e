// What the readers say when the objective sheets are not every objective the workbook records (objective-record.ts).
import { entry } from './message';

export const recordMessages = {
  'record.missing': entry<{ number: number; sheet: string; address: string }>({
    it: (p) =>
      `Obiettivo ${p.number}: la cartella lo registra (foglio "${p.sheet}", cella ${p.address}) ma nessun foglio lo porta (eliminato, o i suoi nomi TRG_OBJ${p.number}_… puntano altrove): il riepilogo e i totali non lo contano. Se è stato tolto di proposito, cancellare il numero da quella cella`,
    en: (p) =>
      `Objective ${p.number}: the workbook records it (sheet "${p.sheet}", cell ${p.address}) but no sheet carries it (deleted, or its names TRG_OBJ${p.number}_… point elsewhere): the summary and the totals leave it out. If it was removed on purpose, clear the number from that cell`,
  }),
  'record.misdirected': entry<{ sheet: string; read: number; own: number }>({
    it: (p) => `Il foglio "${p.sheet}" è letto come obiettivo ${p.read} (i nomi TRG_OBJ${p.read}_… puntano qui) ma la sua cella N. dice ${p.own}: i nomi puntano al foglio sbagliato`,
    en: (p) => `Sheet "${p.sheet}" is read as objective ${p.read} (the names TRG_OBJ${p.read}_… point here) but its N. cell says ${p.own}: the names point at the wrong sheet`,
  }),
  // The totals' coverage: the Riepilogo writes these as live formulas (summary-coverage.ts), so each is one case.
  'record.coverageOf': entry<{ counted: number | string; recorded: number | string }>({
    it: (p, w) => `Obiettivi contati nei totali: ${w.text(p.counted)} di ${w.text(p.recorded)} registrati nella cartella`,
    en: (p, w) => `Objectives the totals count: ${w.text(p.counted)} of the ${w.text(p.recorded)} the workbook records`,
  }),
  'record.coverageShort': entry<{ counted: number | string; recorded: number | string }>({
    it: (p, w) => `Obiettivi contati nei totali: ${w.text(p.counted)} di ${w.text(p.recorded)} registrati nella cartella (i mancanti sono tra i problemi)`,
    en: (p, w) => `Objectives the totals count: ${w.text(p.counted)} of the ${w.text(p.recorded)} the workbook records (the missing ones are among the problems)`,
  }),
  'record.coverageOver': entry<{ counted: number | string; recorded: number | string }>({
    it: (p, w) => `Obiettivi contati nei totali: ${w.text(p.counted)} (la cartella ne registra ${w.text(p.recorded)})`,
    en: (p, w) => `Objectives the totals count: ${w.text(p.counted)} (the workbook records ${w.text(p.recorded)})`,
  }),
  'record.coverageUnrecorded': entry<{ counted: number | string }>({
    it: (p, w) => `Obiettivi contati nei totali: ${w.text(p.counted)} (la cartella non registra quali obiettivi contiene)`,
    en: (p, w) => `Objectives the totals count: ${w.text(p.counted)} (the workbook does not record which objectives it holds)`,
  }),
  'record.settingsMissing': entry({
    it: () => 'Manca il foglio nascosto delle impostazioni ("Traguardo"): si usano le soglie predefinite e non si può verificare che ci siano tutti gli obiettivi. "Genera riepilogo" lo ricrea',
    en: () => 'The hidden settings sheet ("Traguardo") is missing: the default cut-offs are used and there is no way to check that every objective is there. "Generate summary" recreates it',
  }),
};
