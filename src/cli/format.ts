// Numbers as an Italian analyst reads them in the terminal: 1.234,50 €, 99,00%.

const TWO_DECIMALS = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });
const INTEGER = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 0, useGrouping: true });

/** 0.999 -> "99,90%"; null -> "—". */
export function percentText(fraction: number | null): string {
  return fraction === null ? '—' : `${TWO_DECIMALS.format(fraction * 100)}%`;
}

/** 0.95 -> "95%" (cut-offs and thresholds, as the sheet shows them). */
export function wholePercentText(fraction: number): string {
  return `${new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 }).format(fraction * 100)}%`;
}

/** 1234.5 -> "1.234,50 €"; null -> "—". */
export function euroText(amount: number | null): string {
  return amount === null ? '—' : `${TWO_DECIMALS.format(amount)} €`;
}

export function integerText(value: number): string {
  return INTEGER.format(value);
}

/** Seconds with one decimal, Italian style: "2,4 s". */
export function secondsText(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1).replace('.', ',')} s`;
}

/** Cuts a text to `width` characters with an ellipsis. */
export function clip(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= width ? oneLine : `${oneLine.slice(0, width - 1)}…`;
}
