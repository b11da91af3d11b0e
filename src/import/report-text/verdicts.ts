// The closing verdicts of an objective: the OIV's score, a "Non raggiunto", a postponement that neutralises it.
import { sentences } from './sentences';

export interface OivStatement {
  score: number;
  text: string;
}

export interface Verdicts {
  oiv?: OivStatement;
  /** "Non raggiunto." as written, when the text says so without a score. */
  notAchieved?: string;
  /** The sentence saying the objective was postponed or taken out of the evaluation. */
  postponed?: string;
}

const OIV_SCORE = /\b(?:valutazione|punteggio|giudizio)\s+(?:finale\s+)?(?:dell'\s*|del\s+)?o\.?i\.?v\.?(?![a-z])[^0-9\n]{0,40}?(\d{1,3}(?:,\d{1,2})?)\s*\/\s*100\b/i;
const NOT_ACHIEVED = /^(?:l'\s*)?(?:obiettivo\s+)?(?:(?:è|e')\s+)?non\s+(?:(?:è|e')\s+stato\s+|risulta\s+)?raggiunto\b/i;
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

/** Verdicts stated in the results prose (and in a separate "Valutazione OIV" section, if any). */
export function readVerdicts(paragraphs: readonly string[]): Verdicts {
  const text = paragraphs.join('\n');
  const verdicts: Verdicts = {};
  const oiv = readOiv(text);
  if (oiv) verdicts.oiv = oiv;
  for (const sentence of paragraphs.flatMap(sentences)) {
    // A verdict opens its sentence ("Non raggiunto."), so "un target non raggiunto su tre" is not one.
    const clauseStart = sentence.replace(/^.*?[:–—]\s+(?=\S)/, '');
    if (verdicts.notAchieved === undefined && (NOT_ACHIEVED.test(sentence) || NOT_ACHIEVED.test(clauseStart))) {
      verdicts.notAchieved = sentence;
    }
    if (verdicts.postponed === undefined && POSTPONED.test(sentence)) verdicts.postponed = sentence;
  }
  return verdicts;
}
