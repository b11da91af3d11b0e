// The Riepilogo options as form text (percentages as 0..100, euro) and back to the workbook settings they edit.
import { parseValue } from '../../../core/parse';
import type { Dictionary } from '../../i18n/dictionary';
import { formatInputNumber } from '../../format';
import type { WorkbookSettings } from '../../../workbook/settings';

export interface SummaryOptionsDraft {
  includeChart: boolean;
  includeAnnex: boolean;
  achievedFrom: string;
  partialFrom: string;
  paymentThreshold: string;
  fundTotal: string;
}

export type OptionsResult = { ok: true; settings: WorkbookSettings } | { ok: false; errors: string[] };

/** Fractions shown as percentage points, rounded so 0.95 reads "95" and not "94,99999". */
const points = (fraction: number, locale: string): string => formatInputNumber(Math.round(fraction * 1e6) / 1e4, locale);

export function optionsDraftFromSettings(settings: WorkbookSettings, locale: string): SummaryOptionsDraft {
  return {
    includeChart: settings.includeChart,
    includeAnnex: settings.includeAnnex,
    achievedFrom: points(settings.cutoffs.achievedFrom, locale),
    partialFrom: points(settings.cutoffs.partialFrom, locale),
    paymentThreshold: points(settings.paymentThreshold, locale),
    fundTotal: formatInputNumber(settings.fundTotal, locale),
  };
}

/** Percentage points 0..100 ("95", "95%", "95,5") as a fraction; undefined after listing why not. */
function readPercent(text: string, field: string, strings: Dictionary, errors: string[]): number | undefined {
  let points: number | undefined;
  try {
    const value = parseValue(text);
    if (value && value.kind === 'number') points = value.percent ? value.value * 100 : value.value;
  } catch {
    points = undefined;
  }
  if (points === undefined) {
    errors.push(strings.summary.errors.notANumber(field, text));
    return undefined;
  }
  if (!(points >= 0 && points <= 100)) {
    errors.push(strings.summary.errors.percentRange(field));
    return undefined;
  }
  return points / 100;
}

function readAmount(text: string, field: string, strings: Dictionary, errors: string[]): number | null | undefined {
  if (!text.trim()) return null;
  try {
    const value = parseValue(text);
    if (value && value.kind === 'number' && !value.percent) {
      if (value.value < 0) {
        errors.push(strings.summary.errors.negative(field));
        return undefined;
      }
      return value.value;
    }
  } catch {
    // reported below with the field's name
  }
  errors.push(strings.summary.errors.notANumber(field, text));
  return undefined;
}

export function settingsFromOptionsDraft(draft: SummaryOptionsDraft, base: WorkbookSettings, strings: Dictionary): OptionsResult {
  const errors: string[] = [];
  const labels = strings.summary;
  const achievedFrom = readPercent(draft.achievedFrom, labels.achievedFrom, strings, errors);
  const partialFrom = readPercent(draft.partialFrom, labels.partialFrom, strings, errors);
  const paymentThreshold = readPercent(draft.paymentThreshold, labels.threshold, strings, errors);
  const fundTotal = readAmount(draft.fundTotal, labels.fundTotal, strings, errors);
  if (achievedFrom !== undefined && partialFrom !== undefined && achievedFrom < partialFrom) errors.push(labels.errors.cutoffOrder);
  if (errors.length > 0 || achievedFrom === undefined || partialFrom === undefined || paymentThreshold === undefined || fundTotal === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    settings: {
      ...base,
      includeChart: draft.includeChart,
      includeAnnex: draft.includeAnnex,
      cutoffs: { achievedFrom, partialFrom },
      paymentThreshold,
      fundTotal,
    },
  };
}
