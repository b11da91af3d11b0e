// The 2022 example as an import gives it: the JSON read by the JSON import, with the cut-offs its own verdicts imply
// (objective 3, "rispettato in pieno" at 99/100) applied as the preview and `traguardo build` apply them. No cut-off is chosen by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/core/model';
import { proposedRules } from '../../src/import/proposed-rules';
import { parseReportJsonText } from '../../src/import/report-json';

export const EXAMPLE_2022_JSON = path.resolve(__dirname, '../../examples/relazione-2022.json');

export function example2022(): Report {
  const { report } = parseReportJsonText(readFileSync(EXAMPLE_2022_JSON, 'utf8'));
  const proposal = proposedRules(report);
  return proposal === null ? report : { ...report, cutoffs: proposal.cutoffs };
}
