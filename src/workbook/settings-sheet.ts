// Workbook settings (cut-offs, payment threshold, fund total, language) on a hidden tagged sheet
// "Traguardo" with key/value rows: the most portable store (Excel, the emulator and .xlsx files all carry it).
// Named items point at the values so objective and summary formulas read them live.
import { DEFAULT_CUTOFFS, type StatusCutoffs } from '../core/model';
import { numberCell, textCell } from './cells';
import type { CellBlock, ExistingSheetPolicy, LayoutCell, SheetLayout } from './layout';
import { SETTINGS_SHEET_NAME } from './naming';
import { isEmptyEntry, snapshotCellAt, snapshotLastRow, type SheetSnapshot, type SnapshotValue } from './snapshot';
import { NUMBER_FORMATS, stylesFor } from './styles';
import { SETTINGS_ANCHOR_NAME } from './tags';

export type Language = 'it' | 'en';

export interface WorkbookSettings {
  cutoffs: StatusCutoffs;
  /** Final degree (0..1) under which nothing is paid; 0 = no threshold. */
  paymentThreshold: number;
  /** Total of the variable resources in euro; null = the sum of the allocated amounts. */
  fundTotal: number | null;
  /** Language override of the task pane; null = Office's display language. */
  language: Language | null;
  /** What the summary includes. */
  includeChart: boolean;
  includeAnnex: boolean;
  /** The summary's title row; null = a generic title. */
  summaryTitle: string | null;
}

export const DEFAULT_SETTINGS: WorkbookSettings = {
  cutoffs: DEFAULT_CUTOFFS,
  paymentThreshold: 0,
  fundTotal: null,
  language: null,
  includeChart: true,
  includeAnnex: true,
  summaryTitle: null,
};

/** Named items the formulas use. */
export const SETTING_NAMES = {
  achievedFrom: 'TRG_ACHIEVED_FROM',
  partialFrom: 'TRG_PARTIAL_FROM',
  paymentThreshold: 'TRG_PAYMENT_THRESHOLD',
  fundTotal: 'TRG_FUND_TOTAL',
} as const;

type SettingKey = 'achievedFrom' | 'partialFrom' | 'paymentThreshold' | 'fundTotal' | 'language' | 'includeChart' | 'includeAnnex' | 'summaryTitle';

const SETTING_ROWS: ReadonlyArray<{ key: SettingKey; label: string; numberFormat: string }> = [
  { key: 'achievedFrom', label: 'Grado minimo per "Raggiunto"', numberFormat: NUMBER_FORMATS.percentWhole },
  { key: 'partialFrom', label: 'Grado minimo per "Parzialmente raggiunto"', numberFormat: NUMBER_FORMATS.percentWhole },
  { key: 'paymentThreshold', label: 'Grado sotto il quale non si paga', numberFormat: NUMBER_FORMATS.percentWhole },
  { key: 'fundTotal', label: 'Totale risorse variabili (vuoto = somma degli importi stanziati)', numberFormat: NUMBER_FORMATS.euro },
  { key: 'language', label: 'Lingua del riquadro (it / en; vuoto = quella di Office)', numberFormat: NUMBER_FORMATS.text },
  { key: 'includeChart', label: 'Riepilogo con il grafico', numberFormat: NUMBER_FORMATS.general },
  { key: 'includeAnnex', label: "Riepilogo con l'allegato degli indicatori", numberFormat: NUMBER_FORMATS.general },
  { key: 'summaryTitle', label: 'Titolo del riepilogo', numberFormat: NUMBER_FORMATS.text },
];

const FIRST_SETTING_ROW = 4;

function settingValue(settings: WorkbookSettings, key: SettingKey): number | string | boolean | null {
  switch (key) {
    case 'achievedFrom':
      return settings.cutoffs.achievedFrom;
    case 'partialFrom':
      return settings.cutoffs.partialFrom;
    case 'paymentThreshold':
      return settings.paymentThreshold;
    case 'fundTotal':
      return settings.fundTotal;
    case 'language':
      return settings.language;
    case 'includeChart':
      return settings.includeChart;
    case 'includeAnnex':
      return settings.includeAnnex;
    case 'summaryTitle':
      return settings.summaryTitle;
  }
}

/**
 * The settings sheet. policy 'keep' only creates it when missing (building objectives); 'refresh'
 * overwrites the values (the analyst changed a setting in the task pane).
 */
export function settingsSheetLayout(settings: WorkbookSettings, policy: ExistingSheetPolicy): SheetLayout {
  const rows: (LayoutCell | null)[][] = [
    [textCell('Impostazioni di Traguardo', 'title'), null, null],
    [textCell('Foglio gestito dal componente aggiuntivo: modificare le impostazioni dal riquadro Traguardo.', 'hint'), null, null],
    [textCell('Chiave', 'header'), textCell('Impostazione', 'header'), textCell('Valore', 'header')],
  ];
  const names = [{ name: SETTINGS_ANCHOR_NAME, address: 'A1' }];
  SETTING_ROWS.forEach((row, index) => {
    const value = settingValue(settings, row.key);
    const valueCell =
      typeof value === 'string' ? textCell(value) : typeof value === 'boolean' ? { value, style: 'text' } : numberCell(value, row.numberFormat);
    rows.push([textCell(row.key), textCell(row.label), valueCell]);
    if (row.key in SETTING_NAMES) {
      names.push({ name: SETTING_NAMES[row.key as keyof typeof SETTING_NAMES], address: `C${FIRST_SETTING_ROW + index}` });
    }
  });
  const block: CellBlock = { address: 'A1', cells: rows };
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
    ],
    tables: [],
    names,
    conditionalFormats: [],
    charts: [],
    freezeRows: 0,
  };
}

export interface SettingsReading {
  settings: WorkbookSettings;
  /** Italian messages for values that could not be used (the default was taken instead). */
  problems: { address: string; message: string }[];
}

function asFraction(entry: SnapshotValue): number | null {
  if (typeof entry === 'number' && Number.isFinite(entry)) return entry;
  return null;
}

/** Settings from the settings sheet's cells; anything missing or unusable falls back to the default and is reported. */
export function readSettings(snapshot: SheetSnapshot | null): SettingsReading {
  const problems: SettingsReading['problems'] = [];
  if (snapshot === null) return { settings: DEFAULT_SETTINGS, problems };
  const found = new Map<string, { address: string; value: SnapshotValue }>();
  const lastRow = snapshotLastRow(snapshot);
  for (let row = 0; row < lastRow; row++) {
    const key = snapshotCellAt(snapshot, { row, column: 0 }).value;
    if (typeof key !== 'string') continue;
    const cell = snapshotCellAt(snapshot, { row, column: 2 });
    found.set(key.trim(), { address: cell.address, value: cell.value });
  }
  const fraction = (key: SettingKey, fallback: number): number => {
    const entry = found.get(key);
    if (entry === undefined || isEmptyEntry(entry.value)) return fallback;
    const value = asFraction(entry.value);
    if (value === null || value < 0 || value > 1) {
      problems.push({ address: entry.address, message: `Impostazione "${key}": "${String(entry.value)}" non è un grado tra 0% e 100%; si usa ${fallback}` });
      return fallback;
    }
    return value;
  };
  const achievedFrom = fraction('achievedFrom', DEFAULT_CUTOFFS.achievedFrom);
  let partialFrom = fraction('partialFrom', DEFAULT_CUTOFFS.partialFrom);
  if (partialFrom > achievedFrom) {
    problems.push({
      address: found.get('partialFrom')?.address ?? 'C5',
      message: `Impostazione "partialFrom" (${partialFrom}) maggiore di "achievedFrom" (${achievedFrom}); si usa ${achievedFrom}`,
    });
    partialFrom = achievedFrom;
  }
  const paymentThreshold = fraction('paymentThreshold', 0);
  const fundEntry = found.get('fundTotal');
  let fundTotal: number | null = null;
  if (fundEntry !== undefined && !isEmptyEntry(fundEntry.value)) {
    if (typeof fundEntry.value === 'number' && Number.isFinite(fundEntry.value) && fundEntry.value >= 0) fundTotal = fundEntry.value;
    else problems.push({ address: fundEntry.address, message: `Impostazione "fundTotal": "${String(fundEntry.value)}" non è un importo; si usa la somma degli importi stanziati` });
  }
  const titleEntry = found.get('summaryTitle')?.value;
  const summaryTitle = typeof titleEntry === 'string' && titleEntry.trim() !== '' ? titleEntry : null;
  const languageEntry = found.get('language')?.value;
  const language = typeof languageEntry === 'string' && (languageEntry.trim() === 'it' || languageEntry.trim() === 'en') ? languageEntry.trim() as Language : null;
  const flag = (key: 'includeChart' | 'includeAnnex'): boolean => {
    const entry = found.get(key)?.value;
    return typeof entry === 'boolean' ? entry : DEFAULT_SETTINGS[key];
  };
  return {
    settings: { cutoffs: { achievedFrom, partialFrom }, paymentThreshold, fundTotal, language, includeChart: flag('includeChart'), includeAnnex: flag('includeAnnex'), summaryTitle },
    problems,
  };
}

/** The settings with some values changed. */
export function mergeSettings(base: WorkbookSettings, changes: Partial<WorkbookSettings> | undefined): WorkbookSettings {
  if (changes === undefined) return base;
  return {
    cutoffs: changes.cutoffs ?? base.cutoffs,
    paymentThreshold: changes.paymentThreshold ?? base.paymentThreshold,
    fundTotal: changes.fundTotal !== undefined ? changes.fundTotal : base.fundTotal,
    language: changes.language !== undefined ? changes.language : base.language,
    includeChart: changes.includeChart ?? base.includeChart,
    includeAnnex: changes.includeAnnex ?? base.includeAnnex,
    summaryTitle: changes.summaryTitle !== undefined ? changes.summaryTitle : base.summaryTitle,
  };
}

/** Row of a setting's value cell on a fresh settings sheet (1-based), for tests and readers. */
export function settingRow(key: SettingKey): number {
  return FIRST_SETTING_ROW + SETTING_ROWS.findIndex((row) => row.key === key);
}

