// The 2022 report read from its text, from the JSON example and from the CSV example: with the cut-offs each import
// proposes (none chosen by hand), the same verdicts, 11 out of 11, as the report states them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import expected from '../../examples/relazione-2022.expected.json';
import { evaluateReport } from '../../src/core/aggregate';
import type { Report } from '../../src/core/model';
import { parseIndicatorsCsv } from '../../src/import/csv';
import { proposedRules } from '../../src/import/proposed-rules';
import { parseReportJsonText } from '../../src/import/report-json';
import { parseReportText } from '../../src/import/report-text';
import { seedText } from '../report-text/seed-text';

const examples = path.resolve(__dirname, '../../examples');
const read = (file: string): string => readFileSync(path.join(examples, file), 'utf8');

function imported(report: Pick<Report, 'objectives' | 'cutoffs'>): Report {
  const proposal = proposedRules(report);
  return { title: '', year: 2022, ...report, cutoffs: proposal?.cutoffs ?? report.cutoffs };
}

const sources: Record<string, Report> = {
  text: imported({ objectives: parseReportText(seedText()).objectives }),
  json: imported(parseReportJsonText(read('relazione-2022.json')).report),
  csv: imported(parseIndicatorsCsv(read('relazione-2022.csv')).report),
};

describe.each(Object.entries(sources))('the 2022 report imported from its %s', (_, report) => {
  const result = evaluateReport(report);

  it('gives the verdicts the report states, 11 out of 11', () => {
    expect(result.objectives.map((r) => [r.objective.number, r.status])).toEqual(expected.objectives.map((o) => [o.number, o.status]));
  });

  it('invents no score: objective 8 has none, objective 3 keeps its 99/100', () => {
    expect(report.objectives.find((o) => o.number === 8)?.oiv).toBeUndefined();
    expect(report.objectives.find((o) => o.number === 3)?.oiv?.score).toBe(99);
    expect(report.cutoffs).toEqual(expected.cutoffs);
  });
});
