// How the add-in recognises its own sheets: a worksheet custom property `traguardo` holding JSON,
// never the sheet name (analysts rename sheets). Named items give a second way for files whose
// custom properties were lost (e.g. written by a tool that cannot carry them).

export type SheetTag = { kind: 'objective'; number: number } | { kind: 'summary' } | { kind: 'settings' } | { kind: 'monitoring' };

/** Key of the worksheet custom property that carries the tag. */
export const TAG_PROPERTY = 'traguardo';

export function encodeTag(tag: SheetTag): string {
  return JSON.stringify(tag);
}

/** The tag in a custom property's value; null when it is not one of ours (or not valid JSON). */
export function decodeTag(text: unknown): SheetTag | null {
  if (typeof text !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.kind === 'objective') {
    const number = record.number;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? { kind: 'objective', number } : null;
  }
  if (record.kind === 'summary') return { kind: 'summary' };
  if (record.kind === 'settings') return { kind: 'settings' };
  if (record.kind === 'monitoring') return { kind: 'monitoring' };
  return null;
}

/** A stable key for a tag, used as the layout key: "objective:5", "summary", "settings". */
export function tagKey(tag: SheetTag): string {
  return tag.kind === 'objective' ? `objective:${tag.number}` : tag.kind;
}

// Named items the add-in writes; `TRG_OBJ5_DEGREE` both names a cell and tags its sheet as objective 5.
const OBJECTIVE_NAME = /^TRG_OBJ(\d+)_([A-Z]+)$/;
export const SUMMARY_ANCHOR_NAME = 'TRG_SUMMARY';
export const SETTINGS_ANCHOR_NAME = 'TRG_SETTINGS';
export const MONITORING_ANCHOR_NAME = 'TRG_MONITORING';

/** The footer cells every objective sheet names, in the schema's footer order (score, final degree, status, payable). */
export const OBJECTIVE_CELL_NAMES = ['SCORE', 'DEGREE', 'STATUS', 'PAYABLE'] as const;

export function objectiveCellName(number: number, cell: (typeof OBJECTIVE_CELL_NAMES)[number]): string {
  return `TRG_OBJ${number}_${cell}`;
}

/** The tag a named item implies for the sheet it points to; null for names that are not ours. */
export function tagFromName(name: string): SheetTag | null {
  const match = OBJECTIVE_NAME.exec(name);
  // A number past 2^53 names no objective of ours (it would be read rounded, as another one).
  if (match) return Number.isSafeInteger(Number(match[1])) && Number(match[1]) > 0 ? { kind: 'objective', number: Number(match[1]) } : null;
  if (name === SUMMARY_ANCHOR_NAME) return { kind: 'summary' };
  if (name === SETTINGS_ANCHOR_NAME) return { kind: 'settings' };
  if (name === MONITORING_ANCHOR_NAME) return { kind: 'monitoring' };
  return null;
}
