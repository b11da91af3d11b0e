// Excel's rules for worksheet names, checked before any sheet is created or renamed.

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_CHARACTERS = /[[\]:*?/\\]/;

export type SheetNameProblem =
  | { kind: 'invalid'; reason: string }
  | { kind: 'duplicate'; reason: string };

/** Finds the existing sheet name equal to `lowerName` ignoring case, if any. */
export type SheetNameLookup = (lowerName: string) => string | undefined;

/**
 * Returns why `name` cannot be a sheet name, or null when Excel accepts it.
 * `existing` are the other sheets' names (or a lookup); `self` is the name being replaced on rename.
 */
export function sheetNameProblem(name: unknown, existing: readonly string[] | SheetNameLookup, self?: string): SheetNameProblem | null {
  if (typeof name !== 'string') return { kind: 'invalid', reason: `sheet name must be text, got ${typeof name}` };
  if (name.trim() === '') return { kind: 'invalid', reason: 'sheet name is blank' };
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    return { kind: 'invalid', reason: `sheet name "${name}" has ${name.length} characters, at most ${MAX_SHEET_NAME_LENGTH} are allowed` };
  }
  const bad = FORBIDDEN_CHARACTERS.exec(name);
  if (bad) return { kind: 'invalid', reason: `sheet name "${name}" contains "${bad[0]}"; none of [ ] : * ? / \\ is allowed` };
  if (name.startsWith("'") || name.endsWith("'")) {
    return { kind: 'invalid', reason: `sheet name "${name}" starts or ends with an apostrophe` };
  }
  // Excel reserves "History" for its change-tracking sheet.
  if (name.toLowerCase() === 'history') return { kind: 'invalid', reason: 'sheet name "History" is reserved by Excel' };
  const lower = name.toLowerCase();
  const found = typeof existing === 'function' ? existing(lower) : existing.find((other) => other.toLowerCase() === lower);
  const clash = found !== undefined && found !== self ? found : undefined;
  if (clash !== undefined) return { kind: 'duplicate', reason: `a sheet named "${clash}" already exists (names are compared ignoring case)` };
  return null;
}
