// Numbers and dates as the document prints them: Italian conventions in Italian ("49,96", "99,00%", "1.234,50 €",
// "31/07/2022", "99/100"), English ones in English. Nothing computed shows an error code: what is missing is "—".
import { formatNumberIt } from '../core/format-number';
import type { Language } from '../core/messages';
import { formatDateIt, isNotMeasured, MAX_EXCEL_SERIAL } from '../core/parse';
import type { CellInput } from '../core/model';

export const MISSING = '—';

const LOCALE: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

export interface DocNumbers {
  language: Language;
  /** 0.999 -> "99,90%" (two decimals, as the sheets' percent format). */
  percent(fraction: number | null): string;
  /** A cut-off as the Riepilogo shows it: 0.95 -> "95%" (decimals only when it has them). */
  wholePercent(fraction: number): string;
  /** 1234.5 -> "1.234,50 €". */
  euro(amount: number | null): string;
  /** A count or a weight, as few decimals as it has. */
  plain(value: number | null): string;
  /** A serial date -> "31/07/2022". */
  date(serial: number): string;
  /** A result as the analyst entered it: text as written, numbers in the language, a date serial as a date; null for none. */
  actual(value: CellInput, isDate: boolean): string | null;
}

export function docNumbers(language: Language): DocNumbers {
  const twoDecimals = new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });
  const upToTwoDecimals = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2, useGrouping: true });
  const plain = (value: number): string => (language === 'it' ? formatNumberIt(value) : value.toLocaleString('en-GB', { maximumFractionDigits: 10 }));
  const date = (serial: number): string => formatDateIt(serial);
  return {
    language,
    percent: (fraction) => (fraction === null || !Number.isFinite(fraction) ? MISSING : `${twoDecimals.format(fraction * 100)}%`),
    wholePercent: (fraction) => `${upToTwoDecimals.format(fraction * 100)}%`,
    euro: (amount) => {
      if (amount === null || !Number.isFinite(amount)) return MISSING;
      return language === 'it' ? `${twoDecimals.format(amount)} €` : `${amount < 0 ? '-' : ''}€${twoDecimals.format(Math.abs(amount))}`;
    },
    plain: (value) => (value === null || !Number.isFinite(value) ? MISSING : plain(value)),
    date,
    actual: (value, isDate) => {
      // "n.v.", "-" and blanks say there is no result yet: the document says so with "—" (or "non rilevato").
      if (value === null || value === undefined || value === '' || isNotMeasured(value)) return null;
      if (typeof value === 'boolean') return language === 'it' ? (value ? 'SI' : 'NO') : value ? 'yes' : 'no';
      if (typeof value === 'number') return isDate && value >= 1 && value <= MAX_EXCEL_SERIAL ? date(value) : plain(value);
      return value.trim();
    },
  };
}
