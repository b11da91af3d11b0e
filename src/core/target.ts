// The target grammar: comparisons (`≤ 0`, `< 75 gg`, `>= 8`, `100%`), deadlines (`entro il 31/7/2022`), yes/no (`SI`).
import { isDateWithoutYear, missingYearError, parseDateText } from './date-text';
import { formatDateIt, toExcelSerial } from './excel-date';
import { formatNumberIt, formatPercentPointsIt } from './format-number';
import { msg, type Message } from './messages';
import { CompiledTarget } from './compiled-target';
import { booleanWord, parseValue } from './parse';
import { ParseError } from './parse-error';
import { normaliseSpacing, splitUnit, stripFootnoteMarks } from './text-normalise';

export type ComparisonOp = '<' | '<=' | '=' | '>=' | '>';

/**
 * A parsed target. Percent comparison values are fractions (`60%` -> 0.6, percent: true);
 * `unit` is the canonical unit written with the value (`gg`, `€`, `ore`), kept for display only.
 */
export type Target =
  | { kind: 'comparison'; op: ComparisonOp; value: number; percent: boolean; unit?: string }
  | { kind: 'deadline'; serial: number }
  | { kind: 'boolean'; expected: boolean };

/** Which way is better: higher values, lower values, on or before a date, or a yes/no. */
export type Direction = 'higher' | 'lower' | 'deadline' | 'boolean';

const SYMBOL_OPS: ReadonlyArray<readonly [string, ComparisonOp]> = [
  ['<=', '<='], ['=<', '<='], ['≤', '<='], ['⩽', '<='],
  ['>=', '>='], ['=>', '>='], ['≥', '>='], ['⩾', '>='],
  ['==', '='], ['<', '<'], ['>', '>'], ['=', '='],
];

/** Words that analysts use instead of symbols, longest first so `non inferiore a` wins over `inferiore a`. */
const WORD_OPS: ReadonlyArray<readonly [string, ComparisonOp]> = (
  [
    ['non inferiore a', '>='], ['non superiore a', '<='], ['almeno', '>='], ['minimo', '>='], ['at least', '>='],
    ['al massimo', '<='], ['massimo', '<='], ['at most', '<='], ['inferiore a', '<'], ['meno di', '<'],
    ['less than', '<'], ['superiore a', '>'], ['più di', '>'], ['oltre', '>'], ['more than', '>'],
    ['pari a', '='], ['uguale a', '='], ['equal to', '='],
  ] as Array<[string, ComparisonOp]>
).sort((a, b) => b[0].length - a[0].length);

const DEADLINE = /^(?:(.*?)\s+)?(?:entro|by|scadenza|deadline)\b(?:\s+(?:il|l'|la|fine|the|end of)\b)?\s*:?\s*(.+)$/i;
const YEAR_ONLY = /^(\d{4})$/;
const WITHIN_DAYS = /^\d/;

/** Words meaning "this is to be done": a yes/no target expecting yes (`attivazione`, `attivazione del sistema`). */
const DONE_WORDS = /^(?:attivazione|attivato|attivata|attivo|attiva|realizzazione|realizzato|realizzata|completamento|completato|completata|adozione|adottato|adottata|approvazione|approvato|approvata|definizione|definito|definita)(?:\s+[^\d]*)?$/i;

const MAX_CACHED_TARGETS = 10_000;
const cache = new Map<string, CompiledTarget>();
const failures = new Map<string, ParseError>();

function invalidTarget(text: string, reason: Message): ParseError {
  return new ParseError('invalid-target', reason, text);
}

/** Re-issues an error from a value parser so that it quotes the whole target. */
function inTarget(error: unknown, text: string): never {
  if (error instanceof ParseError) {
    if (error.input === text) throw error;
    throw new ParseError(error.code, msg('parse.inTarget', { reason: error.reason, text }), text);
  }
  throw error;
}

function deadlineDate(dateText: string): number | null {
  const year = YEAR_ONLY.exec(dateText);
  if (year) return toExcelSerial(Number(year[1]), 12, 31);
  if (isDateWithoutYear(dateText)) throw missingYearError(dateText);
  return parseDateText(dateText);
}

function parseDeadline(text: string): Target | null {
  const match = DEADLINE.exec(text);
  if (!match) return null;
  const [, description, rest] = match;
  // A description before "entro" may name the deliverable, never a quantity: "8 progetti entro settembre" is two targets.
  if (description !== undefined && /\d/.test(description)) return null;
  try {
    const serial = deadlineDate(rest.trim());
    if (serial !== null) return { kind: 'deadline', serial };
  } catch (error) {
    inTarget(error, text);
  }
  // "entro 5 gg": a maximum number of days, not a date.
  if (WITHIN_DAYS.test(rest)) {
    const comparison = parseComparisonValue('<=', rest.trim(), text);
    if (comparison.kind === 'comparison') return comparison;
  }
  throw invalidTarget(text, msg('parse.targetDeadlineDate', { text }));
}

function splitOperator(text: string): { op: ComparisonOp | null; rest: string } {
  for (const [symbol, op] of SYMBOL_OPS) {
    if (text.startsWith(symbol)) return { op, rest: text.slice(symbol.length).trim() };
  }
  const lower = text.toLowerCase();
  for (const [words, op] of WORD_OPS) {
    if (lower.startsWith(words) && (lower.length === words.length || /[\s\d:]/.test(lower[words.length]))) {
      return { op, rest: text.slice(words.length).replace(/^\s*:?\s*/, '') };
    }
  }
  return { op: null, rest: text };
}

function parseComparisonValue(written: ComparisonOp | null, valueText: string, text: string): Target {
  // A bare value means "at least" (`4200`, `60%`); a bare date is a deadline.
  const op = written ?? '>=';
  if (valueText === '') throw invalidTarget(text, msg('parse.targetMissingValue', { text, op }));
  const { text: body, unit } = splitUnit(valueText, { freeWord: true });
  let value;
  try {
    value = parseValue(body);
  } catch (error) {
    if (error instanceof ParseError && error.code === 'unrecognised-value') throw invalidTarget(text, msg('parse.targetOutsideGrammar', { text }));
    return inTarget(error, text);
  }
  if (value === null) throw invalidTarget(text, msg('parse.targetMissingValue', { text, op }));
  switch (value.kind) {
    case 'number':
      return unit === undefined
        ? { kind: 'comparison', op, value: value.value, percent: value.percent }
        : { kind: 'comparison', op, value: value.value, percent: value.percent, unit };
    case 'date':
      if (written === null || op === '<=') return { kind: 'deadline', serial: value.serial };
      if (op === '<' && value.serial > 1) return { kind: 'deadline', serial: value.serial - 1 };
      throw invalidTarget(text, msg('parse.targetDateComparison', { text }));
    case 'boolean':
      if (op === '=') return { kind: 'boolean', expected: value.value };
      throw invalidTarget(text, msg('parse.targetYesNoComparison', { text, op }));
    case 'ratio':
      throw invalidTarget(text, msg('parse.targetRatio', { text }));
  }
}

function parseTargetText(raw: string): Target {
  const text = stripFootnoteMarks(normaliseSpacing(raw));
  if (text === '') throw new ParseError('empty', msg('parse.targetEmpty'), raw);
  const expected = booleanWord(text);
  if (expected !== undefined) return { kind: 'boolean', expected };
  if (DONE_WORDS.test(text)) return { kind: 'boolean', expected: true };
  const deadline = parseDeadline(text);
  if (deadline) return deadline;
  const { op, rest } = splitOperator(text);
  return parseComparisonValue(op, rest, text);
}

/**
 * The Target a text states; throws ParseError quoting the text when it is not in the grammar.
 * Cached by raw text (failures too): a target repeated on a million rows is parsed once.
 */
export function parseTarget(text: string): Target {
  return compiledTarget(text).target;
}

/**
 * A direct-mapped front for the cache, by length and three characters: rows repeat few target texts, and a probe here
 * reads no hash and calls no built-in, so it costs about half a Map lookup (`npm run bench core`).
 */
const FRONT_SLOTS = 256;
const frontTexts: Array<string | undefined> = new Array<string | undefined>(FRONT_SLOTS).fill(undefined);
const frontTargets: Array<CompiledTarget | undefined> = new Array<CompiledTarget | undefined>(FRONT_SLOTS).fill(undefined);

function frontSlot(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  return (n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n >> 1) * 3 + text.charCodeAt(n - 1)) & (FRONT_SLOTS - 1);
}

/** As parseTarget, with what evaluation reads on every row resolved once (same cache, one lookup). */
export function compiledTarget(text: string): CompiledTarget {
  if (typeof text === 'string') {
    const slot = frontSlot(text);
    if (frontTexts[slot] === text) {
      const front = frontTargets[slot];
      if (front !== undefined) return front;
    }
    const compiled = cachedTarget(text);
    frontTexts[slot] = text;
    frontTargets[slot] = compiled;
    return compiled;
  }
  return cachedTarget(text);
}

/** The Map behind the front: small enough a function for compiledTarget to stay inlined where it is called. */
function cachedTarget(text: string): CompiledTarget {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const failure = failures.get(text);
  if (failure !== undefined) throw failure;
  // Bounded caches: a workbook has few distinct targets, a fuzzer or a typing session can have many.
  if (cache.size + failures.size >= MAX_CACHED_TARGETS) clearTargetCache();
  try {
    const compiled = new CompiledTarget(Object.freeze(parseTargetText(typeof text === 'string' ? text : String(text))));
    cache.set(text, compiled);
    return compiled;
  } catch (error) {
    if (error instanceof ParseError) failures.set(text, error);
    throw error;
  }
}

/** Forgets every cached target (for tests and benchmarks that measure a cold cache). */
export function clearTargetCache(): void {
  cache.clear();
  failures.clear();
  frontTexts.fill(undefined);
  frontTargets.fill(undefined);
}

const CANONICAL_SYMBOL: Record<ComparisonOp, string> = { '<': '<', '<=': '≤', '=': '=', '>=': '≥', '>': '>' };

/** The target written canonically (`≤ 0`, `< 75 gg`, `≥ 8`, `= 100%`, `entro 31/07/2022`, `SI`); it parses back to an equal Target. */
export function canonicalTarget(t: Target): string {
  switch (t.kind) {
    case 'comparison': {
      const number = t.percent ? `${formatPercentPointsIt(t.value)}%` : formatNumberIt(t.value);
      return `${CANONICAL_SYMBOL[t.op]} ${number}${t.unit ? ` ${t.unit}` : ''}`;
    }
    case 'deadline':
      return `entro ${formatDateIt(t.serial)}`;
    case 'boolean':
      return t.expected ? 'SI' : 'NO';
  }
}

/**
 * Which way is better. `= v` with v > 0 is a value to reach (higher), with v < 0 a value to get down to (lower);
 * `= 0` means none may occur (lower).
 */
export function targetDirection(t: Target): Direction {
  switch (t.kind) {
    case 'deadline':
      return 'deadline';
    case 'boolean':
      return 'boolean';
    case 'comparison':
      if (t.op === '>' || t.op === '>=') return 'higher';
      if (t.op === '<' || t.op === '<=') return 'lower';
      return t.value > 0 ? 'higher' : 'lower';
  }
}
