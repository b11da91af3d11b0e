// Test support: a report text's reading compared field by field with its expected-result file
// (test/fixtures/reports/*.expected.json), counting the fields read exactly.
import type { Objective } from '../../src/core/model';
import type { ReportTextResult } from '../../src/import/report-text';

export interface ExpectedIndicator {
  name: string;
  target: string;
  actual: string | null;
  /** Valore anno precedente, where the report's table has the column. */
  previous?: string | null;
}

export interface ExpectedObjective {
  number: number;
  title: string;
  area: string | null;
  planCodes: string[];
  indicators: ExpectedIndicator[];
  statedVerdict: string | null;
  oivScore: number | null;
  neutralised: boolean;
  /** The fields listed "da completare" (kind, description and benefits aside: most fixtures leave those sections out). */
  incomplete: string[];
}

export interface ExpectedReport {
  body: string;
  shapes: string[];
  objectives: ExpectedObjective[];
}

export interface Score {
  fields: number;
  exact: number;
  verdicts: number;
  exactVerdicts: number;
  misses: string[];
}

/** Sections most fixtures leave out on purpose: not counted among what must be "da completare". */
const NOT_COUNTED = new Set(['kind', 'description', 'benefits']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function readIndicator(objective: Objective | undefined, index: number): ExpectedIndicator | undefined {
  const indicator = objective?.indicators[index];
  if (!indicator) return undefined;
  const actual = indicator.actual === undefined || indicator.actual === null ? null : String(indicator.actual);
  const previous = indicator.previousValue === undefined || indicator.previousValue === null ? null : String(indicator.previousValue);
  return { name: indicator.name, target: indicator.target, actual, previous };
}

export function scoreReading(expected: ExpectedReport, reading: ReportTextResult): Score {
  const score: Score = { fields: 0, exact: 0, verdicts: 0, exactVerdicts: 0, misses: [] };
  const check = (where: string, want: unknown, got: unknown): boolean => {
    score.fields += 1;
    if (same(want, got)) score.exact += 1;
    else score.misses.push(`${where}: expected ${JSON.stringify(want)}, read ${JSON.stringify(got)}`);
    return same(want, got);
  };
  expected.objectives.forEach((want, at) => {
    const got = reading.objectives[at];
    const where = `objective ${want.number}`;
    check(`${where} number`, want.number, got?.number);
    check(`${where} title`, want.title, got?.title);
    check(`${where} area`, want.area, got?.area ?? null);
    check(`${where} plan codes`, want.planCodes, got?.planReferences.map((r) => r.code));
    want.indicators.forEach((indicator, i) => {
      const read = readIndicator(got, i);
      check(`${where} indicator ${i + 1} name`, indicator.name, read?.name);
      check(`${where} indicator ${i + 1} target`, indicator.target, read?.target);
      check(`${where} indicator ${i + 1} result`, indicator.actual, read?.actual);
      if (indicator.previous !== undefined) check(`${where} indicator ${i + 1} previous year`, indicator.previous, read?.previous);
    });
    check(`${where} number of indicators`, want.indicators.length, got?.indicators.length);
    score.verdicts += 1;
    if (check(`${where} stated verdict`, want.statedVerdict, got?.statedVerdict?.status ?? null)) score.exactVerdicts += 1;
    check(`${where} score`, want.oivScore, got?.oiv?.score ?? null);
    check(`${where} neutralised`, want.neutralised, got?.neutralisation !== undefined);
    const incomplete = reading.incomplete
      .filter((issue) => issue.objective === want.number && !NOT_COUNTED.has(issue.field))
      .map((issue) => issue.field);
    check(`${where} da completare`, [...want.incomplete].sort(), [...new Set(incomplete)].sort());
  });
  check('number of objectives', expected.objectives.length, reading.objectives.length);
  return score;
}

export const share = (exact: number, fields: number): string => `${((100 * exact) / fields).toFixed(1)}%`;
