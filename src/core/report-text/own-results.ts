// The result of a target the indicator text states itself, looked for in the results prose:
// "con i 4 progetti" for "8 PROGETTI GESTITI", "il modello è stato definito nel mese di luglio 2022" for "entro il 31/7/2022",
// "Lo sportello è stato attivato" for "attivazione dello sportello". One clear reading or nothing.
import type { OwnTarget } from './indicator-phrases';
import { statedDates } from './italian-dates';
import { clauses, sentences } from './sentences';
import { NUMBER, standaloneMatches } from './tokens';
import { foldCase, sharedStems, stems } from './words';

export interface OwnResult {
  actual?: string;
  /** How the result was read, when it took a reading (a month taken as its last day). */
  note?: string;
  /** Why no result was taken although the text speaks of one (two different values). */
  problem?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function aboutSubject(clause: string, subject: ReadonlySet<string>): boolean {
  return subject.size > 0 && sharedStems(stems(clause), subject) > 0;
}

/** One distinct value found, or the problem of several. */
function single(values: string[], what: string): OwnResult | null {
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return { actual: distinct[0] };
  if (distinct.length > 1) return { problem: `il testo riporta più valori per ${what} (${distinct.join(', ')}): scegliere quello giusto` };
  return null;
}

function countResult(own: OwnTarget, text: string): OwnResult | null {
  if (!own.noun) return null;
  const stem = escapeRegExp(own.noun.slice(0, Math.max(4, own.noun.length - 1)));
  const values = standaloneMatches(text, String.raw`${NUMBER}(?=\s+${stem})`).map((t) => t.text);
  return single(values, `"${own.part}"`);
}

function deadlineResult(own: OwnTarget, clauseList: string[], year: number | undefined): OwnResult | null {
  const found = clauseList
    .filter((c) => aboutSubject(c, own.subject) && !/\bnon\b/i.test(c))
    .flatMap((c) => statedDates(c, year));
  const chosen = single(found.map((d) => d.date), `la data di "${own.part || own.written}"`);
  if (!chosen || chosen.actual === undefined) return chosen;
  const reading = found.find((d) => d.date === chosen.actual && !d.exact);
  return reading ? { ...chosen, note: `Risultato dedotto da "${reading.text}": ultimo giorno del periodo indicato` } : chosen;
}

function doneResult(own: OwnTarget, clauseList: string[]): OwnResult | null {
  if (!own.participle) return null;
  const participle = new RegExp(String.raw`\b(non\s+(?:\S+\s+){0,3})?${escapeRegExp(own.participle)}[oaie]\b`, 'i');
  const answers: string[] = [];
  for (const clause of clauseList) {
    if (!aboutSubject(clause, own.subject)) continue;
    const match = participle.exec(foldCase(clause));
    if (match) answers.push(match[1] ? 'NO' : 'SI');
  }
  return single(answers, `"${own.written}"`);
}

/** The result the prose states for a target of the indicator text, or what prevented reading one. */
export function findOwnResult(own: OwnTarget, paragraphs: readonly string[], year: number | undefined): OwnResult {
  const text = paragraphs.join('\n');
  const clauseList = paragraphs.flatMap(sentences).flatMap(clauses);
  const result =
    own.kind === 'count' ? countResult(own, text)
    : own.kind === 'deadline' ? deadlineResult(own, clauseList, year)
    : own.kind === 'done' ? doneResult(own, clauseList)
    : null;
  return result ?? {};
}
