// The grid shows Italian Excel, so users type as in Italian Excel ("1.134", "99,5%", "31/07/2022", "VERO");
// the emulator reads typed input as en-US Excel does, so the entry is rewritten into that reading first.

const ITALIAN_NUMBER = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s?%)?$/;
const ITALIAN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const EURO = /^(?:€\s?(.+)|(.+?)\s?€)$/;

/**
 * `text` as en-US Excel must read it to store what Italian Excel stores: numbers with "," decimals and "." thousands,
 * percentages, d/m/y dates, VERO/FALSO. Formulas (cell-entry.ts translates them), forced text ("'…")
 * and anything else pass unchanged. A cell formatted as text ("@") keeps the entry as typed: pass `cellIsText`.
 */
export function italianEntryToEnUs(text: string, cellIsText = false): string {
  if (cellIsText || text.startsWith('=') || text.startsWith("'")) return text;
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'VERO') return 'TRUE';
  if (upper === 'FALSO') return 'FALSE';
  const euro = EURO.exec(trimmed);
  const amount = euro ? (euro[1] ?? euro[2]).trim() : trimmed;
  const number = ITALIAN_NUMBER.exec(amount);
  if (number && !(euro && number[4])) {
    const [, sign, whole, decimals, percent] = number;
    return `${sign}${whole.replace(/\./g, '')}${decimals ? `.${decimals}` : ''}${percent ? '%' : ''}`;
  }
  const date = euro ? null : ITALIAN_DATE.exec(trimmed);
  if (date) {
    const [, day, month, year] = date;
    return `${Number(month)}/${Number(day)}/${year}`;
  }
  return text;
}
