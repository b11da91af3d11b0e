// Numbers as the pane shows them, in its locale: degrees as percentages, amounts in euro.

export function formatPercent(fraction: number | null, locale: string): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(fraction);
}

export function formatEuro(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount);
}

/** A number for an input field, without grouping so it re-parses the same ("1500,5"). */
export function formatInputNumber(value: number | null, locale: string): string {
  if (value === null) return '';
  return value.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 10 });
}
