// Issues a report cannot be built with: two objectives under one number, or a number no sheet can carry. The
// importers list them with the rest; whoever builds stops on them, naming both places, instead of crashing later.
import type { ImportIssue } from './issue';

const FATAL_CODES: ReadonlySet<string> = new Set(['import.duplicateNumber', 'import.textRepeatedNumber', 'limits.objectiveNumberUnsafe']);

/** The first issue that forbids building the report, if any. */
export function fatalIssue(issues: ReadonlyArray<ImportIssue>): ImportIssue | undefined {
  return issues.find((issue) => FATAL_CODES.has(issue.message.code));
}
