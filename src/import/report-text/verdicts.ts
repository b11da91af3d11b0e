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

const OIV_SCORE = /\b(?:valutazione|punteggio|giudizio)\s+(?:finale\s+)?(?:dell'\s*|del\s+)?o\.?i\.?v\.?(?![a-z])[^0-9\n]{0,40}?(\d{1,3}(?:,\d{1,2})?)\s*\/\s*100\b/i;
const NOT_ACHIEVED = /^(?:l'\s*)?(?:obiettivo\s+)?(?:(?:è|e')\s+)?non\s+(?:(?:è|e')\s+stato\s+|risulta\s+)?raggiunto\b/i;
const PARTIALLY = /\b(?:l'\s*)?obiettivo\s+(?:(?:è|e')\s+(?:stato\s+)?|risulta\s+)?parzialmente\s+raggiunto\b|^parzialmente\s+raggiunto\b/i;
// "Obiettivo raggiunto", "l'obiettivo raggiunto", "pienamente raggiunto", "rispettato in pieno": the objective itself, never a target.
const ACHIEVED =
  /\b(?:l'\s*)?obiettivo\s+(?:(?:è|e')\s+(?:stato\s+)?|risulta\s+)?(?:pienamente\s+|sostanzialmente\s+|completamente\s+)?raggiunto\b|^(?:pienamente\s+|sostanzialmente\s+)?raggiunto\b|\brispettat[oa]\s+in\s+pieno\b|\bpienamente\s+raggiunto\b/i;
const POSTPONED = /\b(?:pospo(?:rre|st[oaie]|sizione)|posticipat[oaie]|rinviat[oaie]|rinviare|differit[oaie]|sospes[oaie]|neutralizzat[oaie]|stralciat[oaie]|annullat[oaie]|non\s+valutabile)\b/i;

function readOiv(text: string): OivStatement | undefined {
  const match = OIV_SCORE.exec(text);
  if (!match) return undefined;
  const score = Number(match[1].replace(',', '.'));
  if (!(score >= 0 && score <= 100)) return undefined;
  return { score, text: match[0] };
}

/** The paragraph with its OIV statements blanked out, so that "100/100" is never read as a result. */
export function blankOiv(paragraph: string): string {
  const pattern = new RegExp(OIV_SCORE.source, 'gi');
  return paragraph.replace(pattern, (m) => ' '.repeat(m.length));
}

/** The verdict a sentence states, the negative and partial forms read before the plain "raggiunto" they contain. */
function statedIn(sentence: string, clauseStart: string): StatedVerdict | undefined {
  const text = sentence.trim();
  if (NOT_ACHIEVED.test(sentence) || NOT_ACHIEVED.test(clauseStart)) return { status: 'Non raggiunto', text };
  if (/\bnon\s+(?:(?:è|e')\s+stato\s+)?raggiunt/i.test(sentence)) return undefined;
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
  for (const sentence of paragraphs.flatMap(sentences)) {
    // A verdict opens its sentence ("Non raggiunto."), so "un target non raggiunto su tre" is not one.
    const clauseStart = sentence.replace(/^.*?[:–—]\s+(?=\S)/, '');
    if (verdicts.stated === undefined) verdicts.stated = statedIn(sentence, clauseStart);
    if (verdicts.postponed === undefined && POSTPONED.test(sentence)) verdicts.postponed = sentence;
  }
  return verdicts;
}
