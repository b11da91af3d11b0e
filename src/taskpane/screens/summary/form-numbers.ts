// The Riepilogo's number fields as the analyst types them: percentages as points (0..100), euro, whole days.
import { parseValue } from '../../../core/parse';
import type { Dictionary } from '../../i18n/dictionary';
import { formatInputNumber } from '../../format';

/** Fractions shown as percentage points, rounded so 0.95 reads "95" and not "94,99999". */
export const points = (fraction: number, locale: string): string => formatInputNumber(Math.round(fraction * 1e6) / 1e4, locale);

/** A number typed in the form (Italian or English style), or undefined when it is not one. */
function typedNumber(text: string): { value: number; percent: boolean } | undefined {
  try {
    const value = parseValue(text);
    return value && value.kind === 'number' ? { value: value.value, percent: value.percent } : undefined;
  } catch {
    return undefined;
  }
}

/** Percentage points 0..100 ("95", "95%", "95,5") as a fraction; undefined after listing why not. */
export function readPercent(text: string, field: string, strings: Dictionary, errors: string[]): number | undefined {
  const typed = typedNumber(text);
  if (typed === undefined) {
    errors.push(strings.summary.errors.notANumber(field, text));
    return undefined;
  }
  const value = typed.percent ? typed.value * 100 : typed.value;
  if (!(value >= 0 && value <= 100)) {
    errors.push(strings.summary.errors.percentRange(field));
    return undefined;
  }
  return value / 100;
}

/** Euro, not negative; blank is null (the setting's default). */
export function readAmount(text: string, field: string, strings: Dictionary, errors: string[]): number | null | undefined {
  if (!text.trim()) return null;
  const typed = typedNumber(text);
  if (typed === undefined || typed.percent) {
    errors.push(strings.summary.errors.notANumber(field, text));
    return undefined;
  }
  if (typed.value < 0) {
    errors.push(strings.summary.errors.negative(field));
    return undefined;
  }
  return typed.value;
}

/** Whole days, not negative; blank is 0. */
export function readDays(text: string, field: string, strings: Dictionary, errors: string[]): number | undefined {
  if (!text.trim()) return 0;
  const typed = typedNumber(text);
  if (typed === undefined || typed.percent || !Number.isInteger(typed.value) || typed.value < 0) {
    errors.push(strings.summary.errors.wholeDays(field, text));
    return undefined;
  }
  return typed.value;
}
