// Sentences and clauses of Italian administrative prose, where "n.", "provv.", "C.C." and "1.134" are not sentence ends.

/** A sentence ends at . ! ? followed by a space and a capital letter (abbreviations are followed by lower case or digits). */
const SENTENCE_BOUNDARY = /[.!?]+["')»]*\s+(?=["«(]?[A-ZÀ-ÖØ-Þ])/g;
// ", " "; " " – " " ma ": the dash and the words share one leading run of spaces, tried once.
const CLAUSE_BOUNDARY = /[,;]\s+|\s+(?:[-–—]|ma|mentre|anche\s+se|tuttavia|pero|però)\s+/gi;

function cut(text: string, boundary: RegExp): string[] {
  const parts: string[] = [];
  let from = 0;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    parts.push(text.slice(from, m.index + (boundary === SENTENCE_BOUNDARY ? m[0].trimEnd().length : 0)));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Sentences already cut in the objective being read: its readers (verdicts, revision, measures, results) each ask again. */
const cutSentences = new Map<string, readonly string[]>();

/** Called as each objective starts, so the memory of cut sentences holds one objective's paragraphs at most. */
export function forgetSentences(): void {
  cutSentences.clear();
}

export function sentences(text: string): readonly string[] {
  let found = cutSentences.get(text);
  if (found === undefined) {
    found = cut(text, SENTENCE_BOUNDARY);
    cutSentences.set(text, found);
  }
  return found;
}

/** The clauses of a sentence: what one subject and one verb say ("il modello è stato definito nel mese di luglio 2022"). */
export function clauses(sentence: string): string[] {
  return cut(sentence, CLAUSE_BOUNDARY);
}

/** The text with a span blanked out (same length), so that offsets found before stay valid. */
export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}
