// Sheet names Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either end,
// not "History" (reserved by Excel), unique regardless of case. A clash gets a numbered suffix, never an overwrite.

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_CHARACTERS = /[[\]:*?/\\]/g;
const RESERVED_NAMES: ReadonlySet<string> = new Set(['history']);

/** Why a name cannot be a sheet name, in Italian; null when Excel accepts it. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Il nome del foglio è vuoto';
  if (name.length > MAX_SHEET_NAME_LENGTH) return `Il nome del foglio "${name}" supera ${MAX_SHEET_NAME_LENGTH} caratteri`;
  const forbidden = name.match(FORBIDDEN_CHARACTERS);
  if (forbidden) return `Il nome del foglio "${name}" contiene caratteri non ammessi: ${[...new Set(forbidden)].join(' ')}`;
  if (name.startsWith("'") || name.endsWith("'")) return `Il nome del foglio "${name}" inizia o finisce con un apostrofo`;
  if (RESERVED_NAMES.has(name.toLowerCase())) return `"${name}" è un nome riservato da Excel`;
  return null;
}

/** Turns any text into an acceptable sheet name: forbidden characters become '-', length cut at 31. */
export function sanitizeSheetName(preferred: string, fallback = 'Foglio'): string {
  let name = preferred.replace(FORBIDDEN_CHARACTERS, '-').replace(/\s+/g, ' ').trim();
  name = name.replace(/^'+|'+$/g, '').trim();
  if (name === '') name = fallback;
  if (RESERVED_NAMES.has(name.toLowerCase())) name = `${name} (1)`;
  return cutToLength(name, MAX_SHEET_NAME_LENGTH);
}

function cutToLength(name: string, length: number): string {
  return name.length <= length ? name : name.slice(0, length).replace(/[\s']+$/, '');
}

/**
 * A name not used by any of `taken` (compared case-insensitively): the sanitised preferred name,
 * else "Name (2)", "Name (3)", ... with the base shortened so the whole stays within 31 characters.
 */
export function uniqueSheetName(preferred: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  return uniqueSheetNameAmong(preferred, used);
}

/** uniqueSheetName for callers naming many sheets: `usedLowerCase` holds the taken names already lower-cased. */
export function uniqueSheetNameAmong(preferred: string, usedLowerCase: ReadonlySet<string>): string {
  const base = sanitizeSheetName(preferred);
  if (!usedLowerCase.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cutToLength(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!usedLowerCase.has(candidate.toLowerCase())) return candidate;
  }
}

/** Compares sheet names as Excel does: without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The default name of an objective's sheet. */
export function objectiveSheetName(number: number): string {
  return `Obiettivo ${number}`;
}

export const SUMMARY_SHEET_NAME = 'Riepilogo';
export const SETTINGS_SHEET_NAME = 'Traguardo';
