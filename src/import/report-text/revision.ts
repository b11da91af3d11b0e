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

/** The first revision of a target stated in the paragraphs, if any. */
export function readRevision(paragraphs: readonly string[]): StatedRevision | undefined {
  for (const sentence of paragraphs.flatMap(sentences)) {
    if (!/\btarget\b|\bobiettiv/i.test(sentence)) continue;
    const match = REVISED.exec(sentence);
    if (!match) continue;
    const revisedWords = match[1].replace(/[.;]+$/, '').trim();
    // A revision worth reading names a date, a quantity or a comparison, not just "in corso d'anno".
    if (/\bentro\b|\d/i.test(revisedWords)) return { revisedWords, sentence };
  }
  return undefined;
}
