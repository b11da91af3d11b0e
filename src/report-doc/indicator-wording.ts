// Each indicator's target and result in words, in the shapes the report itself uses and Traguardo's text import
// (src/import/report-text) reads back, so that the document re-imports into the same indicators:
//   - a comparison with a numeric result: the list form "nome: 100% (risultato 112/112)" under "Risultati";
//   - a deadline or a yes/no target: the phrase in the "Indicatore:" line ("creazione del modello entro 31/07/2022"),
//     and the result in its own sentence ("creazione del modello: risultato 31/07/2022").
import { booleanWord } from '../core/parse';
import { msg, type Message } from '../core/messages';
import type { Indicator } from '../core/model';
import { canonicalTarget, parseTarget, type Target } from '../core/target';
import type { DocContext } from './context';

interface IndicatorWording {
  /** The phrase for the "Indicatore:" line; null when the list form under "Risultati" carries the target. */
  phrase: string | null;
  /** The sentence under "Risultati". */
  result: Message;
}

// The import's list form takes a target that is a number with an optional operator, percent sign and unit...
const LIST_TARGET = /^(?:(?:<=|>=|=<|=>|≤|≥|⩽|⩾|<|>|=)\s*)?[-−]?\d+(?:[.,]\d+)*(?:\s*%)?(?:\s*(?:gg|giorni|days|ore|mesi|euro|€))?$/;
// ...and a result that is a number, a percentage or a ratio.
const LIST_RESULT = /^(?:[-−]?\d+(?:[.,]\d+)*\s*\/\s*[-−]?\d+(?:[.,]\d+)*|[-−]?\d+(?:[.,]\d+)*(?:\s*%)?)$/;

/** Action nouns that make a yes/no target, and the participle that says it was done ("attivazione" -> "attivato"). */
const PARTICIPLES: Readonly<Record<string, string>> = {
  attivazione: 'attivato', creazione: 'creato', rispetto: 'rispettato', definizione: 'definito', realizzazione: 'realizzato',
  adozione: 'adottato', approvazione: 'approvato', implementazione: 'implementato', predisposizione: 'predisposto',
  pubblicazione: 'pubblicato', avvio: 'avviato', completamento: 'completato', redazione: 'redatto', elaborazione: 'elaborato',
  costituzione: 'costituito', istituzione: 'istituito', aggiornamento: 'aggiornato', introduzione: 'introdotto',
  sottoscrizione: 'sottoscritto', stipula: 'stipulato', apertura: 'aperto', attuazione: 'attuato',
};

/** The target in force: the revised one when the target was revised. */
export function targetInForce(indicator: Indicator): string {
  return (indicator.revision?.revised ?? indicator.target).trim();
}

export function parsedTarget(text: string): Target | null {
  try {
    return parseTarget(text);
  } catch {
    return null; // an unreadable target is one of the sheet's problems, listed as "da verificare"
  }
}

/** The target as the list form can carry it: as written when it can, else canonically written, else null. */
function listTarget(written: string, target: Target): string | null {
  if (LIST_TARGET.test(written)) return written;
  const canonical = canonicalTarget(target);
  return LIST_TARGET.test(canonical) ? canonical : null;
}

function participleOf(name: string): string | null {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return PARTICIPLES[first] ?? null;
}

/** The indicator's result as the document prints it (a date serial as a date when the target is a deadline). */
export function resultText(indicator: Indicator, context: DocContext): string | null {
  return context.numbers.actual(indicator.actual, parsedTarget(targetInForce(indicator))?.kind === 'deadline');
}

export function indicatorWording(indicator: Indicator, context: DocContext): IndicatorWording {
  const name = indicator.name.trim();
  const written = targetInForce(indicator);
  const target = parsedTarget(written);
  const actual = resultText(indicator, context);
  const resultOnly = (participle: string | null = null): Message =>
    msg('report.result', { name, actual, participle, done: actual !== null && booleanWord(actual) === true });
  if (target === null) return { phrase: null, result: resultOnly() };
  switch (target.kind) {
    case 'comparison': {
      const shown = listTarget(written, target);
      if (shown !== null && actual !== null && LIST_RESULT.test(actual)) {
        return { phrase: null, result: msg('report.targetAndResult', { name, target: shown, actual }) };
      }
      return { phrase: `${name} (${canonicalTarget(target)})`, result: resultOnly() };
    }
    case 'deadline':
      return { phrase: `${name} ${canonicalTarget(target)}`, result: resultOnly() };
    case 'boolean': {
      const participle = context.language === 'it' && actual !== null && booleanWord(actual) !== undefined ? participleOf(name) : null;
      return { phrase: name, result: resultOnly(participle) };
    }
  }
}
