// The result of a target the indicator text states itself, looked for in the results prose:
// "con i 4 progetti" for "8 PROGETTI GESTITI", "il modello è stato definito nel mese di luglio 2022" for "entro il 31/7/2022",
// "Lo sportello è stato attivato" for "attivazione dello sportello". One clear reading or nothing.
import { msg, type Message } from '../../core/messages';
import type { OwnTarget } from './indicator-phrases';
import { statedDates } from './italian-dates';
import { clauses, sentences } from './sentences';
import { NUMBER, standaloneMatches } from './tokens';
import { foldCase } from './words';

export interface OwnResult {
  actual?: string;
  /** How the result was read, when it took a reading (a month taken as its last day). */
  note?: string;
  /** Why no result was taken although the text speaks of one (two different values). */
  problem?: Message;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Results prose cut once into clauses (with their case-folded text), searched by every target of the objective. */
export interface ResultsProse {
  text: string;
  clauses: Array<{ text: string; folded: string }>;
}

export function indexResults(paragraphs: readonly string[]): ResultsProse {
  const clauseList = paragraphs.flatMap(sentences).flatMap(clauses);
  return { text: paragraphs.join('\n'), clauses: clauseList.map((text) => ({ text, folded: foldCase(text) })) };
}

/** Patterns by their stems: the same subjects come back indicator after indicator (bounded, as a report has few). */
const wordStarts = new Map<string, RegExp>();

function wordStartPattern(subject: ReadonlySet<string>): RegExp {
  const key = [...subject].join('|');
  let pattern = wordStarts.get(key);
  if (pattern === undefined) {
    if (wordStarts.size >= 500) wordStarts.clear();
    pattern = new RegExp(String.raw`(?:^|[^a-z])(?:${[...subject].map(escapeRegExp).join('|')})`);
    wordStarts.set(key, pattern);
  }
  return pattern;
}

/** The clauses that speak of the subject: a word of the clause starts with one of the subject's stems. */
function clausesAbout(prose: ResultsProse, subject: ReadonlySet<string>): string[] {
  if (subject.size === 0) return [];
  const wordStart = wordStartPattern(subject);
  return prose.clauses.filter((c) => wordStart.test(c.folded)).map((c) => c.text);
}

/** One distinct value found, or the problem of several; `date` when what has several values is a date. */
function single(values: string[], subject: string, date = false): OwnResult | null {
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return { actual: distinct[0] };
  if (distinct.length > 1) return { problem: msg('import.textSeveralValues', { subject, date, values: distinct }) };
  return null;
}

function countResult(own: OwnTarget, text: string): OwnResult | null {
  if (!own.noun) return null;
  const stem = escapeRegExp(own.noun.slice(0, Math.max(4, own.noun.length - 1)));
  const values = standaloneMatches(text, String.raw`${NUMBER}(?=\s+${stem})`).map((t) => t.text);
  return single(values, own.part);
}

function deadlineResult(own: OwnTarget, prose: ResultsProse, year: number | undefined): OwnResult | null {
  const found = clausesAbout(prose, own.subject)
    .filter((c) => !/\bnon\b/i.test(c))
    .flatMap((c) => statedDates(c, year));
  const chosen = single(found.map((d) => d.date), own.part || own.written, true);
  if (!chosen || chosen.actual === undefined) return chosen;
  const reading = found.find((d) => d.date === chosen.actual && !d.exact);
  return reading ? { ...chosen, note: `Risultato dedotto da "${reading.text}": ultimo giorno del periodo indicato` } : chosen;
}

/** "attivato", "non è stato attivato": one pattern per participle, compiled once (a report uses a handful). */
const participles = new Map<string, RegExp>();

function participlePattern(stem: string): RegExp {
  let pattern = participles.get(stem);
  if (pattern === undefined) {
    if (participles.size >= 500) participles.clear();
    pattern = new RegExp(String.raw`\b(non\s+(?:\S+\s+){0,3})?${escapeRegExp(stem)}[oaie]\b`, 'i');
    participles.set(stem, pattern);
  }
  return pattern;
}

function doneResult(own: OwnTarget, prose: ResultsProse): OwnResult | null {
  if (!own.participle) return null;
  const participle = participlePattern(own.participle);
  const answers: string[] = [];
  for (const clause of clausesAbout(prose, own.subject)) {
    const match = participle.exec(foldCase(clause));
    if (match) answers.push(match[1] ? 'NO' : 'SI');
  }
  return single(answers, own.written);
}

/** The result the prose states for a target of the indicator text, or what prevented reading one. */
export function findOwnResult(own: OwnTarget, prose: ResultsProse, year: number | undefined): OwnResult {
  const result =
    own.kind === 'count' ? countResult(own, prose.text)
    : own.kind === 'deadline' ? deadlineResult(own, prose, year)
    : own.kind === 'done' ? doneResult(own, prose)
    : null;
  return result ?? {};
}
