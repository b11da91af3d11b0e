// One "OBIETTIVO N. k" block read into an Objective, with the list of what it could not determine ("da completare").
import type { ImportIssue } from '../import-issue';
import type { Indicator, Objective } from '../model';
import { ParseError, parseValue } from '../parse';
import { parseTarget } from '../target';
import { readIndicators, type IndicatorProblem } from './indicators';
import { readKind } from './kind';
import type { ObjectiveBlock, SectionName } from './layout';
import { readStatedMeasures } from './measures';
import { fixMixedScripts, type TextCorrection } from './normalize';
import { readPlanReferences } from './plan-references';
import { readRevision } from './revision';
import { blankOiv, readVerdicts } from './verdicts';

export interface ObjectiveReading {
  objective: Objective;
  issues: ImportIssue[];
}

/** The block's paragraphs with stray-script letters fixed, and the words that were changed. */
function cleanSections(block: ObjectiveBlock): { sections: Record<SectionName, string[]>; corrections: TextCorrection[] } {
  const corrections: TextCorrection[] = [];
  const sections = {} as Record<SectionName, string[]>;
  for (const [name, paragraphs] of Object.entries(block.sections) as Array<[SectionName, string[]]>) {
    sections[name] = paragraphs.map((p) => {
      const fixed = fixMixedScripts(p);
      corrections.push(...fixed.corrections);
      return fixed.text;
    });
  }
  return { sections, corrections };
}

function blankWords(paragraph: string, words: string): string {
  return words === '' ? paragraph : paragraph.split(words).join(' '.repeat(words.length));
}

/** Targets outside core's grammar are not kept as targets; results that do not parse are kept as written and flagged. */
function validateIndicator(indicator: Indicator, name: string, problems: string[][]): void {
  if (indicator.target !== '') {
    try {
      parseTarget(indicator.target);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      indicator.notes = [indicator.notes, `Target nel testo: "${indicator.target}"`].filter(Boolean).join('. ');
      problems.push(['target', `indicatore "${name}": target "${indicator.target}" non utilizzabile: ${error.message}`]);
      indicator.target = '';
    }
  }
  if (indicator.revision) {
    try {
      parseTarget(indicator.revision.revised);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      problems.push(['revision', `indicatore "${name}": target rivisto "${indicator.revision.revised}" non utilizzabile: ${error.message}`]);
      delete indicator.revision;
    }
  }
  if (typeof indicator.actual === 'string') {
    try {
      parseValue(indicator.actual);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      problems.push(['actual', `indicatore "${name}": risultato "${indicator.actual}" lasciato come scritto ma non leggibile: ${error.message}`]);
    }
  }
}

/** "risultato 100%, 112/112": the ratio and the stated percentage must tell the same story. */
function checkStatedResult(indicator: Indicator, statedResult: string): string | null {
  if (typeof indicator.actual !== 'string') return null;
  try {
    const ratio = parseValue(indicator.actual);
    const stated = parseValue(statedResult);
    if (ratio?.kind !== 'ratio' || stated?.kind !== 'number') return null;
    if (Math.abs(ratio.value - stated.value) <= 0.005) return null;
    return `indicatore "${indicator.name}": il rapporto "${indicator.actual}" non corrisponde al risultato dichiarato "${statedResult}"`;
  } catch (error) {
    // An unreadable ratio is already reported by validateIndicator, with the parser's reason.
    if (!(error instanceof ParseError)) throw error;
    return null;
  }
}

/** Reads one objective block; `year` (the report's) completes dates written without one ("entro 31/12"). */
export function readObjective(block: ObjectiveBlock, year: number | undefined): ObjectiveReading {
  const { sections, corrections } = cleanSections(block);
  const issues: ImportIssue[] = [];
  const label = `Obiettivo N. ${block.number}`;
  const flag = (field: string, message: string): void => {
    issues.push({ objective: block.number, field, message: `${label}: ${message}` });
  };

  const [title = '', ...moreTitle] = sections.title;
  const objective: Objective = { number: block.number, title, planReferences: readPlanReferences(sections.plan), indicators: [] };
  if (title === '') flag('title', `titolo assente dopo l'intestazione`);
  if (objective.planReferences.length === 0) {
    flag('planReferences', sections.plan.length === 0
      ? `manca la sezione "Riferimento Obiettivi Piano Performance"`
      : `nessun codice del Piano (es. B06, D02.02) in "${sections.plan.join(' ')}"`);
  }

  const kindText = sections.kind.join(' ');
  if (kindText !== '') {
    objective.kindText = kindText;
    const kind = readKind(kindText);
    if (kind) objective.kind = kind;
    else flag('kind', `dal testo "${kindText}" non si capisce se è nuovo, di mantenimento o straordinario`);
  } else {
    flag('kind', `manca la sezione "Azione/Progetto o Nuova/Mantenimento"`);
  }

  const description = [...moreTitle, ...sections.description].join('\n');
  if (description !== '') objective.description = description;
  else flag('description', `manca la descrizione`);
  const benefits = sections.benefits.join('\n');
  if (benefits !== '') objective.benefits = benefits;
  else flag('benefits', `mancano i benefici attesi`);

  // Without a "Risultati" label, what follows the indicator's own paragraph is the results prose (objective 3 of 2022).
  const resultsLabelled = block.labelled.has('results');
  const indicatorText = resultsLabelled ? sections.indicator.join('; ') : (sections.indicator[0] ?? '');
  // A "Valutazione OIV:" section keeps its label in the prose, where the verdict reader looks for it.
  const oivParagraphs = sections.oiv.map((p) => `Valutazione OIV: ${p}`);
  const resultsParagraphs = [...(resultsLabelled ? [] : sections.indicator.slice(1)), ...sections.results, ...oivParagraphs];
  if (resultsParagraphs.length > 0) objective.resultsText = resultsParagraphs.join('\n');
  if (indicatorText === '') flag('indicators', `manca la sezione "Indicatore"`);

  const verdicts = readVerdicts(resultsParagraphs);
  const revision = readRevision(resultsParagraphs);
  const results = resultsParagraphs.map((p) => blankWords(blankOiv(p), revision?.revisedWords ?? ''));
  const stated = readStatedMeasures(results);
  const reading = readIndicators({ indicatorText, results, measures: stated.measures, revision, year });
  objective.indicators = reading.indicators;

  const problems: IndicatorProblem[] = [...reading.problems];
  objective.indicators.forEach((indicator, index) => {
    const found: string[][] = [];
    validateIndicator(indicator, indicator.name, found);
    for (const [field, message] of found) problems.push({ index, field: field as IndicatorProblem['field'], message });
  });
  for (const { indicator, statedResult } of reading.statedResults) {
    const mismatch = checkStatedResult(indicator, statedResult);
    if (mismatch) problems.push({ index: objective.indicators.indexOf(indicator), field: 'actual', message: mismatch });
  }
  for (const stray of stated.strayResults) {
    problems.push({ index: null, field: 'indicators', message: `Risultato "${stray.actual}" ("${stray.source}") senza un target a cui abbinarlo` });
  }

  if (verdicts.oiv) {
    objective.oiv = { score: verdicts.oiv.score, text: verdicts.oiv.text };
  } else if (verdicts.notAchieved) {
    objective.oiv = { score: 0, text: verdicts.notAchieved };
    flag('oiv.score', `"${verdicts.notAchieved}" senza punteggio: registrato come 0/100, da verificare`);
  } else if (verdicts.postponed) {
    objective.neutralisation = { reason: verdicts.postponed };
  }

  for (const problem of problems) {
    const field = problem.index === null ? problem.field : `indicators[${problem.index}].${problem.field}`;
    flag(field, problem.message);
  }
  if (!objective.neutralisation) {
    objective.indicators.forEach((indicator, index) => {
      const name = `indicatore "${indicator.name}"`;
      const alreadyFlagged = (field: string): boolean => issues.some((i) => i.field === `indicators[${index}].${field}`);
      if (indicator.target === '' && !alreadyFlagged('target')) flag(`indicators[${index}].target`, `${name}: target non indicato nel testo (da completare)`);
      if (indicator.actual === undefined && !alreadyFlagged('actual')) flag(`indicators[${index}].actual`, `${name}: risultato non indicato nel testo (da completare)`);
    });
  }
  if (corrections.length > 0) {
    objective.notes = corrections.map((c) => `Nel testo "${c.from}" conteneva lettere di un altro alfabeto: letto "${c.to}"`).join('. ');
  }
  return { objective, issues };
}
