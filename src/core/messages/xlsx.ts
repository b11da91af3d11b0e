// What the .xlsx reader and writer say about a file: why it cannot be read, what it holds that is left out or kept
// as the file saved it. The command prints these on stderr.
import { entry, type Message } from './message';

/** An object of the workbook a load step writes; `name` is its address or name when it has one. */
type Item = 'cells' | 'cell' | 'formats' | 'properties' | 'table' | 'conditionalFormat' | 'name' | 'sheetOrder';
const ITEM_IT: Record<Item, (name: string) => string> = {
  cells: () => 'celle',
  cell: (name) => `cella ${name}`,
  formats: () => 'formati',
  properties: () => 'proprietà del foglio',
  table: (name) => `tabella "${name}"`,
  conditionalFormat: (name) => `formattazione condizionale su ${name}`,
  name: (name) => `nome "${name}"`,
  sheetOrder: () => 'ordine dei fogli',
};
const ITEM_EN: Record<Item, (name: string) => string> = {
  cells: () => 'cells',
  cell: (name) => `cell ${name}`,
  formats: () => 'formats',
  properties: () => 'sheet properties',
  table: (name) => `table "${name}"`,
  conditionalFormat: (name) => `conditional format on ${name}`,
  name: (name) => `name "${name}"`,
  sheetOrder: () => 'sheet order',
};

export type XlsxItem = Item;

export const xlsxMessages = {
  'xlsx.unreadable': entry<{ reason: Message }>({
    it: (p, w) => `non è un file .xlsx leggibile (${w.text(p.reason)})`,
    en: (p, w) => `not a readable .xlsx file (${w.text(p.reason)})`,
  }),
  'xlsx.notZip': entry({ it: () => 'non è un archivio zip', en: () => 'not a zip archive' }),
  'xlsx.partMissing': entry<{ part: string }>({ it: (p) => `manca la parte ${p.part}`, en: (p) => `the part ${p.part} is missing` }),
  'xlsx.conditionalFormatNotRead': entry<{ type: string; range: string }>({
    it: (p) => `formattazione condizionale "${p.type}" su ${p.range} non letta (tipo non gestito)`,
    en: (p) => `conditional format "${p.type}" on ${p.range} not read (type not handled)`,
  }),
  'xlsx.nameNotRead': entry<{ name: string; ranges: number }>({
    it: (p) => `nome "${p.name}" non letto: rimanda a ${p.ranges} intervalli`,
    en: (p) => `name "${p.name}" not read: it refers to ${p.ranges} ranges`,
  }),
  'xlsx.item': entry<{ item: Item; name: string }>({
    it: (p) => ITEM_IT[p.item](p.name),
    en: (p) => ITEM_EN[p.item](p.name),
  }),
  'xlsx.notLoaded': entry<{ item: Message; reason: Message }>({
    it: (p, w) => `${w.text(p.item)} non caricato: ${w.text(p.reason)}`,
    en: (p, w) => `${w.text(p.item)} not loaded: ${w.text(p.reason)}`,
  }),
  /** Formulas the engine cannot compute, which keep the result Excel saved; `example` is one of them as written. */
  'xlsx.cachedResults': entry<{ count: number; example: string }>({
    it: (p) =>
      `${p.count === 1 ? 'una formula non calcolabile' : `${p.count} formule non calcolabili`} dal motore di calcolo: vale il risultato salvato nel file (es. ${p.example})`,
    en: (p) =>
      `${p.count === 1 ? 'one formula' : `${p.count} formulas`} the engine cannot compute: the result saved in the file stands (e.g. ${p.example})`,
  }),
  'xlsx.conditionalFormatWithoutRule': entry<{ range: string }>({
    it: (p) => `formattazione condizionale su ${p.range} senza regola: non scritta`,
    en: (p) => `conditional format on ${p.range} without a rule: not written`,
  }),
  'xlsx.nameOfSheet': entry<{ name: string }>({
    it: (p) => `nome "${p.name}" valido solo nel foglio: non scritto`,
    en: (p) => `name "${p.name}" valid on its sheet only: not written`,
  }),
  'xlsx.noStopIfTrue': entry({
    it: () => 'ExcelJS non scrive "Interrompi se vero" delle formattazioni condizionali',
    en: () => 'ExcelJS does not write the "Stop if true" of conditional formats',
  }),
  'xlsx.noCharts': entry({ it: () => 'ExcelJS non sa scrivere grafici', en: () => 'ExcelJS cannot write charts' }),
  'xlsx.noSheetProperties': entry({
    it: () => 'ExcelJS non scrive le proprietà personalizzate dei fogli',
    en: () => "ExcelJS does not write sheets' custom properties",
  }),
  'xlsx.onlyCellNames': entry<{ formula: string }>({
    it: (p) => `ExcelJS scrive solo nomi che puntano a celle, non "${p.formula}"`,
    en: (p) => `ExcelJS writes only names that refer to cells, not "${p.formula}"`,
  }),
  'xlsx.noNameComments': entry({ it: () => 'ExcelJS non scrive i commenti dei nomi', en: () => "ExcelJS does not write names' comments" }),
};
