// The indicators of one objective: the phrases of "Indicatore:" joined with the pairs stated in the results,
// the targets the phrases state themselves (with their revision) and the results found for them.
import { msg, type Message } from '../../core/messages';
import type { Indicator } from '../../core/model';
import { readIndicatorPhrases, readTargetPart, type IndicatorPhrase, type OwnTarget } from './indicator-phrases';
import type { StatedMeasure } from './measures';
import { singleSpaced } from './normalize';
import { findOwnResult, indexResults, type ResultsProse } from './own-results';
import type { StatedRevision } from './revision';
import { pairByWords, stems } from './words';

/** A problem met while building an indicator, tied to its position once the list is final. */
export interface IndicatorProblem {
  /** Index in the returned indicators, or null for the objective's indicator list as a whole. */
  index: number | null;
  field: 'target' | 'actual' | 'revision' | 'indicators';
  message: Message;
}

/** A problem of one indicator, named as the text names it: `indicatore "…": …`. */
export const aboutIndicator = (name: string, issue: Message): Message => msg('import.textIndicator', { name, issue });

export interface IndicatorsReading {
  indicators: Indicator[];
  problems: IndicatorProblem[];
  /** Results a named list states beside a ratio (`risultato 100%, 112/112`), to check the two agree. */
  statedResults: Array<{ indicator: Indicator; statedResult: string }>;
}

export interface IndicatorSources {
  indicatorText: string;
  /** Results paragraphs with OIV statements and the revised target's words blanked out. */
  results: readonly string[];
  measures: readonly StatedMeasure[];
  revision?: StatedRevision;
  year: number | undefined;
}

/** Pairs each unnamed measure with the indicator phrase that shares most words with it, one to one. */
function matchMeasures(phrases: IndicatorPhrase[], measures: readonly StatedMeasure[]): Map<number, number> {
  const unnamed = measures.map((m, i) => ({ m, i })).filter(({ m }) => !m.named);
  if (phrases.length === 1 && unnamed.length === 1) return new Map([[0, unnamed[0].i]]);
  const pairs = pairByWords(phrases.map((p) => p.stems), unnamed.map(({ m }) => stems(m.label)));
  return new Map([...pairs].map(([phrase, k]) => [phrase, unnamed[k].i]));
}

function fromMeasure(name: string, measure: StatedMeasure): Indicator {
  const indicator: Indicator = { name, target: measure.target ?? '' };
  if (measure.actual !== undefined) indicator.actual = measure.actual;
  indicator.notes = `Dal testo: "${singleSpaced(measure.source).trim()}"`;
  return indicator;
}

interface OwnIndicator {
  indicator: Indicator;
  own: OwnTarget;
}

function fromOwnTarget(phrase: IndicatorPhrase, own: OwnTarget, prose: ResultsProse, year: number | undefined, problems: IndicatorProblem[], index: number): Indicator {
  const name = own.part ? `${phrase.name}: ${own.part}` : phrase.name;
  const indicator: Indicator = { name, target: own.target ?? '' };
  const notes: string[] = [];
  if (own.kind !== 'done') notes.push(`Target nel testo: "${own.written}"`);
  if (own.problem) problems.push({ index, field: 'target', message: aboutIndicator(name, own.problem) });
  const found = findOwnResult(own, prose, year);
  if (found.actual !== undefined) indicator.actual = found.actual;
  if (found.note) notes.push(found.note);
  if (found.problem) problems.push({ index, field: 'actual', message: aboutIndicator(name, found.problem) });
  if (notes.length > 0) indicator.notes = notes.join('. ');
  return indicator;
}

/** Each part of the revised target goes to the indicator of the same kind (and, for counts, the same noun). */
function applyRevision(revision: StatedRevision, owned: OwnIndicator[], sources: IndicatorSources, problems: IndicatorProblem[], offset: (o: OwnIndicator) => number): void {
  const context = owned[0]?.indicator.name ?? '';
  const parts = revision.revisedWords.split(/\s+(?:con|e|ed)\s+/i).map((p) => readTargetPart(p, sources.year, context));
  const taken = new Set<OwnIndicator>();
  for (const part of parts) {
    const match = owned.find(
      (o) => !taken.has(o) && o.own.kind === part.kind && (part.kind !== 'count' || o.own.noun?.slice(0, 5) === part.noun?.slice(0, 5)),
    );
    if (!match) {
      problems.push({ index: null, field: 'revision', message: msg('import.textRevisionUnmatched', { target: part.written, words: revision.revisedWords }) });
      continue;
    }
    taken.add(match);
    const index = offset(match);
    if (part.target === undefined) {
      const reason = part.problem ?? msg('import.textUnrecognisedForm');
      problems.push({ index, field: 'revision', message: aboutIndicator(match.indicator.name, msg('import.textUnusableRevised', { target: part.written, reason })) });
      continue;
    }
    match.indicator.revision = { original: match.indicator.target || match.own.written, revised: part.target, reason: revision.sentence };
    const note = `Target rivisto nel testo: "${part.written}"`;
    match.indicator.notes = match.indicator.notes ? `${match.indicator.notes}. ${note}` : note;
  }
}

/** The objective's indicators in the order of the indicator text, then any pair the text names on its own. */
export function readIndicators(sources: IndicatorSources): IndicatorsReading {
  const phrases = sources.indicatorText.trim() === '' ? [] : readIndicatorPhrases(sources.indicatorText, sources.year);
  const matched = matchMeasures(phrases, sources.measures);
  const usedMeasures = new Set(matched.values());
  const indicators: Indicator[] = [];
  const problems: IndicatorProblem[] = [];
  const owned: OwnIndicator[] = [];
  let prose: ResultsProse | undefined;
  const leftovers: IndicatorPhrase[] = [];
  const statedResults: IndicatorsReading['statedResults'] = [];
  const addMeasure = (name: string, measure: StatedMeasure): void => {
    const indicator = fromMeasure(name, measure);
    if (measure.statedResult !== undefined) statedResults.push({ indicator, statedResult: measure.statedResult });
    indicators.push(indicator);
  };

  phrases.forEach((phrase, p) => {
    const measureIndex = matched.get(p);
    if (measureIndex !== undefined) {
      addMeasure(phrase.written, sources.measures[measureIndex]);
    } else if (phrase.ownTargets.length > 0) {
      for (const own of phrase.ownTargets) {
        prose ??= indexResults(sources.results);
        const indicator = fromOwnTarget(phrase, own, prose, sources.year, problems, indicators.length);
        owned.push({ indicator, own });
        indicators.push(indicator);
      }
    } else {
      leftovers.push(phrase);
    }
  });
  sources.measures.forEach((measure, i) => {
    if (usedMeasures.has(i)) return;
    addMeasure(measure.label || `Indicatore ${indicators.length + 1}`, measure);
  });

  if (sources.revision) applyRevision(sources.revision, owned, sources, problems, (o) => indicators.indexOf(o.indicator));

  if (indicators.length === 0) {
    const name = sources.indicatorText.trim();
    indicators.push({ name: name !== '' ? name : 'Indicatore', target: '' });
  } else if (phrases.length > 1) {
    for (const phrase of leftovers) {
      problems.push({ index: null, field: 'indicators', message: aboutIndicator(phrase.written, msg('import.textIndicatorNotCreated')) });
    }
  }
  return { indicators, problems, statedResults };
}
