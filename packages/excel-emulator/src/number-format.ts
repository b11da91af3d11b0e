// Renders a cell value through an Excel number format ("0.00%", "#,##0.00 €", "dd/mm/yyyy") as Range.text does.

import { serialToParts } from './serial-date';

export type CellValue = number | string | boolean;

/** What differs between Excel's display languages: separators, month and day names, TRUE/FALSE and error words. */
export interface DisplayLocale {
  decimalSeparator: string;
  groupSeparator: string;
  months: readonly string[];
  monthsShort: readonly string[];
  days: readonly string[];
  daysShort: readonly string[];
  trueText: string;
  falseText: string;
  errors: Readonly<Record<string, string>>;
  /** Excel's built-in short date "m/d/yyyy" (format 14, what a typed date gets) as this locale's regional settings show it. */
  shortDate?: string;
}

export const EN_US: DisplayLocale = {
  decimalSeparator: '.',
  groupSeparator: ',',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  daysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  trueText: 'TRUE',
  falseText: 'FALSE',
  errors: {},
};

export const IT_IT: DisplayLocale = {
  decimalSeparator: ',',
  groupSeparator: '.',
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  monthsShort: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  days: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  daysShort: ['dom', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab'],
  trueText: 'VERO',
  falseText: 'FALSO',
  errors: { '#VALUE!': '#VALORE!', '#NAME?': '#NOME?', '#REF!': '#RIF!', '#N/A': '#N/D', '#NULL!': '#NULLO!' },
  shortDate: 'dd/mm/yyyy',
};

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; char: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'group' }
  | { kind: 'percent' }
  | { kind: 'exponent'; sign: '+' | '-' }
  | { kind: 'text' }
  | { kind: 'date'; code: string }
  | { kind: 'ampm'; code: string };

/** Splits a format on ";" outside quotes, brackets and escapes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !inQuote && i + 1 < format.length) {
      current += ch + format[i + 1];
      i += 1;
      continue;
    }
    if (ch === '"' && !inBracket) inQuote = !inQuote;
    else if (ch === '[' && !inQuote) inBracket = true;
    else if (ch === ']' && !inQuote) inBracket = false;
    if (ch === ';' && !inQuote && !inBracket) {
      sections.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

const DATE_RUN = /^(y+|m+|d+|h+|s+)/i;

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i += 2;
    } else if (ch === '_') {
      tokens.push({ kind: 'literal', text: ' ' });
      i += 2;
    } else if (ch === '*') {
      i += 2; // Fill characters repeat to the column width; a text rendering drops them.
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? section.length : end);
      const currency = /^\$([^-]*)/.exec(inside);
      if (currency && currency[1] !== '') tokens.push({ kind: 'literal', text: currency[1] });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '0' || ch === '#' || ch === '?') {
      tokens.push({ kind: 'digit', char: ch });
      i += 1;
    } else if (ch === '.') {
      tokens.push({ kind: 'point' });
      i += 1;
    } else if (ch === ',') {
      tokens.push({ kind: 'group' });
      i += 1;
    } else if (ch === '%') {
      tokens.push({ kind: 'percent' });
      i += 1;
    } else if ((ch === 'E' || ch === 'e') && (section[i + 1] === '+' || section[i + 1] === '-')) {
      tokens.push({ kind: 'exponent', sign: section[i + 1] as '+' | '-' });
      i += 2;
    } else if (ch === '@') {
      tokens.push({ kind: 'text' });
      i += 1;
    } else if (/^AM\/PM/i.test(rest)) {
      tokens.push({ kind: 'ampm', code: 'AM/PM' });
      i += 5;
    } else if (/^A\/P/i.test(rest)) {
      tokens.push({ kind: 'ampm', code: 'A/P' });
      i += 3;
    } else if (DATE_RUN.test(rest)) {
      const run = DATE_RUN.exec(rest)![0];
      tokens.push({ kind: 'date', code: run.toLowerCase() });
      i += run.length;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i += 1;
    }
  }
  return tokens;
}

/**
 * `value` (>= 0) with `digits` decimals, rounded half up on its 15 significant decimal digits as Excel displays it:
 * 0.985 under "0%" is "99%" (98.49999999999999 in binary), 1.005 under "0.00" is "1.01".
 */
function toFixedDecimal(value: number, digits: number): string {
  if (value === 0 || !Number.isFinite(value)) return (0).toFixed(digits);
  const [mantissa, exponentText] = value.toExponential(14).split('e');
  const significant = mantissa.replace('.', '');
  const keep = Number(exponentText) + 1 + digits;
  let kept: string;
  if (keep < 0) kept = '0';
  else if (keep >= significant.length) kept = significant + '0'.repeat(keep - significant.length);
  else {
    kept = significant.slice(0, keep) || '0';
    if (significant[keep] >= '5') kept = incrementDigits(kept);
  }
  kept = kept.padStart(digits + 1, '0');
  const integerPart = kept.slice(0, kept.length - digits).replace(/^0+(?=\d)/, '');
  return digits === 0 ? integerPart : `${integerPart}.${kept.slice(kept.length - digits)}`;
}

function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

/** Excel's General format: up to 11 significant characters, scientific for very large or small magnitudes. */
export function formatGeneral(value: number, locale: DisplayLocale = EN_US): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exp] = value.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const expNumber = Number(exp);
    text = `${trimmed}E${expNumber < 0 ? '-' : '+'}${String(Math.abs(expNumber)).padStart(2, '0')}`;
  } else {
    const integerDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
    const decimals = Math.max(0, 10 - integerDigits);
    text = (value < 0 ? '-' : '') + toFixedDecimal(abs, decimals);
    if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  }
  return text.replace('.', locale.decimalSeparator);
}

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function formatNumberSection(tokens: Token[], value: number, locale: DisplayLocale, withSign: boolean): string {
  const pointIndex = tokens.findIndex((t) => t.kind === 'point');
  const exponentIndex = tokens.findIndex((t) => t.kind === 'exponent');
  const mantissaEnd = exponentIndex < 0 ? tokens.length : exponentIndex;
  const isDigit = (t: Token): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit';
  const integerTokens = tokens.slice(0, pointIndex < 0 ? mantissaEnd : pointIndex);
  const fractionTokens = pointIndex < 0 ? [] : tokens.slice(pointIndex + 1, mantissaEnd).filter(isDigit);
  const integerDigits = integerTokens.filter(isDigit);
  const lastIntegerDigit = integerTokens.map((t) => t.kind).lastIndexOf('digit');
  const grouped = integerTokens.some((t, idx) => t.kind === 'group' && idx < lastIntegerDigit);
  // Commas right after the last digit placeholder scale by 1,000 each ("#,##0," shows thousands).
  let scaleCommas = 0;
  for (let idx = lastIntegerDigit + 1; idx < integerTokens.length && integerTokens[idx].kind === 'group'; idx++) scaleCommas += 1;
  const percents = tokens.filter((t) => t.kind === 'percent').length;

  let magnitude = Math.abs(value) * 100 ** percents / 1000 ** scaleCommas;
  let exponentText = '';
  if (exponentIndex >= 0) {
    const exponentToken = tokens[exponentIndex] as Extract<Token, { kind: 'exponent' }>;
    const exponent = magnitude === 0 ? 0 : Math.floor(Math.log10(magnitude)) - Math.max(0, integerDigits.length - 1);
    magnitude /= 10 ** exponent;
    const expDigits = tokens.slice(exponentIndex + 1).filter(isDigit).length;
    const sign = exponent < 0 ? '-' : exponentToken.sign === '+' ? '+' : '';
    exponentText = `E${sign}${String(Math.abs(exponent)).padStart(expDigits, '0')}`;
  }
  const fixed = toFixedDecimal(magnitude, fractionTokens.length);
  const [intPart, fracPart = ''] = fixed.split('.');
  const minIntegerDigits = integerDigits.filter((t) => t.char === '0').length;
  let integerText = intPart === '0' && minIntegerDigits === 0 ? '' : intPart.padStart(minIntegerDigits, '0');
  if (grouped) integerText = groupDigits(integerText, locale.groupSeparator);

  // Trailing '#' fraction digits vanish when zero, '?' become spaces, '0' stay.
  const fractionChars = fracPart.split('');
  for (let idx = fractionChars.length - 1; idx >= 0 && fractionChars[idx] === '0'; idx--) {
    const placeholder = fractionTokens[idx].char;
    if (placeholder === '0') break;
    fractionChars[idx] = placeholder === '?' ? ' ' : '';
  }
  const fractionText = fractionChars.join('');

  const isZero = Number(fixed) === 0 && exponentText === '';
  let out = withSign && value < 0 && !isZero ? '-' : '';
  let integerEmitted = false;
  let fractionPos = 0;
  let inFraction = false;
  for (let idx = 0; idx < tokens.length; idx++) {
    const t = tokens[idx];
    if (idx === exponentIndex) {
      out += exponentText;
      break;
    }
    switch (t.kind) {
      case 'digit':
        if (inFraction) {
          out += fractionText[fractionPos] ?? '';
          fractionPos += 1;
        } else if (!integerEmitted) {
          out += integerText;
          integerEmitted = true;
        }
        break;
      case 'point':
        inFraction = true;
        if (!integerEmitted) {
          out += integerText;
          integerEmitted = true;
        }
        if (fractionText.trim() !== '' || fractionTokens.some((f) => f.char !== '#')) out += locale.decimalSeparator;
        break;
      case 'percent':
        out += '%';
        break;
      case 'literal':
        out += t.text;
        break;
      case 'text':
        out += '';
        break;
      case 'group':
      case 'date':
      case 'ampm':
      case 'exponent':
        break;
    }
  }
  if (exponentIndex >= 0) {
    for (let idx = exponentIndex + 1; idx < tokens.length; idx++) {
      const t = tokens[idx];
      if (t.kind === 'literal') out += t.text;
      if (t.kind === 'percent') out += '%';
    }
  }
  return out;
}

function formatDateSection(tokens: Token[], serial: number, locale: DisplayLocale): string {
  const parts = serialToParts(serial);
  if (!parts) return '#'.repeat(8);
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  let out = '';
  tokens.forEach((t, idx) => {
    if (t.kind === 'literal') out += t.text;
    else if (t.kind === 'digit') out += t.char === '0' ? '0' : '';
    else if (t.kind === 'point') out += locale.decimalSeparator;
    else if (t.kind === 'ampm') {
      const pm = parts.hours >= 12;
      out += t.code === 'AM/PM' ? (pm ? 'PM' : 'AM') : pm ? 'P' : 'A';
    } else if (t.kind === 'date') {
      const code = t.code;
      const letter = code[0];
      if (letter === 'y') out += code.length <= 2 ? pad(parts.year % 100, 2) : String(parts.year);
      else if (letter === 'd') {
        if (code.length === 1) out += String(parts.day);
        else if (code.length === 2) out += pad(parts.day, 2);
        else if (code.length === 3) out += locale.daysShort[parts.weekday];
        else out += locale.days[parts.weekday];
      } else if (letter === 'h') {
        const hours = twelveHour ? ((parts.hours + 11) % 12) + 1 : parts.hours;
        out += code.length === 1 ? String(hours) : pad(hours, 2);
      } else if (letter === 's') out += code.length === 1 ? String(parts.seconds) : pad(parts.seconds, 2);
      else if (letter === 'm') {
        const previous = tokens.slice(0, idx).reverse().find((p) => p.kind === 'date');
        const next = tokens.slice(idx + 1).find((p) => p.kind === 'date');
        const isMinutes = code.length <= 2 && ((previous?.kind === 'date' && previous.code[0] === 'h') || (next?.kind === 'date' && next.code[0] === 's'));
        if (isMinutes) out += code.length === 1 ? String(parts.minutes) : pad(parts.minutes, 2);
        else if (code.length === 1) out += String(parts.month);
        else if (code.length === 2) out += pad(parts.month, 2);
        else if (code.length === 3) out += locale.monthsShort[parts.month - 1];
        else if (code.length === 5) out += locale.months[parts.month - 1][0];
        else out += locale.months[parts.month - 1];
      }
    }
  });
  return out;
}

function hasDateTokens(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'date' || t.kind === 'ampm');
}

const SHORT_DATE = 'm/d/yyyy';

/** Text Excel shows for `value` under `numberFormat` ("General" when empty) in `locale`. */
export function formatCellValue(value: CellValue | null, numberFormat: string, locale: DisplayLocale = EN_US): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? locale.trueText : locale.falseText;
  const shown = numberFormat === SHORT_DATE && locale.shortDate ? locale.shortDate : numberFormat;
  const sections = splitSections(shown === '' ? 'General' : shown);
  if (typeof value === 'string') {
    if (value.startsWith('#') && (value.endsWith('!') || value.endsWith('?') || value === '#N/A')) return locale.errors[value] ?? value;
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes('@'));
    if (textSection === undefined) return value;
    return tokenize(textSection).map((t) => (t.kind === 'text' ? value : t.kind === 'literal' ? t.text : '')).join('');
  }
  if (!Number.isFinite(value)) return '#NUM!';
  let section = sections[0];
  let withSign = true;
  if (value < 0 && sections.length >= 2 && sections[1] !== '') {
    section = sections[1];
    withSign = false;
  } else if (value === 0 && sections.length >= 3 && sections[2] !== '') {
    section = sections[2];
  }
  const cleaned = section.replace(/\[(?:[<>=]=?|<>)[^\]]*\]/g, '');
  if (/^\s*general\s*$/i.test(cleaned.replace(/\[[^\]]*\]/g, ''))) {
    const general = formatGeneral(withSign ? value : Math.abs(value), locale);
    return general;
  }
  const generalAt = cleaned.search(/general/i);
  if (generalAt >= 0) {
    const before = tokenize(cleaned.slice(0, generalAt)).map((t) => (t.kind === 'literal' ? t.text : '')).join('');
    const after = tokenize(cleaned.slice(generalAt + 7)).map((t) => (t.kind === 'literal' ? t.text : '')).join('');
    return before + formatGeneral(withSign ? value : Math.abs(value), locale) + after;
  }
  const tokens = tokenize(cleaned);
  if (hasDateTokens(tokens)) return formatDateSection(tokens, value, locale);
  if (!tokens.some((t) => t.kind === 'digit')) {
    return (withSign && value < 0 ? '-' : '') + tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join('');
  }
  return formatNumberSection(tokens, value, locale, withSign);
}
