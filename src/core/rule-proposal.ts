// The cut-offs a report implies: when it calls an objective achieved at a degree below the "Raggiunto" cut-off
// (objective 3 of 2022: "rispettato in pieno", 99/100), the import proposes that cut-off and says why.
import { evaluateObjective } from './aggregate';
import { msg, type Message } from './messages';
import type { Objective, Status, StatusCutoffs } from './model';

export interface CutoffProposal {
  cutoffs: StatusCutoffs;
  /** One reason per cut-off changed, naming the objective that implies it. */
  reasons: Message[];
}

interface Stated {
  objective: number;
  status: Status;
  degree: number;
  /** The OIV's score when the degree is the OIV's. */
  score: number | null;
}

/** Objectives whose report states a verdict and gives a degree for it: the OIV's score, else what the indicators give. */
function statedDegrees(objectives: ReadonlyArray<Objective>): Stated[] {
  return objectives.flatMap((objective) => {
    const status = objective.statedVerdict?.status;
    if (status === undefined || objective.neutralisation !== undefined) return [];
    const score = objective.oiv?.score ?? null;
    const degree = score !== null ? score / 100 : evaluateObjective(objective).computedDegree;
    return degree === null ? [] : [{ objective: objective.number, status, degree, score }];
  });
}

const lowest = (items: Stated[]): Stated | undefined => [...items].sort((a, b) => a.degree - b.degree)[0];
const highest = (items: Stated[]): number => Math.max(-Infinity, ...items.map((item) => item.degree));

/**
 * Lower cut-offs when the report calls lower degrees "Raggiunto" or "Parzialmente raggiunto"; never raised, and
 * none proposed when the report contradicts itself (a lower verdict at a degree it elsewhere calls higher).
 */
export function proposeCutoffs(objectives: ReadonlyArray<Objective>, current: StatusCutoffs): CutoffProposal | null {
  const stated = statedDegrees(objectives);
  const achieved = lowest(stated.filter((item) => item.status === 'Raggiunto'));
  const partial = lowest(stated.filter((item) => item.status === 'Parzialmente raggiunto'));
  const belowAchieved = highest(stated.filter((item) => item.status !== 'Raggiunto'));
  const belowPartial = highest(stated.filter((item) => item.status === 'Non raggiunto'));
  const cutoffs = { ...current };
  const reasons: Message[] = [];
  if (achieved && achieved.degree < current.achievedFrom && achieved.degree > belowAchieved) {
    cutoffs.achievedFrom = achieved.degree;
    reasons.push(msg('verdicts.proposedCutoff', { objective: achieved.objective, status: msg('label.status', { status: 'Raggiunto' }), degree: achieved.degree, score: achieved.score, previous: current.achievedFrom }));
  }
  if (partial && partial.degree < current.partialFrom && partial.degree > belowPartial) {
    cutoffs.partialFrom = partial.degree;
    reasons.push(msg('verdicts.proposedCutoff', { objective: partial.objective, status: msg('label.status', { status: 'Parzialmente raggiunto' }), degree: partial.degree, score: partial.score, previous: current.partialFrom }));
  }
  if (cutoffs.partialFrom > cutoffs.achievedFrom) cutoffs.partialFrom = cutoffs.achievedFrom;
  return reasons.length === 0 ? null : { cutoffs, reasons };
}
