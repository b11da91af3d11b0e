// Results written as counts in the prose: "sono stati organizzati 4 incontri", "43 incontri su 45". A count is
// taken for an indicator still without a result only when it counts a word of the indicator's name, and only one count does.
import type { Indicator } from '../../core/model';
import { isYear } from './tokens';
import { stems } from './words';

const COUNT = /(?<![\d/.,])(\d+(?:\.\d{3})*)\s+(\p{L}{3,})(?:\s+su\s+(?:un\s+totale\s+di\s+)?(\d+(?:\.\d{3})*))?(?![\d/])/giu;

const TARGET_BEFORE = /(?:[<>≤≥=]|\btarget\b[^.;]*|\b(?:almeno|entro|previst[io]|programmat[io]|attes[io]))\s*$/i;

/** The counts of the prose by the stem of the word counted, as the grammar writes them ("43/45"). */
function countsByStem(paragraphs: readonly string[]): Map<string, Set<string>> {
  const counts = new Map<string, Set<string>>();
  for (const paragraph of paragraphs) {
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

/** Fills the result of each indicator the prose counts unambiguously; the others stay "da completare". */
export function countedResults(indicators: Indicator[], paragraphs: readonly string[]): void {
  const open = indicators.filter((indicator) => indicator.actual === undefined);
  if (open.length === 0) return;
  const counts = countsByStem(paragraphs);
  for (const indicator of open) {
    const values = new Set([...stems(indicator.name)].flatMap((stem) => [...(counts.get(stem) ?? [])]));
    if (values.size !== 1) continue;
    indicator.actual = [...values][0];
    const note = `Risultato contato nel testo: ${indicator.actual}`;
    indicator.notes = indicator.notes ? `${indicator.notes}. ${note}` : note;
  }
}
