// Text as pasted from Word or PDF, made uniform before any recognition: line endings, spaces, quotes, stray scripts.

/** A word changed by the normalisation, reported so that no change to the analyst's text is silent. */
export interface TextCorrection {
  from: string;
  to: string;
}

export interface NormalizedText {
  text: string;
  corrections: TextCorrection[];
}

/** Every character the normalisation rewrites, in one class so the text is scanned once. */
const REWRITTEN = /[\r\u2028\u2029\u0085\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v\u2018\u2019\u201A\u201B\u2032\u02BC\u201C\u201D\u201E\u201F\u2033]/g;
const COMBINING_MARK = /[\u0300-\u036F]/;

/** What each rewritten character becomes, looked up once per character rather than tested against patterns. */
const REWRITES = new Map<string, string>([
  ...Array.from('\r\u2028\u2029\u0085', (ch): [string, string] => [ch, '\n']),
  ...Array.from('\u00AD\u200B\u200C\u200D\u2060\uFEFF', (ch): [string, string] => [ch, '']),
  ...Array.from('\u2018\u2019\u201A\u201B\u2032\u02BC', (ch): [string, string] => [ch, "'"]),
  ...Array.from('\u201C\u201D\u201E\u201F\u2033', (ch): [string, string] => [ch, '"']),
]);

function rewrite(ch: string): string {
  return REWRITES.get(ch) ?? ' ';
}

/** REWRITES and the white spaces made plain, by character code: what the one-pass reader looks up. */
const REWRITE_BY_CODE = new Map<number, string>([
  ...[...REWRITES].map(([ch, to]): [number, string] => [ch.charCodeAt(0), to]),
  ...Array.from('\t\f\v\u00A0\u1680\u202F\u205F\u3000', (ch): [number, string] => [ch.charCodeAt(0), ' ']),
  ...Array.from({ length: 11 }, (_, k): [number, string] => [0x2000 + k, ' ']),
]);

const LF = 10;
const CR = 13;

function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** Any character but printable ASCII and accented Latin letters (à, è, ù…, the commonest past ASCII in Italian). */
const PASSED_OVER = /[^\x20-\x7f\u00c0-\u024f]/g;

function isForeignLetter(code: number): boolean {
  return code >= 0x370 && code <= 0x4ff;
}

/** Normalised text and the lines (0-based, ascending) holding a Cyrillic or Greek letter. */
export interface NormalizedReport {
  text: string;
  foreignLines: number[];
}

/**
 * normalizeCharacters and foreignLetterLines in one pass over the characters: printable ASCII and accented letters are passed over,
 * the rest looked up once. A combining mark sends the text the long way (NFC first), as it changes what follows.
 */
export function normalizeReport(raw: string): NormalizedReport {
  const parts: string[] = [];
  const foreignLines: number[] = [];
  let from = 0;
  let line = 0;
  // The regular expression passes over printable ASCII and accented Latin letters in native code, many times faster
  // than a loop over the characters: only the few others come back here.
  PASSED_OVER.lastIndex = 0;
  // test() builds no match: the one character matched ends where lastIndex stands.
  while (PASSED_OVER.test(raw)) {
    let at = PASSED_OVER.lastIndex - 1;
    const code = raw.charCodeAt(at);
    if (code === LF) {
      line += 1;
    } else if (isForeignLetter(code)) {
      if (foreignLines[foreignLines.length - 1] !== line) foreignLines.push(line);
    } else if (isCombiningMark(code)) {
      const text = normalizeCharacters(raw);
      return { text, foreignLines: foreignLetterLines(text) };
    } else {
      const to = REWRITE_BY_CODE.get(code);
      if (to === undefined) continue;
      parts.push(raw.slice(from, at), to);
      // "\r\n" is one line end.
      from = code === CR && raw.charCodeAt(at + 1) === LF ? (at += 1) + 1 : at + 1;
      PASSED_OVER.lastIndex = from;
      if (to === '\n') line += 1;
    }
  }
  if (parts.length === 0) return { text: raw, foreignLines };
  parts.push(raw.slice(from));
  return { text: parts.join(''), foreignLines };
}

/** Cyrillic and Greek letters drawn exactly like a Latin one: the usual stray characters of OCR and font mapping. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', α: 'a', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', υ: 'u',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

/** Phonetic transliteration, for words typed with a Cyrillic keyboard layout (the seed's "tesoriери"). */
const TRANSLITERATION: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'z', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'z', ч: 'c', ш: 's', щ: 's', ъ: '',
  ы: 'i', ь: '', э: 'e', ю: 'u', я: 'a', і: 'i', ј: 'j', ѕ: 's',
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 't', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'u', φ: 'f', χ: 'h', ψ: 'ps', ω: 'o',
};

const FOREIGN_LETTER = /[\u0370-\u03FF\u0400-\u04FF]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const WORD = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+/g;

function transliterate(letter: string): string {
  const lower = letter.toLowerCase();
  const latin = TRANSLITERATION[lower];
  if (latin === undefined) return letter;
  return letter === lower ? latin : latin.toUpperCase();
}

/** A Latin word with Cyrillic/Greek letters inside, rewritten in Latin; words wholly in another script are left alone. */
function fixMixedScriptWord(word: string): string {
  if (!FOREIGN_LETTER.test(word) || !LATIN_LETTER.test(word)) return word;
  const foreign = [...word].filter((ch) => FOREIGN_LETTER.test(ch));
  // Only look-alikes: a font/OCR slip, so keep the letter it looks like; otherwise it was typed, so transliterate.
  const allLookAlikes = foreign.every((ch) => HOMOGLYPHS[ch] !== undefined);
  return [...word]
    .map((ch) => (FOREIGN_LETTER.test(ch) ? (allLookAlikes ? HOMOGLYPHS[ch] : transliterate(ch)) : ch))
    .join('');
}

/** Uniform characters: LF line ends, plain spaces, straight quotes, NFC accents; nothing visible is removed. */
export function normalizeCharacters(raw: string): string {
  // Accents typed as base letter + combining mark (PDF extraction) become single letters; most texts have none.
  const composed = COMBINING_MARK.test(raw) ? raw.normalize('NFC') : raw;
  const lines = composed.includes('\r') ? composed.replace(/\r\n/g, '\n') : composed;
  return lines.replace(REWRITTEN, rewrite);
}

/** Text where a space needs changing: two white spaces in a row, or one that is not a plain space. */
const UNEVEN_SPACING = /\s\s|[^\S ]/;

/** Every run of white space as one plain space; most texts are already so, and are returned as they are. */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACING.test(text) ? text.replace(/\s+/g, ' ') : text;
}

const FOREIGN_LETTERS = /[\u0370-\u03FF\u0400-\u04FF]/g;

/** The lines (0-based, ascending, as `text.split('\n')` numbers them) holding a Cyrillic or Greek letter: one search of the text. */
export function foreignLetterLines(text: string): number[] {
  const found: number[] = [];
  let line = 0;
  let lineStart = 0;
  FOREIGN_LETTERS.lastIndex = 0;
  for (let m = FOREIGN_LETTERS.exec(text); m; m = FOREIGN_LETTERS.exec(text)) {
    for (let end = text.indexOf('\n', lineStart); end !== -1 && end < m.index; end = text.indexOf('\n', lineStart)) {
      line += 1;
      lineStart = end + 1;
    }
    found.push(line);
    // The rest of the line is settled: search on from the next one.
    const end = text.indexOf('\n', m.index);
    if (end === -1) break;
    FOREIGN_LETTERS.lastIndex = end;
  }
  return found;
}

/** Latin words freed of stray Cyrillic/Greek letters, with the list of words changed. */
export function fixMixedScripts(text: string): NormalizedText {
  if (!FOREIGN_LETTER.test(text)) return { text, corrections: [] };
  const corrections: TextCorrection[] = [];
  const fixedText = text.replace(WORD, (word) => {
    const fixed = fixMixedScriptWord(word);
    if (fixed !== word) corrections.push({ from: word, to: fixed });
    return fixed;
  });
  return { text: fixedText, corrections };
}
