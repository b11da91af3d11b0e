// The rules an import proposes with a report: its own cut-offs when it states them; else the ones its verdicts imply.
import { DEFAULT_CUTOFFS, type Report, type StatusCutoffs } from '../core/model';
import { proposeCutoffs, type CutoffProposal } from '../core/rule-proposal';

export type { CutoffProposal } from '../core/rule-proposal';

/**
 * What the report's verdicts imply against `current` (the defaults for a new workbook, the body's own in one already
 * set up), unless the report states cut-offs of its own.
 */
export function proposedRules(report: Pick<Report, 'objectives' | 'cutoffs'>, current: StatusCutoffs = DEFAULT_CUTOFFS): CutoffProposal | null {
  if (report.cutoffs !== undefined) return null;
  return proposeCutoffs(report.objectives, current);
}
