// What the report states and what Traguardo computes, kept apart and compared: every disagreement between the
// computed degree, the OIV's score and the stated verdict is named, and so is a shortfall left unexplained.
import { statusOf } from './evaluate';
import { msg, type Message } from './messages';
import type { Status, StatusCutoffs } from './model';
import { DEFAULT_RULES } from './rules';

export interface VerdictEvidence {
  objective: number;
  /** The degree the indicators give (0..1), null when nothing is measurable. */
  computedDegree: number | null;
  /** The OIV's score out of 100, when the report gives one. */
  oivScore: number | null;
  /** The report's own verdict, when it states one. */
  stated: Status | null;
  /** The status the sheet shows. */
  finalStatus: Status | null;
  neutralised: boolean;
  /** Motivazione dello scostamento, as written. */
  shortfallReason?: string;
}

export type VerdictFindingKind = 'verdict-disagreement' | 'missing-shortfall-reason';

export interface VerdictFinding {
  kind: VerdictFindingKind;
  message: Message;
}

function disagrees(evidence: VerdictEvidence, cutoffs: StatusCutoffs, tolerance: number): boolean {
  const { computedDegree, oivScore, stated, finalStatus } = evidence;
  if (evidence.neutralised) return stated !== null && stated !== 'Non valutabile';
  if (computedDegree !== null && oivScore !== null && Math.abs(computedDegree - oivScore / 100) > tolerance + 1e-9) return true;
  if (stated === null) return false;
  if (finalStatus !== null && finalStatus !== stated) return true;
  // Where the sheet shows no status (an error elsewhere), the computed degree alone is compared with the stated verdict.
  return computedDegree !== null && oivScore === null && statusOf(computedDegree, cutoffs) !== stated;
}

/** The disagreement and the missing reason for one objective, if any; nothing when the evidence agrees. */
export function verdictFindings(evidence: VerdictEvidence, cutoffs: StatusCutoffs, tolerance = DEFAULT_RULES.verdictTolerance): VerdictFinding[] {
  const findings: VerdictFinding[] = [];
  if (disagrees(evidence, cutoffs, tolerance)) {
    findings.push({
      kind: 'verdict-disagreement',
      message: msg('verdicts.disagreement', {
        objective: evidence.objective,
        computed: evidence.computedDegree,
        oiv: evidence.oivScore,
        stated: evidence.stated === null ? null : msg('label.status', { status: evidence.stated }),
        final: evidence.finalStatus === null ? null : msg('label.status', { status: evidence.finalStatus }),
      }),
    });
  }
  const shortfall = evidence.finalStatus === 'Parzialmente raggiunto' || evidence.finalStatus === 'Non raggiunto';
  if (shortfall && !evidence.neutralised && !(evidence.shortfallReason ?? '').trim()) {
    findings.push({
      kind: 'missing-shortfall-reason',
      message: msg('verdicts.missingShortfallReason', { objective: evidence.objective, status: msg('label.status', { status: evidence.finalStatus! }) }),
    });
  }
  return findings;
}
