// The workbook's settings: ONE type, from the task pane through src/excel to the hidden settings sheet. Each setting
// is declared once below (rows, labels, formats, default, reading); the defaults, the sheet and its reader derive from it.
import { defaultFundReference } from '../core/fund';
import { DEFAULT_RULES, type EvaluationRules } from '../core/rules';
import { choiceCodec, degreeCodec, numberCodec, textCodec } from './field-codecs';
import { cutoffsField, finalDegreeCodec, payoutField, toleranceCodec } from './rule-settings';
import { flagCodec, singleCell, type SettingField } from './setting-field';
import { NUMBER_FORMATS } from './styles';

export type Language = 'it' | 'en';

/** The body's evaluation rules (cut-offs, payout, deadline tolerance, final degree), then the report's own settings. */
export interface WorkbookSettings extends EvaluationRules {
  /** Total of the fund's resources for objectives in euro; null = the sum of the allocated amounts. */
  fundTotal: number | null;
  /** The fund's label with its legal reference in the Riepilogo; null = the default for the report's year. */
  fundReference: string | null;
  /** The report's year; null = not known. */
  reportYear: number | null;
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
  payoutRule: 'TRG_PAYOUT_RULE',
  payoutBands: 'TRG_PAYOUT_BANDS',
  deadlineTolerance: 'TRG_DEADLINE_TOLERANCE',
  finalFromOiv: 'TRG_FINAL_FROM_OIV',
  fundTotal: 'TRG_FUND_TOTAL',
  reportYear: 'TRG_REPORT_YEAR',
} as const;

type SettingFields = { readonly [K in keyof WorkbookSettings]: SettingField<WorkbookSettings[K]> };

/** Every setting, in the order of the sheet's rows; the mapped type makes a missing or misspelled one a compile error. */
export const SETTING_FIELDS: SettingFields = {
  cutoffs: cutoffsField(SETTING_NAMES),
  payout: payoutField({ kind: SETTING_NAMES.payoutRule, threshold: SETTING_NAMES.paymentThreshold, bands: SETTING_NAMES.payoutBands }),
  deadlineToleranceDays: singleCell(
    { key: 'deadlineToleranceDays', label: 'Tolleranza sulle scadenze (giorni)', numberFormat: NUMBER_FORMATS.integer, name: SETTING_NAMES.deadlineTolerance },
    toleranceCodec,
    DEFAULT_RULES.deadlineToleranceDays,
  ),
  finalDegree: singleCell(
    { key: 'finalDegree', label: 'Grado finale dalla valutazione OIV quando presente (FALSO = sempre il grado calcolato)', numberFormat: NUMBER_FORMATS.general, name: SETTING_NAMES.finalFromOiv },
    finalDegreeCodec,
    DEFAULT_RULES.finalDegree,
  ),
  verdictTolerance: singleCell(
    { key: 'verdictTolerance', label: 'Scarto ammesso tra grado calcolato e valutazione OIV prima di segnalarlo', numberFormat: NUMBER_FORMATS.percentWhole },
    degreeCodec,
    DEFAULT_RULES.verdictTolerance,
  ),
  fundTotal: singleCell<number | null>(
    { key: 'fundTotal', label: 'Totale delle risorse per obiettivi (vuoto = somma degli importi stanziati)', numberFormat: NUMBER_FORMATS.euro, name: SETTING_NAMES.fundTotal },
    numberCodec(NUMBER_FORMATS.euro, { min: 0 }),
    null,
  ),
  fundReference: singleCell<string | null>(
    { key: 'fundReference', label: "Voce del fondo nel riepilogo, con il riferimento normativo (vuoto = quella dell'anno)", numberFormat: NUMBER_FORMATS.text },
    textCodec,
    null,
  ),
  reportYear: singleCell<number | null>(
    { key: 'reportYear', label: 'Anno della relazione', numberFormat: NUMBER_FORMATS.integer, name: SETTING_NAMES.reportYear },
    numberCodec(NUMBER_FORMATS.integer, { min: 0 }),
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

/** The Riepilogo's fund line: the analyst's own wording, else the default for the report's year. */
export function fundLabel(settings: Pick<WorkbookSettings, 'fundReference' | 'reportYear'>): string {
  return settings.fundReference ?? defaultFundReference(settings.reportYear);
}
