// The closing verdicts of an objective: the OIV's score, the report's own verdict ("rispettato in pieno",
// "Non raggiunto."), a postponement that neutralises it. A verdict in words is never turned into a score.
import type { StatedVerdict } from '../../core/model';
import { sentences } from './sentences';

export interface OivStatement {
  score: number;
  text: string;
}

export interface Verdicts {
  oiv?: OivStatement;
  /** The report's own verdict on the objective and the sentence that states it. */
  stated?: StatedVerdict;
  /** The sentence saying the objective was postponed or taken out of the evaluation. */
  postponed?: string;
}

/** The score's phrasings: "Valutazione OIV = 98/100", "punteggio 98", "98 punti su 100", "grado di raggiungimento 98%". */
const SCORES = [
  /\b(?:valutazione|punteggio|giudizio)\s+(?:finale\s+)?(?:dell'\s*|del\s+)?o\.?i\.?v\.?(?![a-z])[^0-9\n]{0,40}?(\d{1,3}(?:,\d{1,2})?)\s*\/\s*100\b/i,
  /\bpunteggio(?:\s+(?:finale|attribuito|assegnato|conseguito|ottenuto))?(?:\s+(?:dall'\s*|dell'\s*)?o\.?i\.?v\.?)?\s*(?::|=|pari\s+a|di)?\s*(\d{1,3}(?:,\d{1,2})?)(?:\s*\/\s*100|\s+punti(?:\s+su\s+100)?)?(?![\d,.]*\s*%)(?![\d/]|,\d)(?!\s+su\s+\d)/i,
  /\b(\d{1,3}(?:,\d{1,2})?)\s+punti\s+su\s+100\b/i,
  /\bgrado\s+(?:complessivo\s+|finale\s+)?di\s+raggiungimento(?:\s+(?:dell'\s*obiettivo|complessivo|finale))?\s*(?::|=|pari\s+al?|del|(?:è|e')\s+(?:pari\s+al|del))?\s*(\d{1,3}(?:,\d{1,2})?)\s*%/i,
];
/** The score patterns made global once, not on every paragraph (replace resets their lastIndex). */
const SCORES_ALL = SCORES.map((score) => new RegExp(score.source, 'gi'));
const NOT_ACHIEVED = /^(?:l'\s*)?(?:obiettivo\s+)?(?:(?:è|e')\s+)?non\s+(?:(?:è|e')\s+stato\s+|risulta\s+)?raggiunto\b/i;
const PARTIALLY = /\b(?:l'\s*)?obiettivo\s+(?:(?:è|e')\s+(?:stato\s+)?|risulta\s+)?parzialmente\s+raggiunto\b|^parzialmente\s+raggiunto\b/i;
// "Obiettivo raggiunto", "l'obiettivo raggiunto", "pienamente raggiunto", "rispettato in pieno": the objective itself, never a target.
const ACHIEVED =
  /\b(?:l'\s*)?obiettivo\s+(?:(?:è|e')\s+(?:stato\s+)?|risulta\s+)?(?:pienamente\s+|sostanzialmente\s+|completamente\s+)?raggiunto\b|^(?:pienamente\s+|sostanzialmente\s+)?raggiunto\b|\brispettat[oa]\s+in\s+pieno\b|\bpienamente\s+raggiunto\b/i;
// "Obiettivo sospeso", "Stralciato.", "non valutabile": the objective is out of the evaluation, by the report's words.
const NOT_EVALUABLE = /^(?:l'\s*)?(?:obiettivo\s+)?(?:(?:è|e')\s+(?:stato\s+)?|risulta\s+)?(?:sospes[oa]|rinviat[oa]|stralciat[oa]|non\s+valutabile)\b/i;
// "raggiunto al 90%": the report's own share, partial below 100%.
const ACHIEVED_SHARE = /^(?:l'\s*)?(?:obiettivo\s+)?(?:(?:è|e')\s+(?:stato\s+)?|risulta\s+)?raggiunt[oa]\s+(?:al|nella\s+misura\s+del|per\s+il)\s+(\d{1,3}(?:,\d{1,2})?)\s*%/i;
const VERDICT_WORD = /raggiunt|rispettat/i;
/** What comes before a clause's own words ("Esito: "), so that the clause can open with the verdict. */
const CLAUSE_LEAD = /^.*?[:–—]\s+(?=\S)/;
const POSTPONED = /\b(?:pospo(?:rre|st[oaie]|sizione)|posticipat[oaie]|rinviat[oaie]|rinviare|differit[oaie]|sospes[oaie]|neutralizzat[oaie]|stralciat[oaie]|annullat[oaie]|non\s+valutabile)\b/i;

/** Words each score pattern cannot match without (in lower case): most paragraphs are passed over by a substring search. */
const SCORE_WORDS: ReadonlyArray<(lower: string) => boolean> = [
  (lower) => lower.includes('/') && (lower.includes('valutazione') || lower.includes('punteggio') || lower.includes('giudizio')),
  (lower) => lower.includes('punteggio'),
  (lower) => lower.includes('punti'),
  (lower) => lower.includes('raggiungimento'),
];

function readOiv(text: string): OivStatement | undefined {
  const lower = text.toLowerCase();
  let match: RegExpExecArray | null = null;
  for (let i = 0; i < SCORES.length && match === null; i += 1) if (SCORE_WORDS[i](lower)) match = SCORES[i].exec(text);
  if (!match) return undefined;
  const score = Number(match[1].replace(',', '.'));
  if (!(score >= 0 && score <= 100)) return undefined;
  return { score, text: match[0] };
}

/** The paragraph with its OIV statements blanked out, so that "100/100" is never read as a result. */
export function blankOiv(paragraph: string): string {
  const lower = paragraph.toLowerCase();
  let text = paragraph;
  for (let i = 0; i < SCORES_ALL.length; i += 1) if (SCORE_WORDS[i](lower)) text = text.replace(SCORES_ALL[i], blanks);
  return text;
}

function blanks(match: string): string {
  return ' '.repeat(match.length);
}

/** The verdict a sentence states, the negative and partial forms read before the plain "raggiunto" they contain. */
function statedIn(sentence: string, clauseStart: string): StatedVerdict | undefined {
  const text = sentence.trim();
  // Every form but "sospeso", "stralciato" has one of these words: most sentences are settled by one quick look.
  // The clause start is the sentence's own end: it holds a verdict word only if the sentence does.
  if (!VERDICT_WORD.test(sentence)) {
    return NOT_EVALUABLE.test(sentence) || NOT_EVALUABLE.test(clauseStart) ? { status: 'Non valutabile', text } : undefined;
  }
  if (NOT_ACHIEVED.test(sentence) || NOT_ACHIEVED.test(clauseStart)) return { status: 'Non raggiunto', text };
  if (/\bnon\s+(?:(?:è|e')\s+stato\s+)?raggiunt/i.test(sentence)) return undefined;
  if (NOT_EVALUABLE.test(sentence) || NOT_EVALUABLE.test(clauseStart)) return { status: 'Non valutabile', text };
  const share = ACHIEVED_SHARE.exec(sentence) ?? ACHIEVED_SHARE.exec(clauseStart);
  if (share) return { status: Number(share[1].replace(',', '.')) < 100 ? 'Parzialmente raggiunto' : 'Raggiunto', text };
  if (PARTIALLY.test(sentence) || PARTIALLY.test(clauseStart)) return { status: 'Parzialmente raggiunto', text };
  if (ACHIEVED.test(sentence) || ACHIEVED.test(clauseStart)) return { status: 'Raggiunto', text };
  return undefined;
}

/** Verdicts stated in the results prose (and in a separate "Valutazione OIV" section, if any). */
export function readVerdicts(paragraphs: readonly string[]): Verdicts {
  const text = paragraphs.join('\n');
  const verdicts: Verdicts = {};
  const oiv = readOiv(text);
  if (oiv) verdicts.oiv = oiv;
  // A sentence can speak of a postponement only if the whole text does: one search instead of one per sentence.
  const mayPostpone = POSTPONED.test(text);
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      if (verdicts.stated !== undefined && (verdicts.postponed !== undefined || !mayPostpone)) return verdicts;
      if (verdicts.stated === undefined) {
        // A verdict opens its sentence ("Non raggiunto."), so "un target non raggiunto su tre" is not one.
        verdicts.stated = statedIn(sentence, sentence.replace(CLAUSE_LEAD, ''));
      }
      if (mayPostpone && verdicts.postponed === undefined && POSTPONED.test(sentence)) verdicts.postponed = sentence;
    }
  }
  return verdicts;
}
