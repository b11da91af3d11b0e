// The hidden tagged sheet "Traguardo" that stores the workbook settings as key/label/value rows: the most portable
// store (Excel, the emulator and .xlsx files all carry it). Named items point at the values so formulas read them live.
// Its rows, writing and reading all come from SETTING_FIELDS.
import type { CellScalar, CellBlock, ExistingSheetPolicy, LayoutCell, NameSpec, SheetLayout } from './layout';
import { textCell } from './cells';
import { SETTINGS_SHEET_NAME } from './naming';
import { SETTING_FIELDS, SETTING_KEYS, settingsFieldwise, DEFAULT_SETTINGS, type WorkbookSettings } from './settings';
import type { RowEntry, SettingProblem, SettingRow } from './setting-field';
import { snapshotCellAt, snapshotLastRow, type SheetSnapshot } from './snapshot';
import { stylesFor } from './styles';
import { SETTINGS_ANCHOR_NAME } from './tags';

const FIRST_SETTING_ROW = 4;
const VALUE_COLUMNS = ['C', 'D'];
/** D holds the second value of a pair (a payout band's share). */
const VALUE_HEADERS = ['Valore', 'Quota'];

function valueCell(value: CellScalar | undefined, row: SettingRow): LayoutCell {
  if (value === undefined) return { numberFormat: row.numberFormat, style: 'text' };
  return { value, numberFormat: row.numberFormat, style: 'text' };
}

/** Every setting's rows with the cells its value writes, in sheet order. */
function settingRows(settings: WorkbookSettings): { row: SettingRow; cells: (CellScalar | undefined)[] }[] {
  const rowsOf = <K extends keyof WorkbookSettings>(key: K) => {
    const field = SETTING_FIELDS[key];
    const cells = field.write(settings[key]);
    return field.rows.map((row, index) => ({ row, cells: cells[index] }));
  };
  return SETTING_KEYS.flatMap(rowsOf);
}

/** One named item per name: a single cell, or the C:D range over the consecutive rows that share it. */
function namesOf(rows: ReadonlyArray<SettingRow>): NameSpec[] {
  const names: NameSpec[] = [];
  rows.forEach((row, index) => {
    if (row.name === undefined || rows[index - 1]?.name === row.name) return;
    let last = index;
    while (rows[last + 1]?.name === row.name) last++;
    const first = `C${FIRST_SETTING_ROW + index}`;
    const single = last === index && row.width === 1;
    names.push({ name: row.name, address: single ? first : `${first}:${VALUE_COLUMNS[row.width - 1]}${FIRST_SETTING_ROW + last}` });
  });
  return names;
}

/**
 * The settings sheet. policy 'keep' only creates it when missing (building objectives); 'refresh'
 * overwrites the values (the analyst changed a setting in the task pane).
 */
export function settingsSheetLayout(settings: WorkbookSettings, policy: ExistingSheetPolicy): SheetLayout {
  const rows = settingRows(settings);
  const columns = VALUE_COLUMNS.slice(0, Math.max(...rows.map(({ row }) => row.width)));
  const blank = columns.map(() => null);
  const cells: (LayoutCell | null)[][] = [
    [textCell('Impostazioni di Traguardo', 'title'), null, ...blank],
    [textCell('Foglio gestito dal componente aggiuntivo: modificare le impostazioni dal riquadro Traguardo.', 'hint'), null, ...blank],
    [textCell('Chiave', 'header'), textCell('Impostazione', 'header'), ...VALUE_HEADERS.slice(0, columns.length).map((header) => textCell(header, 'header'))],
    ...rows.map(({ row, cells: values }) => [
      textCell(row.key),
      textCell(row.label),
      ...columns.map((_column, index) => (index < row.width ? valueCell(values[index], row) : null)),
    ]),
  ];
  const block: CellBlock = { address: 'A1', cells };
  return {
    key: 'settings',
    name: SETTINGS_SHEET_NAME,
    tag: { kind: 'settings' },
    onExisting: policy,
    visibility: 'Hidden',
    blocks: [block],
    styles: stylesFor(['title', 'hint', 'header', 'text']),
    columnWidths: [
      { column: 'A', width: 110 },
      { column: 'B', width: 330 },
      { column: 'C', width: 110 },
      { column: 'D', width: 70 },
    ].slice(0, 2 + columns.length),
    tables: [],
    names: [{ name: SETTINGS_ANCHOR_NAME, address: 'A1' }, ...namesOf(rows.map(({ row }) => row))],
    conditionalFormats: [],
    charts: [],
    freezeRows: 0,
  };
}

export interface SettingsReading {
  settings: WorkbookSettings;
  /** Values that could not be used (the default was taken instead), with the cell that holds them. */
  problems: SettingProblem[];
  /** Where each row's value is, by the row's key, for problems about a setting that is usable but questionable. */
  addresses: ReadonlyMap<string, string>;
}

/** The rows of the sheet by their key (column A), wherever they are: an older or edited sheet may order them otherwise. */
function rowsByKey(snapshot: SheetSnapshot): Map<string, RowEntry> {
  const found = new Map<string, RowEntry>();
  const lastRow = snapshotLastRow(snapshot);
  for (let row = 0; row < lastRow; row++) {
    const key = snapshotCellAt(snapshot, { row, column: 0 }).value;
    if (typeof key !== 'string') continue;
    const values = VALUE_COLUMNS.map((_column, index) => snapshotCellAt(snapshot, { row, column: 2 + index }));
    found.set(key.trim(), { address: values[0].address, values: values.map((cell) => cell.value) });
  }
  return found;
}

/** Settings from the settings sheet's cells; anything missing or unusable falls back to the default and is reported. */
export function readSettings(snapshot: SheetSnapshot | null): SettingsReading {
  if (snapshot === null) return { settings: DEFAULT_SETTINGS, problems: [], addresses: new Map() };
  const found = rowsByKey(snapshot);
  const problems: SettingProblem[] = [];
  const settings = settingsFieldwise((_key, field) => {
    const reading = field.read(field.rows.map((row) => found.get(row.key)));
    problems.push(...reading.problems);
    return reading.value;
  });
  return { settings, problems, addresses: new Map([...found].map(([key, entry]) => [key, entry.address])) };
}
