// The `[Api set: ExcelApi 1.9]` tags of @types/office-js, read into a set name and the version an access needs.
export { compareVersions } from '@traguardo/excel-emulator';

export interface ApiSetNeed {
  /** "ExcelApi", "CustomFunctionsRuntime", ... */
  set: string;
  /** "1.9"; for tags that name one version to read and another to write, the one this access needs. */
  version: string;
  /** The tag's text when it says more than one set and version (e.g. "1.1 for reading visibility; 1.2 for setting it."). */
  note?: string;
}

export type AccessKind = 'read' | 'write';

const TAG = /\[Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)([^\]]*)\]/;
const QUALIFIED_VERSION = /(\d+\.\d+)\s+for\s+([^;,]+)/g;

/** The requirement of an access to a member documented by `doc`; null when the doc has no tag. */
export function apiSetNeed(doc: string, access: AccessKind): ApiSetNeed | null {
  const match = TAG.exec(doc);
  if (!match) return null;
  const [whole, set, first, rest] = match;
  const body = whole.slice('[Api set:'.length, -1).trim();
  if (rest.trim() === '') return { set, version: first };
  // "1.1 for get, 1.8 for set": the write takes the version said "for set", the read the one said "for get".
  const wanted = access === 'write' ? /\bset/i : /\b(get|read)/i;
  for (const qualified of body.matchAll(QUALIFIED_VERSION)) {
    if (wanted.test(qualified[2])) return { set, version: qualified[1], note: body };
  }
  return { set, version: first, note: body };
}
