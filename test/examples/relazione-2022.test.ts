// The 2022 report as data, evaluated by core, must give the outcomes the report itself states.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateReport, parseTarget, type ObjectiveResult, type Status } from '../../src/core/index';
import { renderMessage } from '../../src/core/messages';
import { proposedRules } from '../../src/import/proposed-rules';
import { parseReportJsonText } from '../../src/import/report-json';

interface ExpectedIndicator {
  name: string;
  achieved: boolean | null;
  degree: number | null;
  /** A result written unreadably in the report: evaluation must fail naming this text. */
  flaggedInput?: string;
}

interface ExpectedObjective {
  number: number;
  status: Status;
  oivScore: number | null;
  finalDegree: number | null;
  seedStatement: string;
  indicators: ExpectedIndicator[];
}

interface Expected {
  cutoffs: { achievedFrom: number; partialFrom: number };
  counts: Record<Status, number>;
  objectives: ExpectedObjective[];
}

const examples = path.resolve(__dirname, '../../examples');
const { report, incomplete } = parseReportJsonText(readFileSync(path.join(examples, 'relazione-2022.json'), 'utf8'));
// The cut-offs come from the import: the ones the report's own verdicts imply, as the preview and `traguardo build` apply them.
const proposal = proposedRules(report)!;
const expected = JSON.parse(readFileSync(path.join(examples, 'relazione-2022.expected.json'), 'utf8')) as Expected;
const seedText = readFileSync(path.join(examples, 'relazione-performance-2022.txt'), 'utf8');
const result = evaluateReport({ ...report, cutoffs: proposal.cutoffs });

function resultFor(number: number): ObjectiveResult {
  const found = result.objectives.find((r) => r.objective.number === number);
  if (found === undefined) throw new Error(`objective ${number} missing from the evaluation`);
  return found;
}

describe('examples/relazione-2022.json transcribes the seed', () => {
  it('has the 11 objectives, titled as in the report', () => {
    expect(report.objectives.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const objective of report.objectives) expect(seedText).toContain(objective.title);
  });

  it.each([
    [1, ['B06']], [2, ['D02.02']], [3, ['A04.01']], [4, ['E02', 'E02.01']], [5, ['E01', 'E01.01']], [6, ['D03']],
    [7, ['B04.01']], [8, ['A02.01']], [9, ['A01.01']], [10, ['A03']], [11, ['B04.03']],
  ])('objective %i refers to plan codes %j, each with its text from the report', (number, codes) => {
    const objective = report.objectives[number - 1];
    expect(objective.planReferences.map((r) => r.code)).toEqual(codes);
    for (const reference of objective.planReferences) {
      expect(seedText).toContain(reference.code);
      expect(seedText).toContain(reference.text);
    }
  });

  it('every target parses with the core grammar', () => {
    for (const objective of report.objectives) {
      for (const indicator of objective.indicators) {
        expect(() => parseTarget(indicator.target)).not.toThrow();
        if (indicator.revision) expect(() => parseTarget(indicator.revision!.revised)).not.toThrow();
      }
    }
  });

  it('states no amounts and no cut-offs: the import proposes "Raggiunto" from 99% because of objective 3', () => {
    expect(report.objectives.some((o) => o.allocatedAmount !== undefined)).toBe(false);
    expect(report.fund).toBeUndefined();
    expect(report.cutoffs).toBeUndefined();
    expect(proposal.cutoffs).toEqual(expected.cutoffs);
    expect(renderMessage(proposal.reasons[0], 'it')).toContain('obiettivo 3 "Raggiunto" con 99/100');
    expect(report.notes?.some((note) => /obiettivo 3/i.test(note) && note.includes('99/100'))).toBe(true);
  });

  it('objective 5 carries its mid-year revision: 8 projects by September -> 4 by 31/12', () => {
    const revisions = report.objectives[4].indicators.map((i) => i.revision && [i.revision.original, i.revision.revised]);
    expect(revisions).toEqual([
      ['entro 30/09/2022', 'entro 31/12/2022'],
      ['>= 8', '>= 4'],
    ]);
  });

  it('objective 11 is neutralised; objective 7 keeps 3.1296/3.196 as written, flagged on import', () => {
    expect(report.objectives[10].neutralisation?.reason).toMatch(/posporre la fase di assegnazione/);
    expect(report.objectives[6].indicators[0].actual).toBe('3.1296/3.196');
    expect(incomplete.map((i) => [i.objective, i.field])).toEqual([[7, 'indicators[0].actual']]);
  });

  it('the expected file quotes the report for each outcome', () => {
    for (const objective of expected.objectives) {
      for (const fragment of objective.seedStatement.split(/\s*\[\.\.\.\]\s*/)) {
        expect(seedText).toContain(fragment);
      }
    }
  });
});

describe('evaluated with core, the 2022 report gives the outcomes the report states', () => {
  it('counts by status: 9 Raggiunto, 1 Non raggiunto, 1 Non valutabile', () => {
    expect(result.counts).toEqual(expected.counts);
  });

  describe.each(expected.objectives.map((o) => [o.number, o] as const))('objective %i', (number, objective) => {
    const evaluated = resultFor(number);

    it(`is ${objective.status}`, () => {
      expect(evaluated.status).toBe(objective.status);
    });

    it(`has OIV score ${objective.oivScore ?? 'none'} and final degree ${objective.finalDegree ?? 'none'}`, () => {
      expect(evaluated.objective.oiv?.score ?? null).toBe(objective.oivScore);
      if (objective.finalDegree === null) expect(evaluated.finalDegree).toBeNull();
      else expect(evaluated.finalDegree).toBeCloseTo(objective.finalDegree, 10);
    });

    it.each(objective.indicators.map((indicator, i) => [indicator.name, i, indicator] as const))(
      'indicator "%s"',
      (name, i, indicator) => {
        const indicatorResult = evaluated.indicators[i];
        expect(indicatorResult.indicator.name).toBe(name);
        if (indicator.flaggedInput !== undefined) {
          // The report says 100%, but the ratio as written cannot be read: core must say so, not guess.
          expect(indicatorResult.evaluation).toBeNull();
          expect(renderMessage(indicatorResult.error!, 'it')).toContain(indicator.flaggedInput);
          return;
        }
        expect(indicatorResult.error).toBeNull();
        expect(indicatorResult.evaluation?.achieved ?? null).toBe(indicator.achieved);
        if (indicator.degree === null) expect(indicatorResult.evaluation?.degree ?? null).toBeNull();
        else expect(indicatorResult.evaluation?.degree).toBeCloseTo(indicator.degree, 10);
      },
    );
  });

  it('the CSV example evaluates to the same outcomes', async () => {
    const { parseIndicatorsCsv } = await import('../../src/import/csv');
    const fromCsv = parseIndicatorsCsv(readFileSync(path.join(examples, 'relazione-2022.csv'), 'utf8'));
    const csvResult = evaluateReport({ ...fromCsv.report, cutoffs: proposedRules(fromCsv.report)!.cutoffs });
    expect(csvResult.objectives.map((r) => r.status)).toEqual(result.objectives.map((r) => r.status));
    expect(csvResult.counts).toEqual(expected.counts);
  });
});
