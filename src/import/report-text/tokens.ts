// The numbers, ratios and target expressions of results prose, as regular-expression sources and a safe scanner.

/** A number as written (`-8,75`, `1.134`, `49,96`, `3.1296`); whether it parses is core's call, not this pattern's. */
export const NUMBER = String.raw`[-−]?\d+(?:[.,]\d+)*`;
export const RATIO = String.raw`${NUMBER}\s*\/\s*${NUMBER}`;
export const VALUE = String.raw`(?:${RATIO}|${NUMBER}(?:\s*%)?)`;
const OPERATOR = String.raw`(?:<=|>=|=<|=>|≤|≥|⩽|⩾|<|>|=)`;
const UNIT = String.raw`(?:\s*(?:gg|giorni|days|ore|mesi|euro|€)(?![a-zà-ù]))?`;
/** A comparison target (`≤ 0`, `<75 gg`, `>= 700`, `= 100%`). */
export const COMPARISON = String.raw`${OPERATOR}\s*${NUMBER}(?:\s*%)?${UNIT}`;
/** A target as lists write it: a comparison or a bare value (`100%`), which means "at least". */
export const TARGET_VALUE = String.raw`(?:${OPERATOR}\s*)?${NUMBER}(?:\s*%)?${UNIT}`;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Word characters and separators that, next to a match, mean it is part of something else (`E01`, `31/7/2022`). */
const GLUED_BEFORE = /[\p{L}\d.,/]/u;
/** Sticky: tried where the match ends, without cutting the rest of the text out. */
const GLUED_AFTER = /(?:[\p{L}\d]|[/.,]\d)/uy;
const SIGNED_OR_DIGIT = /^[-−\d]/;

/** Matches of a pattern that stand alone in the text: not inside a code (`E01`), a date (`31/7/2022`) or a longer number. */
const compiled = new Map<string, Map<string, RegExp>>();
let compiledCount = 0;

/** The pattern of a source, compiled once: by flags, then by the source string itself (its hash is kept with it). */
function patternOf(source: string, flags: string): RegExp {
  let byFlags = compiled.get(flags);
  if (byFlags === undefined) compiled.set(flags, (byFlags = new Map()));
  let pattern = byFlags.get(source);
  if (pattern === undefined) {
    if (compiledCount > 500) {
      compiled.clear();
      compiled.set(flags, (byFlags = new Map()));
      compiledCount = 0;
    }
    pattern = new RegExp(source, flags);
    byFlags.set(source, pattern);
    compiledCount += 1;
  }
  return pattern;
}

function gluedAfter(text: string, end: number): boolean {
  GLUED_AFTER.lastIndex = end;
  return GLUED_AFTER.test(text);
}

export function standaloneMatches(text: string, source: string, flags = 'gi'): Token[] {
  // Patterns are a handful of constants (plus one per counted noun): compile each once.
  const pattern = patternOf(source, flags);
  pattern.lastIndex = 0;
  const tokens: Token[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') {
      pattern.lastIndex += 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text.charAt(start - 1) : '';
    const glued = (before !== '' && GLUED_BEFORE.test(before) && SIGNED_OR_DIGIT.test(m[0])) || gluedAfter(text, end);
    if (!glued) tokens.push({ text: m[0].trim(), start, end });
  }
  return tokens;
}

/** A plain year (`2022`): a date, not a measured quantity. */
export function isYear(value: string): boolean {
  return /^(?:19|20)\d{2}$/.test(value.trim());
}

/** Values in a text that could be a measured result: standalone numbers, percentages and ratios that are not years. */
export function resultValues(text: string): Token[] {
  return standaloneMatches(text, VALUE).filter((token) => !isYear(token.text));
}
