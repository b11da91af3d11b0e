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
  'record.coverage': entry<{ counted: number; recorded: number }>({
    it: (p) =>
      p.counted > p.recorded
        ? `Obiettivi contati nei totali: ${p.counted} (la cartella ne registra ${p.recorded})`
        : `Obiettivi contati nei totali: ${p.counted} di ${p.recorded} registrati nella cartella${p.counted < p.recorded ? ' (i mancanti sono tra i problemi)' : ''}`,
    en: (p) =>
      p.counted > p.recorded
        ? `Objectives the totals count: ${p.counted} (the workbook records ${p.recorded})`
        : `Objectives the totals count: ${p.counted} of the ${p.recorded} the workbook records${p.counted < p.recorded ? ' (the missing ones are among the problems)' : ''}`,
  }),
  'record.settingsMissing': entry({
    it: () => 'Manca il foglio nascosto delle impostazioni ("Traguardo"): si usano le soglie predefinite e non si può verificare che ci siano tutti gli obiettivi. "Genera riepilogo" lo ricrea',
    en: () => 'The hidden settings sheet ("Traguardo") is missing: the default cut-offs are used and there is no way to check that every objective is there. "Generate summary" recreates it',
  }),
};
