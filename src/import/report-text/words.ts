// Word stems for telling which indicator a sentence speaks of ("coinvolti ... partecipanti" ~ "capacità di coinvolgimento").

const STOP_WORDS = new Set([
  'del', 'della', 'dello', 'dei', 'degli', 'delle', 'dell', 'il', 'lo', 'la', 'gli', 'le', 'al', 'alla', 'allo', 'agli',
  'ai', 'alle', 'all', 'ed', 'tra', 'fra', 'per', 'con', 'nel', 'nella', 'nello', 'negli', 'nei', 'nelle', 'dal', 'dalla',
  'dai', 'dagli', 'dalle', 'sul', 'sulla', 'sui', 'che', 'un', 'una', 'uno', 'non', 'sono', 'stato', 'stata', 'stati',
  'state', 'era', 'erano', 'numero', 'media', 'medio', 'totale', 'anche', 'come', 'quale', 'sia', 'essere', 'target',
  'risultato', 'risultati', 'obiettivo', 'indicatore', 'rapporto', 'nuovo', 'nuova', 'nuovi', 'nuove',
]);

const STEM_LENGTH = 5;

const NON_ASCII = /[^\u0020-\u007E\s]/;
const NON_ASCII_ALL = /[^\u0020-\u007E\s]/g;

/** Letters already folded: a report uses few accented letters, and normalize() on each one is what costs. */
const foldedLetters = new Map<string, string>();
const MAX_FOLDED_LETTERS = 4_096;

function foldLetter(letter: string): string {
  const known = foldedLetters.get(letter);
  if (known !== undefined) return known;
  const folded = letter.normalize('NFD').replace(/\p{M}/gu, '');
  if (foldedLetters.size < MAX_FOLDED_LETTERS) foldedLetters.set(letter, folded);
  return folded;
}

/** Texts already folded: the readers of one objective fold the same paragraphs again and again. */
const foldedTexts = new Map<string, string>();
const MAX_FOLDED_TEXTS = 4_096;

/** Lower case without accents, so "qualità" and "qualita'" compare equal. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const known = foldedTexts.get(lower);
  if (known !== undefined) return known;
  const folded = lower.replace(NON_ASCII_ALL, foldLetter);
  if (foldedTexts.size >= MAX_FOLDED_TEXTS) foldedTexts.clear();
  foldedTexts.set(lower, folded);
  return folded;
}

/** Stems already worked out, by text: the readers of one objective ask for the same names and clauses many times. */
const stemsByText = new Map<string, ReadonlySet<string>>();
const MAX_STEMMED_TEXTS = 4_096;

/** The content words of a text cut to their first letters: a cheap stem that survives Italian inflection. Shared: never changed. */
export function stems(text: string): ReadonlySet<string> {
  const known = stemsByText.get(text);
  if (known !== undefined) return known;
  const result = new Set<string>();
  for (const word of foldCase(text).split(/[^a-z]+/)) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    result.add(word.slice(0, STEM_LENGTH));
  }
  if (stemsByText.size >= MAX_STEMMED_TEXTS) stemsByText.clear();
  stemsByText.set(text, result);
  return result;
}

/** How many stems two texts share. */
function sharedStems(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const stem of a) if (b.has(stem)) count += 1;
  return count;
}

/** One-to-one pairs of two lists by shared stems, best scores first (ties in list order); unshared items stay apart. */
export function pairByWords(left: ReadonlyArray<ReadonlySet<string>>, right: ReadonlyArray<ReadonlySet<string>>): Map<number, number> {
  const candidates: Array<{ l: number; r: number; score: number }> = [];
  left.forEach((l, li) => {
    right.forEach((r, ri) => {
      const score = sharedStems(l, r);
      if (score > 0) candidates.push({ l: li, r: ri, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.l - b.l || a.r - b.r);
  const pairs = new Map<number, number>();
  const usedRight = new Set<number>();
  for (const c of candidates) {
    if (pairs.has(c.l) || usedRight.has(c.r)) continue;
    pairs.set(c.l, c.r);
    usedRight.add(c.r);
  }
  return pairs;
}
