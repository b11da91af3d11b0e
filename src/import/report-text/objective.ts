// One objective block read into an Objective, with the list of what it could not determine ("da completare").
import { msg, type Message } from '../../core/messages';
import type { ImportIssue } from '../issue';
import type { Indicator, Objective } from '../../core/model';
import { ParseError, parseValue } from '../../core/parse';
import { parseTarget } from '../../core/target';
import { aboutIndicator, readIndicators, type IndicatorProblem } from './indicators';
import { readKind } from './kind';
import type { ObjectiveBlock, SectionName } from './layout';
import { readStatedMeasures } from './measures';
import { countedResults } from './counted-results';
import { fixMixedScripts, type TextCorrection } from './normalize';
import { readPlanReferences } from './plan-references';
import { readRevision } from './revision';
import { forgetSentences } from './sentences';
import { isIndicatorTable, tableIndicators } from './tables';
import { blankOiv, readVerdicts, type Verdicts } from './verdicts';

export interface ObjectiveReading {
  objective: Objective;
  issues: ImportIssue[];
}

/** The block's paragraphs with stray-script letters fixed, and the words that were changed. */
function cleanSections(block: ObjectiveBlock): { sections: Record<SectionName, string[]>; corrections: TextCorrection[] } {
  if (!block.mixedScripts) return { sections: block.sections, corrections: [] };
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
function validateIndicator(indicator: Indicator, index: number): IndicatorProblem[] {
  const problems: IndicatorProblem[] = [];
  const name = indicator.name;
  if (indicator.target !== '') {
    try {
      parseTarget(indicator.target);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      indicator.notes = [indicator.notes, `Target nel testo: "${indicator.target}"`].filter(Boolean).join('. ');
      problems.push({ index, field: 'target', message: aboutIndicator(name, msg('import.textUnusableTarget', { target: indicator.target, reason: error.reason })) });
      indicator.target = '';
    }
  }
  if (indicator.revision) {
    try {
      parseTarget(indicator.revision.revised);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      const unusable = msg('import.textUnusableRevised', { target: indicator.revision.revised, reason: error.reason });
      problems.push({ index, field: 'revision', message: aboutIndicator(name, unusable) });
      delete indicator.revision;
    }
  }
  if (typeof indicator.actual === 'string') {
    try {
      parseValue(indicator.actual);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      problems.push({ index, field: 'actual', message: aboutIndicator(name, msg('import.textUnreadableResult', { actual: indicator.actual, reason: error.reason })) });
    }
  }
  return problems;
}

/** "risultato 100%, 112/112": the ratio and the stated percentage must tell the same story. */
function checkStatedResult(indicator: Indicator, statedResult: string): Message | null {
  if (typeof indicator.actual !== 'string') return null;
  try {
    const ratio = parseValue(indicator.actual);
    const stated = parseValue(statedResult);
    if (ratio?.kind !== 'ratio' || stated?.kind !== 'number') return null;
    if (Math.abs(ratio.value - stated.value) <= 0.005) return null;
    return aboutIndicator(indicator.name, msg('import.textRatioMismatch', { ratio: indicator.actual, stated: statedResult }));
  } catch (error) {
    // An unreadable ratio is already reported by validateIndicator, with the parser's reason.
    if (!(error instanceof ParseError)) throw error;
    return null;
  }
}

type Flag = (field: string, message: Message) => void;

/** Title, plan references, kind, description and benefits: the objective's header as written. */
function readHeader(block: ObjectiveBlock, sections: Record<SectionName, string[]>, flag: Flag): Objective {
  const [title = '', ...moreTitle] = sections.title;
  // "Obiettivo operativo 2.1 – Titolo": the heading's code is the first reference, with the title as its words.
  const fromHeading = block.code !== undefined ? [{ code: block.code, text: title }] : [];
  const planReferences = [...fromHeading, ...readPlanReferences(sections.plan).filter((r) => r.code !== block.code)];
  const objective: Objective = { number: block.number, title, planReferences, indicators: [] };
  if (block.area !== undefined) objective.area = block.area;
  if (title === '') flag('title', msg('import.textNoTitle'));
  if (objective.planReferences.length === 0) {
    flag('planReferences', sections.plan.length === 0
      ? msg('import.textMissingSection', { section: 'Riferimento Obiettivi Piano Performance' })
      : msg('import.textNoPlanCode', { text: sections.plan.join(' ') }));
  }
  const kindText = sections.kind.join(' ');
  if (kindText !== '') {
    objective.kindText = kindText;
    const kind = readKind(kindText);
    if (kind) objective.kind = kind;
    else flag('kind', msg('import.textUnclearKind', { text: kindText }));
  } else {
    flag('kind', msg('import.textMissingSection', { section: 'Azione/Progetto o Nuova/Mantenimento' }));
  }
  const description = [...moreTitle, ...sections.description].join('\n');
  if (description !== '') objective.description = description;
  else flag('description', msg('import.textNoDescription'));
  const benefits = sections.benefits.join('\n');
  if (benefits !== '') objective.benefits = benefits;
  else flag('benefits', msg('import.textNoBenefits'));
  return objective;
}

/** The indicator wording and the results prose; without a "Risultati" label, the paragraphs after the indicator's (objective 3 of 2022). */
function indicatorAndResults(block: ObjectiveBlock, sections: Record<SectionName, string[]>): { indicatorText: string; results: string[] } {
  const resultsLabelled = block.labelled.has('results');
  const indicatorText = resultsLabelled ? sections.indicator.join('; ') : (sections.indicator[0] ?? '');
  // A "Valutazione OIV:" section keeps its label in the prose, where the verdict reader looks for it.
  const oiv = sections.oiv.map((p) => `Valutazione OIV: ${p}`);
  return { indicatorText, results: [...(resultsLabelled ? [] : sections.indicator.slice(1)), ...sections.results, ...oiv] };
}

/** The indicators with every problem met on the way: pairing, grammar, ratios that contradict the stated percentage. */
function readAllIndicators(indicatorText: string, resultsProse: string[], year: number | undefined, tables: string[][][]): { indicators: Indicator[]; problems: IndicatorProblem[] } {
  const table = tables.find(isIndicatorTable);
  // A table gives each indicator its columns: the prose then only states verdicts.
  if (table) {
    const indicators = tableIndicators(table, year);
    return { indicators, problems: indicators.flatMap((indicator, index) => validateIndicator(indicator, index)) };
  }
  const revision = readRevision(resultsProse);
  // OIV scores and the revised target's words are not results: blank them before looking for numbers.
  const results = resultsProse.map((p) => blankWords(blankOiv(p), revision?.revisedWords ?? ''));
  const stated = readStatedMeasures(results);
  const reading = readIndicators({ indicatorText, results, measures: stated.measures, revision, year });
  countedResults(reading.indicators, results);
  const problems: IndicatorProblem[] = [...reading.problems];
  reading.indicators.forEach((indicator, index) => problems.push(...validateIndicator(indicator, index)));
  for (const { indicator, statedResult } of reading.statedResults) {
    const mismatch = checkStatedResult(indicator, statedResult);
    if (mismatch) problems.push({ index: reading.indicators.indexOf(indicator), field: 'actual', message: mismatch });
  }
  for (const stray of stated.strayResults) {
    problems.push({ index: null, field: 'indicators', message: msg('import.textStrayResult', { actual: stray.actual ?? '', source: stray.source }) });
  }
  return { indicators: reading.indicators, problems };
}

/** The OIV's score and the report's own verdict are kept apart, never one made from the other; a postponement neutralises. */
function applyVerdicts(objective: Objective, verdicts: Verdicts): void {
  if (verdicts.oiv) objective.oiv = { score: verdicts.oiv.score, text: verdicts.oiv.text };
  if (verdicts.stated) objective.statedVerdict = verdicts.stated;
  // "Sospeso", "stralciato": out of the evaluation, as a postponement without a verdict is.
  const outOfEvaluation = !verdicts.stated || verdicts.stated.status === 'Non valutabile';
  if (outOfEvaluation && verdicts.postponed && !verdicts.oiv) objective.neutralisation = { reason: verdicts.postponed };
}

/** Where an objective's problems go, each said of its number (a function made once, not a named closure per call). */
function flagInto(issues: ImportIssue[], number: number): Flag {
  return (field, message) => {
    issues.push({ objective: number, field, message: msg('import.textObjective', { number, issue: message }) });
  };
}

function isFlagged(issues: readonly ImportIssue[], field: string): boolean {
  return issues.some((issue) => issue.field === field);
}

/** Reads one objective block; `year` (the report's) completes dates written without one ("entro 31/12"). */
export function readObjective(block: ObjectiveBlock, year: number | undefined): ObjectiveReading {
  forgetSentences();
  const { sections, corrections } = cleanSections(block);
  const issues: ImportIssue[] = [];
  const flag = flagInto(issues, block.number);

  const objective = readHeader(block, sections, flag);
  const { indicatorText, results } = indicatorAndResults(block, sections);
  if (results.length > 0) objective.resultsText = results.join('\n');
  if (indicatorText === '' && !block.tables.some(isIndicatorTable)) flag('indicators', msg('import.textMissingSection', { section: 'Indicatore' }));

  const { indicators, problems } = readAllIndicators(indicatorText, results, year, block.tables);
  objective.indicators = indicators;
  applyVerdicts(objective, readVerdicts(results));
  for (const problem of problems) {
    flag(problem.index === null ? problem.field : `indicators[${problem.index}].${problem.field}`, problem.message);
  }
  // What is still empty is "da completare", except in a neutralised objective, which is not evaluated.
  if (!objective.neutralisation) {
    indicators.forEach((indicator, index) => {
      if (indicator.target === '' && !isFlagged(issues, `indicators[${index}].target`)) flag(`indicators[${index}].target`, aboutIndicator(indicator.name, msg('import.textNoTarget')));
      if (indicator.actual === undefined && !isFlagged(issues, `indicators[${index}].actual`)) flag(`indicators[${index}].actual`, aboutIndicator(indicator.name, msg('import.textNoResult')));
    });
  }
  if (corrections.length > 0) {
    objective.notes = corrections.map((c) => `Nel testo "${c.from}" conteneva lettere di un altro alfabeto: letto "${c.to}"`).join('. ');
  }
  return { objective, issues };
}
