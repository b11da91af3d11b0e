// A target changed in mid-year monitoring, as results prose reports it:
// "il target ... era stato revisionato e modificato in OPERATIVITA' ENTRO 31/12 CON 4 PROGETTI GESTITI".
import { sentences } from './sentences';

export interface StatedRevision {
  /** The revised target's words ("OPERATIVITA' ENTRO 31/12 CON 4 PROGETTI GESTITI"). */
  revisedWords: string;
  /** The sentence that reports the revision: the reason as the report gives it. */
  sentence: string;
}

const REVISED = /\b(?:revisionat|modificat|rivist|rideterminat|ridefinit|rimodulat)[oaie]\b(?:\s+e\s+\p{L}+)?\s+(?:in|a|con)\s+(.+)$/iu;

const REVISED_WORDS = ['revisionat', 'modificat', 'rivist', 'rideterminat', 'ridefinit', 'rimodulat'];

/** Whether a paragraph may state a revision: one of its words in lower case ("ſ" folds to "s" in the pattern, so it defers to it). */
function mayRevise(paragraph: string): boolean {
  const lower = paragraph.toLowerCase();
  return REVISED_WORDS.some((word) => lower.includes(word)) || lower.includes('\u017F');
}

/** The first revision of a target stated in the paragraphs, if any. */
export function readRevision(paragraphs: readonly string[]): StatedRevision | undefined {
  for (const sentence of paragraphs.filter(mayRevise).flatMap(sentences)) {
    if (!/\btarget\b|\bobiettiv/i.test(sentence)) continue;
    const match = REVISED.exec(sentence);
    if (!match) continue;
    const revisedWords = match[1].replace(/[.;]+$/, '').trim();
    // A revision worth reading names a date, a quantity or a comparison, not just "in corso d'anno".
    if (/\bentro\b|\d/i.test(revisedWords)) return { revisedWords, sentence };
  }
  return undefined;
}
