// Results written as counts in the prose: "sono stati organizzati 4 incontri", "43 incontri su 45", "sono stati il 72% del
// totale", "(risultato -4,2)". A count is taken for an indicator without a result only when it counts a word of the
// indicator's name and is the only one that does; a percentage only from the one sentence that names the indicator.
import type { Indicator } from '../../core/model';
import { isYear } from './tokens';
import { sentences } from './sentences';
import { stems } from './words';

// "31 km di sentieri": a unit may stand between the count and what it counts.
const COUNT = /(?<![\d/.,])(\d+(?:\.\d{3})*)\s+(?:(?:km|m|mq|ha|kg|t|gg|ore)\s+(?:di\s+)?)?(\p{L}{3,})(?:\s+su\s+(?:un\s+totale\s+di\s+)?(\d+(?:\.\d{3})*))?(?![\d/])/giu;

const ANY_DIGIT = /\d/;
const TARGET_BEFORE = /(?:[<>≤≥=]|\btarget\b[^.;]*|\b(?:almeno|entro|previst[io]|programmat[io]|attes[io]))\s*$/i;

/** The counts of the prose by the stem of the word counted, as the grammar writes them ("43/45"). */
function countsByStem(paragraphs: readonly string[]): Map<string, Set<string>> {
  const counts = new Map<string, Set<string>>();
  for (const paragraph of paragraphs) {
    if (!ANY_DIGIT.test(paragraph)) continue;
    COUNT.lastIndex = 0;
    for (let m = COUNT.exec(paragraph); m; m = COUNT.exec(paragraph)) {
      // A number after an operator or the word "target" is the target, not a count done.
      if (isYear(m[1]) || TARGET_BEFORE.test(paragraph.slice(Math.max(0, m.index - 30), m.index))) continue;
      const value = m[3] !== undefined ? `${m[1]}/${m[3]}` : m[1];
      for (const stem of stems(m[2])) {
        const values = counts.get(stem) ?? new Set<string>();
        values.add(value);
        counts.set(stem, values);
      }
    }
  }
  return counts;
}

const PERCENT = /(?<![\d.,])\d{1,3}(?:,\d{1,2})?\s*%/g;
const TARGET_CLAUSE = /\((?:il\s+)?target[^)]*\)|\btarget\b[^.;,]*/gi;
const RESULT_WORD = /\brisultat[oi]\b/i;

/** The one percentage of the one sentence naming the indicator (two words of its name, or "risultato" for a sole indicator). */
function statedPercent(name: string, paragraphs: readonly string[], sole: boolean): string | undefined {
  const wanted = stems(name);
  const names = (s: string): boolean => [...stems(s)].filter((stem) => wanted.has(stem)).length >= 2 || (sole && RESULT_WORD.test(s));
  const about = paragraphs.flatMap(sentences).filter(names);
  const values = about.flatMap((s) => (s.replace(TARGET_CLAUSE, ' ').match(PERCENT) ?? []).map((v) => v.replace(/\s+/g, '')));
  return about.length === 1 && values.length === 1 ? values[0] : undefined;
}

// "(risultato -4,2)", "risultato: 12": the value a sentence names as the result.
const RESULT_STATEMENT = /\brisultat[oi](?:\s+(?:conseguit|raggiunt|ottenut)[oi])?\s*(?::|=)?\s*(-?\d[\d.,]*(?:\s*%)?)(?![\d/])/gi;

/** The one value the prose names as "the result", for an objective with a single indicator. */
function statedResult(paragraphs: readonly string[]): string | undefined {
  const values = new Set(paragraphs.flatMap((p) => [...p.matchAll(RESULT_STATEMENT)].map((m) => m[1].replace(/\s+/g, '').replace(/[.,]$/, ''))));
  return values.size === 1 ? [...values][0] : undefined;
}

/** Fills the result of each indicator the prose counts unambiguously; the others stay "da completare". */
export function countedResults(indicators: Indicator[], paragraphs: readonly string[]): void {
  const counts = countsByStem(paragraphs);
  for (const indicator of indicators) {
    const values = new Set([...stems(indicator.name)].flatMap((stem) => [...(counts.get(stem) ?? [])]));
    // "9 interventi su 12": a bare count read before becomes the ratio the sentence states.
    const ratio = [...values].filter((v) => typeof indicator.actual === 'string' && v.startsWith(`${indicator.actual}/`));
    if (ratio.length === 1) indicator.actual = ratio[0];
    if (indicator.actual !== undefined) continue;
    const sole = indicators.length === 1;
    const percent = /%/.test(indicator.target) ? statedPercent(indicator.name, paragraphs, sole) : undefined;
    const named = sole ? statedResult(paragraphs) : undefined;
    const found = named ?? percent ?? (values.size === 1 ? [...values][0] : undefined);
    if (found === undefined) continue;
    indicator.actual = found;
    const note = `Risultato contato nel testo: ${indicator.actual}`;
    indicator.notes = indicator.notes ? `${indicator.notes}. ${note}` : note;
  }
}
