// Cleaning of what analysts type around a value: odd spaces and minus signs, footnote marks, units, "n." prefixes.
import { monthNumber } from './date-text';

/** Non-breaking and thin spaces become plain spaces; typographic minus and dashes before a digit become `-`. */
const NEEDS_SPACING_WORK = /[\u00A0\u2007\u2009\u202F\t\r\n\u2212\u2012\u2013\u2014\u2018\u2019\u02BC]| {2}/;

export function normaliseSpacing(text: string): string {
  // Most cells hold none of these characters: a single test spares four replacements.
  if (!NEEDS_SPACING_WORK.test(text)) return text.trim();
  return text
    .replace(/[\u00A0\u2007\u2009\u202F\t\r\n]/g, ' ')
    .replace(/[\u2212\u2012\u2013\u2014](?=\s*\d)/g, '-')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/ {2,}/g, ' ')
    .trim();
}

const FOOTNOTE_MARK = /\s*(?:\*+|†+|‡+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(\*+\))$/;

/** `4200*` -> `4200`, `49,96 (*)` -> `49,96`: marks that point to a note carry no value. */
const MAY_END_WITH_MARK = /[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰)]$/;

export function stripFootnoteMarks(text: string): string {
  if (!MAY_END_WITH_MARK.test(text)) return text;
  let current = text;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = current.replace(FOOTNOTE_MARK, '');
  }
  return current;
}

/** Units recognised around a value, by the canonical spelling used in canonical targets. */
const UNIT_SPELLINGS: ReadonlyArray<readonly [canonical: string, spellings: ReadonlyArray<string>]> = [
  ['gg', ['gg.', 'gg', 'giorni lavorativi', 'gg lavorativi', 'giorni', 'giorno', 'days', 'day']],
  ['€', ['€', 'euro', 'eur']],
  ['ore', ['ore', 'hours', 'h']],
];

const TRAILING_UNIT = new RegExp(
  `^(.*[\\d%])\\s*(${UNIT_SPELLINGS.flatMap(([, s]) => s)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})$`,
  'i',
);
const LEADING_UNIT = /^(€|eur|euro)\s*(?=[-+\d.,])/i;
const COUNT_PREFIX = /^(?:n\.|nr\.?|num\.?)\s*(?=[-+\d.,])/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function canonicalUnit(spelling: string): string {
  const lower = spelling.toLowerCase();
  const entry = UNIT_SPELLINGS.find(([, spellings]) => spellings.includes(lower));
  return entry ? entry[0] : lower;
}

/** One word of letters after a number (`4 progetti`, `12 risposte`): what is counted, kept as its unit. */
const FREE_WORD_UNIT = /^(.*[\d%])\s+([a-zà-ÿ]{2,})\.?$/i;
/** Words that are never units: they start a date or a deadline that must not be silently dropped. */
const NOT_UNITS: ReadonlySet<string> = new Set([
  'entro', 'by', 'scadenza', 'deadline', 'e', 'ed', 'and', 'con', 'with', 'il', 'al', 'su', 'di', 'of', 'on',
]);

export interface SplitUnit {
  /** The value text without its unit. */
  text: string;
  /** Canonical unit found (`gg`, `€`, `ore`), if any. */
  unit?: string;
}

/** `75 gg` -> { text: `75`, unit: `gg` }; `€ 1.200` -> { text: `1.200`, unit: `€` }; `n. 4` -> { text: `4` }. */
/** Starts with a digit or sign and ends with a digit or `%`: no unit can be around it. */
const BARE_VALUE = /^[-+\d.,][^]*[\d%]$|^\d$/;

export function splitUnit(text: string, options: { freeWord?: boolean } = {}): SplitUnit {
  if (BARE_VALUE.test(text)) return { text };
  const withoutCount = text.replace(COUNT_PREFIX, '');
  const leading = LEADING_UNIT.exec(withoutCount);
  if (leading) return { text: withoutCount.slice(leading[0].length).trim(), unit: canonicalUnit(leading[1]) };
  const trailing = TRAILING_UNIT.exec(withoutCount);
  if (trailing) return { text: trailing[1].trim(), unit: canonicalUnit(trailing[2]) };
  if (options.freeWord) {
    const free = FREE_WORD_UNIT.exec(withoutCount);
    const word = free?.[2].toLowerCase();
    if (free && word !== undefined && !NOT_UNITS.has(word) && monthNumber(word) === undefined) {
      // "5 euro." or "3 giorni.": a known unit followed by a full stop is still that unit, spelt canonically.
      return { text: free[1].trim(), unit: canonicalUnit(word) };
    }
  }
  return { text: withoutCount };
}
