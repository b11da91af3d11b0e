// The lines that open an objective ("OBIETTIVO N. 1", "Obiettivo n° 1", "Obiettivo 1 –", "Obiettivo operativo 2.1",
// "1. Titolo") and the lines that group objectives under an area, a unit or a manager ("Area …", "Dirigente: …").

const MARKUP_EDGES = /^[*_#\s]+|[*_\s]+$/g;

function isMarkup(c: number): boolean {
  return c === 42 /* * */ || c === 95 /* _ */ || c === 35 /* # */ || c === 32;
}

/** The line's first character in lower case when it is an ASCII letter (the patterns below are ASCII-only case-blind). */
function firstLetter(text: string): number {
  return text.charCodeAt(0) | 0x20;
}

const O = 0x6f;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function stripMarkup(line: string): string {
  return isMarkup(line.charCodeAt(0)) || isMarkup(line.charCodeAt(line.length - 1)) ? line.replace(MARKUP_EDGES, '') : line;
}

export interface Heading {
  /** The objective's number; for a heading naming the objective by a plan code, its place in the report. */
  number?: number;
  /** The plan code the heading names ("2.1" of "Obiettivo operativo 2.1"). */
  code?: string;
  rest: string;
}

const NUMBERED = /^obiettivo\s+(n\s*[.°º]?|nr\.?|num\.?|numero|[°º#])?\s*(\d+)(?![\d/.,]\d)(.*)$/i;
const BY_CODE = /^obiettivo\s+(?:operativo|strategico|specifico|di\s+ente|individuale|trasversale)\s+(?:n\s*[.°º]\s*)?([A-Z]{0,3}_?\d{1,3}(?:[._]\d{1,3}){0,3})(?![\w.])(.*)$/i;
/** "1. Titolo": a numbered line, taken as a heading only where a label follows (see layout). */
const LISTED = /^(\d{1,3})[.)]\s+(\S.{0,200})$/;
const SEPARATOR = /^[-–—:.)]/;

/** A title after the heading's number follows a separator or is in capitals; otherwise the line is prose. */
function titleRest(rest: string, marked: boolean): string | null {
  const trimmed = rest.trim();
  if (!marked && trimmed !== '' && !SEPARATOR.test(trimmed)) return null;
  if (trimmed !== '' && !SEPARATOR.test(trimmed) && trimmed !== trimmed.toUpperCase()) return null;
  return trimmed.replace(/^[-–—:.)]\s*/, '').replace(MARKUP_EDGES, '');
}

/** An "Obiettivo …" heading; `inPlan` when the line stands under "Riferimento Obiettivi Piano", where it is a reference. */
export function readHeading(line: string, inPlan: boolean): Heading | null {
  const bare = stripMarkup(line);
  // Both forms open with "obiettivo": a line starting otherwise is passed over by its first letter.
  if (firstLetter(bare) !== O) return null;
  const numbered = NUMBERED.exec(bare);
  if (numbered) {
    const rest = titleRest(numbered[3], Boolean(numbered[1]));
    return rest === null ? null : { number: Number(numbered[2]), rest };
  }
  const byCode = inPlan ? null : BY_CODE.exec(bare);
  if (byCode) {
    const rest = byCode[2].trim();
    const title = rest === '' || SEPARATOR.test(rest) || rest === rest.toUpperCase() ? rest.replace(/^[-–—:.)]\s*/, '') : null;
    return title === null ? null : { code: byCode[1], rest: title.replace(MARKUP_EDGES, '') };
  }
  return null;
}

/** "3. Titolo" as the heading of objective `expected`, the next in the report's own numbering. */
export function readListedHeading(line: string, expected: number): Heading | null {
  const bare = stripMarkup(line);
  if (!isDigit(bare.charCodeAt(0))) return null;
  const match = LISTED.exec(bare);
  if (!match || Number(match[1]) !== expected || /[.;:,]$/.test(match[2])) return null;
  return { number: expected, rest: match[2].replace(MARKUP_EDGES, '').trim() };
}

export type GroupLevel = 'area' | 'unit' | 'manager';

export interface Grouping {
  level: GroupLevel;
  text: string;
}

const GROUPS: Array<{ level: GroupLevel; pattern: RegExp }> = [
  { level: 'area', pattern: /^(?:area|dipartimento|direzione|macro-?area)\b(?!\s+(?:di\s+)?(?:intervento|d'intervento))\s*[:\-–—]?\s*\S/i },
  { level: 'unit', pattern: /^(?:settore|servizio|ufficio|u\.\s?o\.|unit[aà]\s+organizzativa|centro\s+di\s+responsabilit[aà]|struttura)\b\s*[:\-–—]?\s*\S/i },
  { level: 'manager', pattern: /^(?:dirigente|responsabile)(?:\s+(?:del(?:l[ao]|l')?\s*)?[\p{L} ]{0,30})?\s*:\s*\S/iu },
];

/** First letters of the grouping words (area, dipartimento, ..., responsabile). */
const GROUP_INITIALS: ReadonlySet<number> = new Set(Array.from('acdmrsu', (letter) => letter.charCodeAt(0)));

/** A line naming an area, a unit or a manager: a grouping heading when an objective heading follows it (see layout). */
export function readGrouping(line: string): Grouping | null {
  const bare = stripMarkup(line);
  const last = bare.charAt(bare.length - 1);
  if (bare.length > 160 || last === '.' || last === ';' || !GROUP_INITIALS.has(firstLetter(bare))) return null;
  const group = GROUPS.find((g) => g.pattern.test(bare));
  return group ? { level: group.level, text: bare } : null;
}

/** The area the next objectives belong to, kept as its levels: a new area clears the unit and manager under it. */
export class AreaTracker {
  private readonly levels: Partial<Record<GroupLevel, string>> = {};

  enter(group: Grouping): void {
    const order: GroupLevel[] = ['area', 'unit', 'manager'];
    for (const level of order.slice(order.indexOf(group.level))) delete this.levels[level];
    this.levels[group.level] = group.text;
  }

  get current(): string | undefined {
    const parts = (['area', 'unit', 'manager'] as const).map((level) => this.levels[level]).filter((p): p is string => p !== undefined);
    return parts.length > 0 ? parts.join(' – ') : undefined;
  }
}
