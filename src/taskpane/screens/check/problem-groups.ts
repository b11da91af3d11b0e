// Problems grouped by objective (in objective order), with the sheets that are no objective's at the end.
import type { ObjectiveListItem, WorkbookProblem } from '../../services/types';

export interface ProblemGroup {
  /** Objective number, or null for problems outside objective sheets. */
  objective: number | null;
  title: string | null;
  problems: WorkbookProblem[];
}

export function groupProblems(problems: ReadonlyArray<WorkbookProblem>, objectives: ReadonlyArray<ObjectiveListItem>): ProblemGroup[] {
  const groups = new Map<number | null, ProblemGroup>();
  for (const problem of problems) {
    const key = problem.objective;
    let group = groups.get(key);
    if (!group) {
      const title = key === null ? null : (objectives.find((o) => o.number === key)?.title ?? null);
      group = { objective: key, title, problems: [] };
      groups.set(key, group);
    }
    group.problems.push(problem);
  }
  return [...groups.values()].sort((a, b) => (a.objective ?? Number.POSITIVE_INFINITY) - (b.objective ?? Number.POSITIVE_INFINITY));
}
