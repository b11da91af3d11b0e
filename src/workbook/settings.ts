// The workbook's settings: ONE type, from the task pane through src/excel to the hidden settings sheet. Each setting
// is declared once below (rows, labels, formats, default, reading); the defaults, the sheet and its reader derive from it.
import type { StatusCutoffs } from '../core/model';
import { choiceCodec, degreeCodec, numberCodec, textCodec } from './field-codecs';
import { cutoffsField } from './rule-settings';
import { flagCodec, singleCell, type SettingField } from './setting-field';
import { NUMBER_FORMATS } from './styles';

export type Language = 'it' | 'en';

export interface WorkbookSettings {
  cutoffs: StatusCutoffs;
  /** Final degree (0..1) under which nothing is paid. */
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

/** Named items the formulas use. */
export const SETTING_NAMES = {
  achievedFrom: 'TRG_ACHIEVED_FROM',
  partialFrom: 'TRG_PARTIAL_FROM',
  paymentThreshold: 'TRG_PAYMENT_THRESHOLD',
  fundTotal: 'TRG_FUND_TOTAL',
} as const;

type SettingFields = { readonly [K in keyof WorkbookSettings]: SettingField<WorkbookSettings[K]> };

/** Every setting, in the order of the sheet's rows; the mapped type makes a missing or misspelled one a compile error. */
export const SETTING_FIELDS: SettingFields = {
  cutoffs: cutoffsField(SETTING_NAMES),
  paymentThreshold: singleCell(
    { key: 'paymentThreshold', label: 'Grado sotto il quale non si paga', numberFormat: NUMBER_FORMATS.percentWhole, name: SETTING_NAMES.paymentThreshold },
    degreeCodec,
    0,
  ),
  fundTotal: singleCell<number | null>(
    { key: 'fundTotal', label: 'Totale risorse variabili (vuoto = somma degli importi stanziati)', numberFormat: NUMBER_FORMATS.euro, name: SETTING_NAMES.fundTotal },
    numberCodec(NUMBER_FORMATS.euro, { min: 0 }),
    null,
  ),
  language: singleCell<Language | null>(
    { key: 'language', label: 'Lingua del riquadro (it / en; vuoto = quella di Office)', numberFormat: NUMBER_FORMATS.text },
    choiceCodec<Language>({ it: 'it', en: 'en' }),
    null,
  ),
  includeChart: singleCell({ key: 'includeChart', label: 'Riepilogo con il grafico', numberFormat: NUMBER_FORMATS.general }, flagCodec, true),
  includeAnnex: singleCell({ key: 'includeAnnex', label: "Riepilogo con l'allegato degli indicatori", numberFormat: NUMBER_FORMATS.general }, flagCodec, true),
  summaryTitle: singleCell<string | null>({ key: 'summaryTitle', label: 'Titolo del riepilogo', numberFormat: NUMBER_FORMATS.text }, textCodec, null),
};

/** The settings' keys in the order of the sheet's rows. */
export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as (keyof WorkbookSettings)[];

/** Settings made field by field; complete by construction, since SETTING_FIELDS has exactly one field per key. */
export function settingsFieldwise(value: <K extends keyof WorkbookSettings>(key: K, field: SettingField<WorkbookSettings[K]>) => WorkbookSettings[K]): WorkbookSettings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, value(key, SETTING_FIELDS[key])])) as unknown as WorkbookSettings;
}

export const DEFAULT_SETTINGS: WorkbookSettings = settingsFieldwise((_key, field) => field.fallback);
