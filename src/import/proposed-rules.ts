// The rules an import proposes with a report: its own cut-offs when it states them; else the ones its verdicts imply.
import { DEFAULT_CUTOFFS, type Report } from '../core/model';
import { proposeCutoffs, type CutoffProposal } from '../core/rule-proposal';

export type { CutoffProposal } from '../core/rule-proposal';

/** What the report's verdicts imply against the default cut-offs, unless the report states cut-offs of its own. */
export function proposedRules(report: Pick<Report, 'objectives' | 'cutoffs'>): CutoffProposal | null {
  if (report.cutoffs !== undefined) return null;
  return proposeCutoffs(report.objectives, DEFAULT_CUTOFFS);
}
