// Target/result pairs stated in results prose, in the three ways reports write them:
//   named list   "rapporto tra ...: 100% (risultato 100%, 112/112)"
//   result first "sono stati realizzati 23 eventi (il target era >= 8)"
//   target first "con target ≤ 0 ... (ritardo medio -8,75)", "il target era per i provv. entrata <75 gg ... (provv. entrata: 49,96)"
// Only what the text states is paired; a target without a result (or the reverse) stays half empty.
import { blank, sentences } from './sentences';
import { COMPARISON, NUMBER, RATIO, TARGET_VALUE, VALUE, isYear, resultValues, standaloneMatches } from './tokens';
import { pairByWords, stems } from './words';

export interface StatedMeasure {
  /** Words naming what was measured: the report's own name (named list) or the words around the numbers. */
  label: string;
  /** True when the label is the report's name for the indicator, false when it is context for matching. */
  named: boolean;
  /** Target as written (`≤ 0`, `<75 gg`, `100%`); absent when only a result was found. */
  target?: string;
  /** Result as written (`-8,75`, `1.134`, `112/112`); absent when only a target was found. */
  actual?: string;
  /** The percentage a named list states beside its ratio (`risultato 100%, 112/112`). */
  statedResult?: string;
  /** The words the pair was read from, kept as the indicator's note. */
  source: string;
  /** What the target counts ("corsi" in "≥ 5 corsi"), to find "7 corsi" elsewhere. */
  noun?: string;
}

export interface StatedMeasures {
  measures: StatedMeasure[];
  /** Results found in parentheses that no stated target claims: reported, not turned into indicators. */
  strayResults: StatedMeasure[];
}

const NAMED_ITEM = new RegExp(
  String.raw`:\s*(${TARGET_VALUE})\s*\(\s*risultat[oi]\s*:?\s*(${VALUE})(?:\s*[,;]\s*(${RATIO}))?\s*\)`,
  'gi',
);
const TARGET_AFTER_RESULT = new RegExp(
  String.raw`\(\s*(?:il\s+|l'\s*)?target\s*(?:era|erano|è|e'|:|=|pari\s+a|fissato\s+(?:a|in))?\s*(${TARGET_VALUE})[^)]*\)`,
  'gi',
);
const TARGET_ANYWHERE = /target/i;
const TARGET_WORD = /\btarget\b\s*(?:era|erano|è|e'|fissato\s+(?:a|in)|previsto|:)?\s*/gi;
const PARENTHESES = /\(([^()]*)\)/g;
const FREE_RESULT = new RegExp(
  String.raw`\b(?:risultat[oi](?:\s+(?:conseguit|raggiunt|ottenut)[oi])?|valore\s+(?:raggiunto|rilevato|consuntivo)|consuntivo)\s*(?::|(?:(?:è|e')(?:\s+stat[oa])?|si\s+attesta|pari))?\s*(?:(?:pari\s+)?a\s+|di\s+)?(${VALUE})`,
  'gi',
);

function tidyLabel(text: string): string {
  return text
    .replace(/^[\s,;:.\-–—)]+|[\s,;:(\-–—]+$/g, '')
    .replace(/^(?:e|ed|per|mentre|di)\s+(?:(?:il|lo|la|i|gli|le|l')\s*)?/i, '')
    .trim();
}

/** Named list items: each names its indicator and states target, result and sometimes the ratio behind it. */
function readNamedItems(paragraph: string, measures: StatedMeasure[]): string {
  let masked = paragraph;
  let from = 0;
  NAMED_ITEM.lastIndex = 0;
  for (let m = NAMED_ITEM.exec(paragraph); m; m = NAMED_ITEM.exec(paragraph)) {
    const before = paragraph.slice(from, m.index);
    const cut = before.lastIndexOf(': ');
    const labelStart = from + (cut >= 0 ? cut + 1 : 0);
    const label = tidyLabel(paragraph.slice(labelStart, m.index));
    const [, target, stated, ratio] = m;
    measures.push({
      label,
      named: label !== '',
      target: target.trim(),
      actual: (ratio ?? stated).trim(),
      ...(ratio !== undefined ? { statedResult: stated.trim() } : {}),
      source: paragraph.slice(labelStart, m.index + m[0].length).trim(),
    });
    masked = blank(masked, from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  return masked;
}

/** "sono stati realizzati 23 eventi (il target era >= 8)": the result is the first value of the clause before. */
function readResultsFollowedByTarget(paragraph: string, measures: StatedMeasure[]): string {
  let masked = paragraph;
  TARGET_AFTER_RESULT.lastIndex = 0;
  for (let m = TARGET_AFTER_RESULT.exec(paragraph); m; m = TARGET_AFTER_RESULT.exec(paragraph)) {
    const head = paragraph.slice(0, m.index);
    const clauseStart = Math.max(head.lastIndexOf(')') + 1, head.lastIndexOf('. ') + 1, head.lastIndexOf(': ') + 1, 0);
    const clause = head.slice(clauseStart);
    const value = resultValues(clause)[0];
    let label = tidyLabel(clause);
    if (value) {
      // From the verb before the number to the end of the clause: "realizzati 23 eventi".
      const verbStart = clause.slice(0, value.start).search(/\S+\s*$/);
      label = tidyLabel(clause.slice(verbStart >= 0 ? verbStart : value.start));
    }
    measures.push({
      label,
      named: false,
      target: m[1].trim(),
      ...(value ? { actual: value.text } : {}),
      source: `${tidyLabel(clause)} ${m[0]}`,
    });
    masked = blank(masked, m.index, m.index + m[0].length);
    if (value) masked = blank(masked, clauseStart + value.start, clauseStart + value.end);
  }
  return masked;
}

/** Sentences of a paragraph with their offsets, so that what is read can be blanked out of the paragraph. */
function sentencesAt(paragraph: string): Array<{ text: string; at: number }> {
  const found: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const text of sentences(paragraph)) {
    const at = paragraph.indexOf(text, from);
    found.push({ text, at: at >= 0 ? at : from });
    from = (at >= 0 ? at : from) + text.length;
  }
  return found;
}

const BARE_TARGET = new RegExp(String.raw`^(?:di\s+|pari\s+a\s+|:\s*)?(${TARGET_VALUE})`, 'i');
const NOUN_AFTER = /^\s+([a-zà-ù]{3,})/i;
const NOT_NOUNS = new Set(['per', 'con', 'del', 'della', 'dei', 'delle', 'nel', 'nella', 'entro', 'era', 'sono', 'che', 'mentre', 'rispetto']);

interface TargetStatements {
  targets: StatedMeasure[];
  /** The paragraph with targets (and results read with them) blanked out. */
  masked: string;
}

/**
 * "il target era per i provv. entrata <75 gg, per i provv. uscita < 60 gg": targets, each with the words before it.
 * "sono stati organizzati 3 incontri a fronte di un target di 4": the one value before "target" is its result.
 */
function readTargetStatements(paragraph: string): TargetStatements {
  const targets: StatedMeasure[] = [];
  let masked = paragraph;
  // A sentence states a target only with the word: a paragraph without it is not cut into sentences.
  if (!TARGET_ANYWHERE.test(paragraph)) return { targets, masked };
  for (const { text: sentence, at } of sentencesAt(paragraph)) {
    TARGET_WORD.lastIndex = 0;
    const word = TARGET_WORD.exec(sentence);
    if (!word) continue;
    const afterAt = word.index + word[0].length;
    const after = sentence.slice(afterAt);
    const context = sentence.slice(0, word.index);
    let items = standaloneMatches(after, COMPARISON);
    const bare = BARE_TARGET.exec(after);
    if (items.length === 0 && bare) items = [{ text: bare[1].trim(), start: bare[0].length - bare[1].length, end: bare[0].length }];
    let from = 0;
    const found: StatedMeasure[] = [];
    for (const item of items) {
      const own = tidyLabel(after.slice(from, item.start));
      const noun = NOUN_AFTER.exec(after.slice(item.end))?.[1].toLowerCase();
      found.push({
        label: own !== '' ? own : tidyLabel(context),
        named: false,
        target: item.text,
        source: sentence,
        ...(noun !== undefined && !NOT_NOUNS.has(noun) ? { noun } : {}),
      });
      masked = blank(masked, at + afterAt + item.start, at + afterAt + item.end);
      from = item.end;
    }
    const before = found.length === 1 ? resultValues(context) : [];
    if (before.length === 1) {
      found[0].actual = before[0].text;
      masked = blank(masked, at + before[0].start, at + before[0].end);
    }
    targets.push(...found);
  }
  return { targets, masked };
}

/** Results that name themselves: "(ritardo medio -8,75)", "(n. gg. medio provv. entrata: 49,96, provv. uscita 53,1)". */
function readResultStatements(paragraph: string): StatedMeasure[] {
  const results: StatedMeasure[] = [];
  PARENTHESES.lastIndex = 0;
  for (let m = PARENTHESES.exec(paragraph); m; m = PARENTHESES.exec(paragraph)) {
    for (const item of m[1].split(/[,;]\s+/)) {
      const value = resultValues(item)[0];
      if (!value) continue;
      const label = tidyLabel(item.slice(0, value.start) + ' ' + item.slice(value.end));
      results.push({ label, named: false, actual: value.text, source: m[0] });
    }
  }
  FREE_RESULT.lastIndex = 0;
  for (let m = FREE_RESULT.exec(paragraph); m; m = FREE_RESULT.exec(paragraph)) {
    const found = m[0];
    if (isYear(m[1])) continue;
    const sentence = sentences(paragraph).find((s) => s.includes(found)) ?? found;
    results.push({ label: tidyLabel(sentence.replace(found, ' ')), named: false, actual: m[1].trim(), source: sentence });
  }
  return results;
}

/** "il target era ≥ 5 corsi; sono stati realizzati 7 corsi": the one number before the target's noun elsewhere. */
function countedResult(target: StatedMeasure, text: string): StatedMeasure {
  if (target.noun === undefined || target.actual !== undefined) return target;
  const stem = target.noun.slice(0, Math.max(4, target.noun.length - 1)).replace(/[^a-zà-ù]/gi, '');
  const values = [...new Set(standaloneMatches(text, String.raw`${NUMBER}(?=\s+${stem})`).map((t) => t.text).filter((v) => !isYear(v)))];
  return values.length === 1 ? { ...target, actual: values[0] } : target;
}

/** Targets and results stated apart, paired: one of each, else by shared words, else in order when the counts agree. */
function pairApart(targets: StatedMeasure[], results: StatedMeasure[]): StatedMeasures {
  if (targets.length === 1 && results.length === 1) {
    return { measures: [merge(targets[0], results[0])], strayResults: [] };
  }
  const pairs = pairByWords(targets.map((t) => stems(t.label)), results.map((r) => stems(r.label)));
  const usedResults = new Set(pairs.values());
  const freeTargets = targets.map((_, i) => i).filter((i) => !pairs.has(i));
  const freeResults = results.map((_, i) => i).filter((i) => !usedResults.has(i));
  // Lists in the same order ("entrata ..., uscita ..." / "entrata: ..., uscita ...") pair one to one.
  if (freeTargets.length === freeResults.length) {
    freeTargets.forEach((t, k) => {
      pairs.set(t, freeResults[k]);
      usedResults.add(freeResults[k]);
    });
  }
  return {
    measures: targets.map((t, i) => (pairs.has(i) ? merge(t, results[pairs.get(i)!]) : t)),
    strayResults: results.filter((_, i) => !usedResults.has(i)),
  };
}

function merge(target: StatedMeasure, result: StatedMeasure): StatedMeasure {
  return {
    label: `${target.label} ${result.label}`.trim(),
    named: false,
    target: target.target,
    actual: result.actual,
    source: target.source === result.source ? target.source : `${target.source} … ${result.source}`,
  };
}

/** Every target/result pair stated in the results paragraphs (OIV scores already blanked out by the caller). */
export function readStatedMeasures(paragraphs: readonly string[]): StatedMeasures {
  const measures: StatedMeasure[] = [];
  const remaining = paragraphs.map((p) => readResultsFollowedByTarget(readNamedItems(p, measures), measures));
  const statements = remaining.map(readTargetStatements);
  const targets = statements.flatMap((s) => s.targets);
  if (targets.length === 0) return { measures, strayResults: [] };
  const masked = statements.map((s) => s.masked);
  const open = targets.filter((t) => t.actual === undefined);
  const apart = open.length > 0 ? pairApart(open, masked.flatMap(readResultStatements)) : { measures: [], strayResults: [] };
  const text = masked.join('\n');
  const paired = targets.map((t) => (t.actual !== undefined ? t : countedResult(apart.measures[open.indexOf(t)], text)));
  return { measures: [...measures, ...paired], strayResults: apart.strayResults };
}
