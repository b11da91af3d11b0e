// Numbers as the terminal shows them in the command's language: 1.234,50 € and 99,00%, or €1,234.50 and 99.00%.
import type { Language } from '../core/messages';

const LOCALE: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

export interface NumberText {
  /** 0.999 -> "99,90%"; null -> "—". */
  percent(fraction: number | null): string;
  /** 1234.5 -> "1.234,50 €"; null -> "—". */
  euro(amount: number | null): string;
  integer(value: number): string;
}

export function numberText(language: Language): NumberText {
  const twoDecimals = new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });
  const integer = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0, useGrouping: true });
  return {
    percent: (fraction) => (fraction === null ? '—' : `${twoDecimals.format(fraction * 100)}%`),
    euro: (amount) => {
      if (amount === null) return '—';
      return language === 'it' ? `${twoDecimals.format(amount)} €` : `${amount < 0 ? '-' : ''}€${twoDecimals.format(Math.abs(amount))}`;
    },
    integer: (value) => integer.format(value),
  };
}

/** Cuts a text to `width` characters with an ellipsis. */
export function clip(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= width ? oneLine : `${oneLine.slice(0, width - 1)}…`;
}
