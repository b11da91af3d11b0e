// What Traguardo says when a file passes a limit (core/limits.ts): what passed it, where, and the limit.
import { entry, type Message } from './message';

export const limitsMessages = {
  'limits.fileTooLarge': entry<{ megabytes: number; limit: number }>({
    it: (p, w) => `file troppo grande (${w.num(p.megabytes)} MB; il limite è ${w.num(p.limit)} MB)`,
    en: (p, w) => `file too large (${w.num(p.megabytes)} MB; the limit is ${w.num(p.limit)} MB)`,
  }),
  'limits.zipTooManyEntries': entry<{ limit: number }>({
    it: (p, w) => `l'archivio contiene più di ${w.num(p.limit)} voci`,
    en: (p, w) => `the archive holds more than ${w.num(p.limit)} entries`,
  }),
  'limits.zipTooLarge': entry<{ megabytes: number }>({
    it: (p, w) => `l'archivio si decomprime in più di ${w.num(p.megabytes)} MB`,
    en: (p, w) => `the archive inflates to more than ${w.num(p.megabytes)} MB`,
  }),
  'limits.zipEncrypted': entry({
    it: () => "l'archivio è cifrato con una password",
    en: () => 'the archive is encrypted with a password',
  }),
  'limits.zipDamaged': entry({
    it: () => "l'archivio zip è danneggiato (una voce non si decomprime nella dimensione che dichiara)",
    en: () => 'the zip archive is damaged (an entry does not inflate to the size it declares)',
  }),
  'limits.zip64': entry({
    it: () => 'archivio zip64 (oltre 65.535 voci o 4 GB): non viene letto',
    en: () => 'zip64 archive (over 65,535 entries or 4 GB): not read',
  }),
  'limits.documentTooLarge': entry<{ megabytes: number; elements: number }>({
    it: (p, w) => `il testo del documento supera ${w.num(p.megabytes)} MB o ${w.num(p.elements)} elementi`,
    en: (p, w) => `the document's text passes ${w.num(p.megabytes)} MB or ${w.num(p.elements)} elements`,
  }),
  'limits.tooManyCells': entry<{ limit: number }>({
    it: (p, w) => `la cartella contiene più di ${w.num(p.limit)} celle`,
    en: (p, w) => `the workbook holds more than ${w.num(p.limit)} cells`,
  }),
  'limits.outsideSheet': entry<{ part: string; reference: string }>({
    it: (p) => `${p.part}: il riferimento ${p.reference} è fuori dal foglio di Excel (1.048.576 righe, 16.384 colonne)`,
    en: (p) => `${p.part}: the reference ${p.reference} is outside Excel's sheet (1,048,576 rows, 16,384 columns)`,
  }),
  'limits.cellWithoutReference': entry<{ part: string }>({
    it: (p) => `${p.part}: una cella senza riferimento (l'attributo r, che Excel scrive sempre): il file non è stato salvato da Excel o è danneggiato; aprirlo e salvarlo di nuovo in Excel`,
    en: (p) => `${p.part}: a cell without a reference (the r attribute, which Excel always writes): the file was not saved by Excel or is damaged; open it and save it again in Excel`,
  }),
  'limits.textTooLong': entry<{ part: string; start: string; length: number; limit: number }>({
    it: (p, w) => `${p.part}: il testo "${p.start}…" ha ${w.num(p.length)} caratteri, oltre il limite di Excel (${w.num(p.limit)})`,
    en: (p, w) => `${p.part}: the text "${p.start}…" has ${w.num(p.length)} characters, over Excel's limit (${w.num(p.limit)})`,
  }),
  'limits.areaTooLarge': entry<{ part: string; reference: string; cells: number; limit: number }>({
    it: (p, w) => `${p.part}: l'intervallo ${p.reference} copre ${w.num(p.cells)} celle, oltre le ${w.num(p.limit)} che una cartella può avere`,
    en: (p, w) => `${p.part}: the range ${p.reference} covers ${w.num(p.cells)} cells, over the ${w.num(p.limit)} a workbook may have`,
  }),
  'limits.rangeTooLarge': entry<{ sheet: string | null; cell: string; range: string; cells: number; limit: number }>({
    it: (p, w) => `${p.sheet === null ? `nome ${p.cell}` : `'${p.sheet}'!${p.cell}`}: l'intervallo ${p.range} copre ${w.num(p.cells)} celle, troppe per il calcolo (in tutto gli intervalli possono coprirne ${w.num(p.limit)})`,
    en: (p, w) => `${p.sheet === null ? `name ${p.cell}` : `'${p.sheet}'!${p.cell}`}: the range ${p.range} covers ${w.num(p.cells)} cells, too many to calculate (all ranges together may cover ${w.num(p.limit)})`,
  }),
  /** A cell of a sheet being written: "'Riepilogo'!B7". */
  'limits.cell': entry<{ sheet: string; cell: string }>({
    it: (p) => `'${p.sheet}'!${p.cell}`,
    en: (p) => `'${p.sheet}'!${p.cell}`,
  }),
  'limits.objectiveCell': entry<{ objective: number; cell: Message }>({
    it: (p, w) => `Obiettivo ${p.objective} (${w.text(p.cell)})`,
    en: (p, w) => `Objective ${p.objective} (${w.text(p.cell)})`,
  }),
  /** An objective's field by its label: "Obiettivo 5, indicatore 3, «Target»". */
  'limits.field': entry<{ objective: number; indicator: number | null; it: string; en: string }>({
    it: (p) => `Obiettivo ${p.objective}, ${p.indicator === null ? '' : `indicatore ${p.indicator}, `}campo "${p.it}"`,
    en: (p) => `Objective ${p.objective}, ${p.indicator === null ? '' : `indicator ${p.indicator}, `}field "${p.en}"`,
  }),
  'limits.textTooLongForCell': entry<{ where: Message; length: number; limit: number }>({
    it: (p, w) => `${w.text(p.where)}: ${w.num(p.length)} caratteri, oltre i ${w.num(p.limit)} che una cella di Excel può contenere`,
    en: (p, w) => `${w.text(p.where)}: ${w.num(p.length)} characters, over the ${w.num(p.limit)} an Excel cell can hold`,
  }),
  'limits.formulaTooLong': entry<{ where: Message; length: number; limit: number }>({
    it: (p, w) => `${w.text(p.where)}: formula di ${w.num(p.length)} caratteri, oltre i ${w.num(p.limit)} di Excel`,
    en: (p, w) => `${w.text(p.where)}: a formula of ${w.num(p.length)} characters, over Excel's ${w.num(p.limit)}`,
  }),
  'limits.sheetTooLarge': entry<{ sheet: string; cell: string; rows: number }>({
    it: (p, w) => `il foglio "${p.sheet}" arriverebbe alla cella ${p.cell}, oltre le ${w.num(p.rows)} righe o la colonna XFD di Excel`,
    en: (p, w) => `sheet "${p.sheet}" would reach cell ${p.cell}, past Excel's ${w.num(p.rows)} rows or column XFD`,
  }),
  'limits.sheetNameTooLong': entry<{ name: string; limit: number }>({
    it: (p, w) => `il nome del foglio "${p.name}" supera i ${w.num(p.limit)} caratteri di Excel`,
    en: (p, w) => `the sheet name "${p.name}" is longer than Excel's ${w.num(p.limit)} characters`,
  }),
  'limits.objectiveNumberUnsafe': entry<{ where: Message | string; value: string }>({
    it: (p, w) => `${w.text(p.where)}: il numero di obiettivo ${p.value} non è utilizzabile (serve un intero da 1 a 9.007.199.254.740.991)`,
    en: (p, w) => `${w.text(p.where)}: the objective number ${p.value} cannot be used (a whole number from 1 to 9,007,199,254,740,991 is needed)`,
  }),
  'limits.tooManyIndicators': entry<{ objective: number; indicators: number; limit: number }>({
    it: (p, w) => `Obiettivo ${p.objective}: ${w.num(p.indicators)} indicatori, oltre i ${w.num(p.limit)} che un foglio obiettivo può contenere`,
    en: (p, w) => `Objective ${p.objective}: ${w.num(p.indicators)} indicators, over the ${w.num(p.limit)} an objective sheet can hold`,
  }),
};
