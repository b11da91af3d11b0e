// The "Indicatore:" text: one phrase per indicator it lists, and the targets a phrase states itself
// ("creazione del modello entro il 31/7/2022", "attivazione del nuovo sistema (OPERATIVITA' ENTRO SETTEMBRE CON 8 PROGETTI GESTITI)").
import { msg, type Message } from '../../core/messages';
import { readDeadline } from './italian-dates';
import { singleSpaced } from './normalize';
import { COMPARISON, standaloneMatches } from './tokens';
import { foldCase, stems } from './words';

export type OwnTargetKind = 'deadline' | 'count' | 'comparison' | 'done';

/** A target stated by the indicator text itself; a compound target gives one per part. */
export interface OwnTarget {
  kind: OwnTargetKind;
  /** What this part measures ("operatività", "progetti gestiti"); '' when the phrase has a single part. */
  part: string;
  /** Target in the grammar of core's parseTarget; absent when the words could not be turned into one. */
  target?: string;
  /** The words the target was read from. */
  written: string;
  /** Why no target could be made from the words (a month without a year, words outside the grammar). */
  problem?: Message;
  /** Counted noun ("progetti"), to find the result "4 progetti". */
  noun?: string;
  /** Participle stem of the action ("attivat"), to find "è stato attivato". */
  participle?: string;
  /** Stems of the words naming what the part is about, to find the sentence that reports it. */
  subject: ReadonlySet<string>;
}

export interface IndicatorPhrase {
  /** The phrase as the indicator text writes it. */
  written: string;
  /** The phrase without its target words ("creazione del modello"). */
  name: string;
  stems: ReadonlySet<string>;
  ownTargets: OwnTarget[];
}

/** Actions whose completion is the target ("attivazione del sistema": SI when "il sistema è stato attivato"). */
const ACTIONS: Record<string, string> = {
  attivazione: 'attivat', creazione: 'creat', rispetto: 'rispettat', definizione: 'definit', realizzazione: 'realizzat',
  adozione: 'adottat', approvazione: 'approvat', implementazione: 'implementat', predisposizione: 'predispost',
  pubblicazione: 'pubblicat', avvio: 'avviat', completamento: 'completat', redazione: 'redatt', elaborazione: 'elaborat',
  costituzione: 'costituit', istituzione: 'istituit', aggiornamento: 'aggiornat', introduzione: 'introdott',
  sottoscrizione: 'sottoscritt', stipula: 'stipulat', apertura: 'apert', attuazione: 'attuat',
};

interface Separator {
  anywhere: RegExp;
  /** Global: every match found by one search, instead of a match tried at every character. */
  all: RegExp;
}

const separator = (source: string): Separator => ({ anywhere: new RegExp(source, 'i'), all: new RegExp(source, 'gi') });
const SEMICOLON = separator(String.raw`;\s*`);
const COMMA = separator(String.raw`,\s+`);
const AND = separator(String.raw`\s+e\s+`);

function tidy(part: string): string {
  return part.trim().replace(/[.;,]+$/, '').trim();
}

/** Splits at a separator outside parentheses (a match starting on a parenthesis does not count). */
function splitTopLevel(text: string, { anywhere, all }: Separator): string[] {
  if (!anywhere.test(text)) return [tidy(text)].filter((p) => p !== '');
  const parts: string[] = [];
  let depth = 0;
  let counted = 0;
  let from = 0;
  all.lastIndex = 0;
  for (let match = all.exec(text); match; match = all.exec(text)) {
    const at = match.index;
    // The parentheses between the last split (whose separator holds none) and this match.
    for (; counted < at; counted += 1) {
      const ch = text[counted];
      if (ch === '(') depth += 1;
      else if (ch === ')') depth = Math.max(0, depth - 1);
    }
    if (depth === 0 && match[0] !== '' && text[at] !== '(' && text[at] !== ')') {
      parts.push(text.slice(from, at));
      from = at + match[0].length;
      counted = from;
      all.lastIndex = from;
    } else all.lastIndex = at + 1;
  }
  parts.push(text.slice(from));
  return parts.map(tidy).filter((p) => p !== '');
}

const WORD_RUN = /\S+/g;

/** Whether the text has at least `count` words (runs without white space), counted only that far. */
function hasWords(text: string, count: number): boolean {
  WORD_RUN.lastIndex = 0;
  let found = 0;
  while (found < count && WORD_RUN.test(text)) found += 1;
  return found >= count;
}

const FIRST_WORD = /^\S*/;

/** What comes before the first white space (as `split(/\s+/)[0]`). */
function firstWord(text: string): string {
  return (FIRST_WORD.exec(text) as RegExpExecArray)[0];
}

/** " e " joins two indicators only between two phrases of some length, never inside "rapporto tra A e B". */
function splitConjunction(phrase: string): string[] {
  const parts = splitTopLevel(phrase, AND);
  const result: string[] = [];
  for (const part of parts) {
    const last = result[result.length - 1];
    const joinToLast = last !== undefined && (/\b(?:tra|fra)\b/i.test(last) || !hasWords(last, 3) || !hasWords(part, 3));
    if (joinToLast) result[result.length - 1] = `${last} e ${part}`;
    else result.push(part);
  }
  return result;
}

/** "OPERATIVITA'" -> "operatività": capitals read as a name, with the apostrophe-accent of typewriters resolved. */
function readableWords(text: string): string {
  if (text !== text.toUpperCase()) return text.trim();
  const accents: Record<string, string> = { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù' };
  return text
    .toLowerCase()
    .replace(/([aeiou])'(?=\s|$|[,.;)])/g, (_m, vowel: string) => accents[vowel])
    .trim();
}

function subjectOf(text: string): ReadonlySet<string> {
  const folded = foldCase(text);
  const head = firstWord(folded);
  // Stems split at every non-letter, so the words after the action need no re-joining.
  return stems(ACTIONS[head] !== undefined ? folded.slice(head.length) : text);
}

/** One part of a target ("OPERATIVITA' ENTRO SETTEMBRE", "8 PROGETTI GESTITI", "≥ 10") read into the grammar. */
export function readTargetPart(written: string, year: number | undefined, context: string): OwnTarget {
  const text = written.trim();
  const deadline = /^(.*?)\s*\bentro\s+(.+)$/i.exec(text);
  if (deadline) {
    const part = readableWords(deadline[1]);
    const reading = readDeadline(deadline[2], year);
    const subject = new Set([...subjectOf(context), ...stems(part)]);
    if (reading && 'target' in reading) return { kind: 'deadline', part, target: reading.target, written: text, subject };
    if (reading && 'missingYear' in reading) {
      return { kind: 'deadline', part, written: text, subject, problem: msg('import.textDeadlineWithoutYear', { text }) };
    }
    return { kind: 'comparison', part, target: `entro ${deadline[2].trim()}`, written: text, subject };
  }
  const count = /^(?:almeno\s+|non\s+meno\s+di\s+|minimo\s+)?(\d+(?:\.\d{3})*)\s+(\p{L}[\p{L}'\s]*)$/iu.exec(text);
  if (count) {
    const part = readableWords(count[2]);
    const noun = firstWord(foldCase(part));
    return { kind: 'count', part, target: `>= ${count[1]}`, written: text, noun, subject: stems(part) };
  }
  const comparison = standaloneMatches(text, COMPARISON)[0];
  if (comparison) {
    const part = readableWords(text.replace(comparison.text, ' '));
    return { kind: 'comparison', part, target: comparison.text, written: text, subject: new Set([...subjectOf(context), ...stems(part)]) };
  }
  return { kind: 'comparison', part: '', written: text, subject: subjectOf(context), problem: msg('import.textTargetForm', { text }) };
}

/** A target given in parentheses or after "entro"/a comparison; the rest of the phrase is its name. */
function targetWords(phrase: string): { name: string; words: string } | null {
  for (const m of phrase.matchAll(/\(([^()]*)\)/g)) {
    if (/\bentro\b/i.test(m[1]) || standaloneMatches(m[1], COMPARISON).length > 0) {
      return { name: singleSpaced(phrase.replace(m[0], ' ')).trim(), words: m[1] };
    }
  }
  const entro = /\bentro\b/i.exec(phrase);
  if (entro) return { name: phrase.slice(0, entro.index).trim(), words: phrase.slice(entro.index) };
  const comparison = standaloneMatches(phrase, COMPARISON)[0];
  if (comparison) return { name: singleSpaced(phrase.replace(comparison.text, ' ')).trim(), words: comparison.text };
  return null;
}

function ownTargetsOf(phrase: string, year: number | undefined): { name: string; ownTargets: OwnTarget[] } {
  const found = targetWords(phrase);
  if (found) {
    // "ENTRO SETTEMBRE CON 8 PROGETTI GESTITI": two targets, each its own indicator.
    const parts = found.words.split(/\s+(?:con|e|ed)\s+/i).filter((p) => p.trim() !== '');
    const ownTargets = parts.map((p) => readTargetPart(p, year, found.name));
    if (ownTargets.length === 1) ownTargets[0].part = '';
    return { name: found.name, ownTargets };
  }
  const head = firstWord(foldCase(phrase));
  const participle = ACTIONS[head];
  if (participle !== undefined) {
    const name = phrase.replace(/\s*\([^()]*\)\s*$/, '').trim();
    return { name: phrase, ownTargets: [{ kind: 'done', part: '', target: 'SI', written: name, participle, subject: subjectOf(name) }] };
  }
  return { name: phrase, ownTargets: [] };
}

/** The indicators an "Indicatore:" text lists, each with the targets it states itself. */
export function readIndicatorPhrases(indicatorText: string, year: number | undefined): IndicatorPhrase[] {
  const phrases = splitTopLevel(indicatorText, SEMICOLON)
    .flatMap((p) => splitTopLevel(p, COMMA))
    .flatMap(splitConjunction);
  return phrases.map((phrase) => {
    const { name, ownTargets } = ownTargetsOf(phrase, year);
    return { written: phrase, name, stems: stems(phrase), ownTargets };
  });
}
