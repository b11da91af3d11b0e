// The report's shape: a preamble, then one block per objective heading, each cut into labelled sections of paragraphs,
// with the tables it holds and the area it is grouped under. Wrapped lines (Word/PDF pastes) are joined back into
// paragraphs here, so later stages see whole sentences.
import { AreaTracker, readGrouping, readHeading, readListedHeading, stripMarkup, type Grouping, type Heading } from './headings';
import type { NormalizedReport } from './normalize';
import { readTableRow } from './tables';

export type SectionName = 'title' | 'plan' | 'kind' | 'description' | 'benefits' | 'indicator' | 'results' | 'oiv';

export interface ObjectiveBlock {
  number: number;
  /** The heading line as written, quoted in messages about repeated numbers. */
  headingText: string;
  /** The heading's line in the text (1-based), so a repeated number can name both places. */
  line: number;
  /** Paragraphs of each section in document order; a section absent from the text has none. */
  sections: Record<SectionName, string[]>;
  /** Sections introduced by their own label (as opposed to left empty). */
  labelled: Set<SectionName>;
  /** The plan code the heading names ("Obiettivo operativo 2.1"). */
  code?: string;
  /** The grouping headings above it ("Area … – Dirigente: …"). */
  area?: string;
  /** Its tables, each a list of rows of cells, header row first. */
  tables: string[][][];
  /** Whether one of its lines holds a Cyrillic or Greek letter, which only then are looked for word by word. */
  mixedScripts: boolean;
}

interface Label {
  section: SectionName;
  pattern: RegExp;
}

// Each label: the words, then either the end of the line or (where the words could start a sentence) a colon.
const LABELS: Label[] = [
  { section: 'plan', pattern: /^(?:riferimento\s+(?:al\s+)?(?:piano|piao|dup|peg)|collegamento\s+(?:al|con\s+il)\s+(?:piano|piao|dup)|codice(?:\s+(?:dell'\s*)?obiettivo)?|obiettivo\s+(?:strategico\s+|operativo\s+|del\s+piano\s+)?di\s+riferimento|obiettiv[oi]\s+del\s+(?:piano|piao|dup|peg))(?:\s+(?:della\s+)?performance)?(?:\s+\d{4})?\s*:\s*(.*)$/i },
  { section: 'plan', pattern: /^riferiment[oi]\s+(?:agli\s+|ad?\s+)?obiettivi\s+(?:del\s+)?(?:piano|piao)(?:\s+(?:della\s+)?performance)?(?:\s+\d{4})?\s*:?\s*(.*)$/i },
  { section: 'kind', pattern: /^azione\s*\/\s*progetto\s+o\s+nuova\s*\/\s*mantenimento\s*:?\s*(.*)$/i },
  { section: 'kind', pattern: /^tipo(?:logia)?(?:\s+(?:di\s+|dell'\s*)?obiettivo)?\s*(?::\s*(.*))?$/i },
  { section: 'description', pattern: /^descrizione(?:\s+(?:dell'\s*obiettivo|delle\s+attivit[aà]))?\s*(?::\s*(.*))?$/i },
  { section: 'benefits', pattern: /^(?:benefici|vantaggi)(?:\s*\/\s*miglioramenti)?\s+attesi\s*:?\s*(.*)$/i },
  { section: 'benefits', pattern: /^(?:benefici(?:\s*\/\s*miglioramenti)?|miglioramenti\s+attesi)\s*(?::\s*(.*))?$/i },
  { section: 'indicator', pattern: /^indicator[ei](?:\s+di\s+(?:risultato|performance))?\s*(?::\s*(.*))?$/i },
  { section: 'results', pattern: /^risultat[io](?:\s+(?:raggiunt[io]|conseguit[io]|ottenut[io]))?(?:\s+\d{4})?\s*(?::\s*(.*))?$/i },
  { section: 'results', pattern: /^esito(?:\s+finale)?\s*:\s*(.*)$/i },
  { section: 'results', pattern: /^(?:stato\s+di\s+attuazione|attivit[aà]\s+svolte?)\s*(?::\s*(.*))?$/i },
  { section: 'oiv', pattern: /^valutazione\s+(?:dell'\s*)?o\.?i\.?v\.?\s*(?::\s*(.*))?$/i },
];

const BULLET = /^(?:[-•·▪◦‣⁃*–—]|\d{1,2}\)|[a-z]\))\s+/;
/** Characters a line ends a sentence with, looked up by the last character instead of a pattern over the whole line. */
const SENTENCE_END = new Set('.:;!?"\')»*');
const ITEM_END = new Set('.:;!?');
/** A letter before a final hyphen ("socio-"); the last three units hold a letter written as a surrogate pair. */
const HYPHENATED = /\p{L}-$/u;

function endsWith(text: string, ends: ReadonlySet<string>): boolean {
  return ends.has(text.charAt(text.length - 1));
}
function emptySections(): Record<SectionName, string[]> {
  return { title: [], plan: [], kind: [], description: [], benefits: [], indicator: [], results: [], oiv: [] };
}

/** A line may open a heading or a label only where a new block can start: not in the middle of a wrapped sentence. */
function canOpenBlock(previous: string | undefined, line: string): boolean {
  if (previous === undefined || previous === '') return true;
  if (endsWith(previous, SENTENCE_END)) return true;
  const first = stripMarkup(line).charAt(0);
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
}

interface LabelMatch {
  section: SectionName;
  rest: string;
  /** Characters of the matched text taken by the label's own words (the rest is content). */
  labelLength: number;
}

/** First words of every label: a line starting otherwise is text, without trying the patterns. */
const LABEL_START = /^(?:riferiment|collegamento|codice|obiettivo|azione|tipo|descrizione|benefici|vantaggi|miglioramenti|indicator|risultat|esito|stato|attivit|valutazione)/i;

function readLabel(line: string): LabelMatch | null {
  const bare = stripMarkup(line);
  if (!LABEL_START.test(bare)) return null;
  for (const label of LABELS) {
    const match = label.pattern.exec(bare);
    if (match) {
      const rest = (match[1] ?? '').trim();
      return { section: label.section, rest, labelLength: bare.length - rest.length };
    }
  }
  return null;
}

/** A label possibly wrapped over the next lines ("Azione/Progetto o" + "Nuova/Mantenimento"): how many lines it takes. */
function readWrappedLabel(lines: readonly string[], at: number): { label: LabelMatch; lines: number } | null {
  let best: { label: LabelMatch; lines: number } | null = null;
  if (!LABEL_START.test(stripMarkup(lines[at]))) return null;
  const single = readLabel(lines[at]);
  if (single) best = { label: single, lines: 1 };
  let joined = lines[at];
  for (let extra = 1; extra <= 2 && at + extra < lines.length && lines[at + extra] !== ''; extra += 1) {
    const previousLength = joined.length;
    joined = `${joined} ${lines[at + extra]}`;
    const label = readLabel(joined);
    // The joined text is a longer label only if its label words reach into the added line.
    if (label && label.labelLength > previousLength + 1) best = { label, lines: extra + 1 };
  }
  return best;
}

/** Collects lines into paragraphs: a blank line or a bullet starts a new one, a wrapped line continues the last. */
class ParagraphWriter {
  private open = false;
  /** Whether the open paragraph is an item of a bulleted list. */
  private inList = false;
  private lastLine = '';

  constructor(private readonly target: () => string[]) {}

  close(): void {
    this.open = false;
    this.inList = false;
  }

  write(line: string): void {
    const paragraphs = this.target();
    const bullet = BULLET.exec(line);
    // "– Sostegno" after "Programma Sei" is a wrapped sentence; a bullet follows a blank, a list item or a sentence end.
    const startsItem = bullet !== null && (!this.open || this.inList || endsWith(this.lastLine, ITEM_END));
    this.lastLine = line;
    if (startsItem && bullet) {
      paragraphs.push(line.slice(bullet[0].length).trim());
      this.open = true;
      this.inList = true;
      return;
    }
    if (this.open && paragraphs.length > 0) {
      const last = paragraphs[paragraphs.length - 1];
      // A line broken after a hyphen inside a word ("socio-" / "economico") joins without a space.
      const glue = last.endsWith('-') && HYPHENATED.test(last.slice(-3)) ? '' : ' ';
      paragraphs[paragraphs.length - 1] = last + glue + line;
    } else {
      paragraphs.push(line);
      this.inList = false;
    }
    this.open = true;
  }
}

/** The next line that is not blank, from `at` on. */
function nextLine(lines: readonly string[], at: number): number {
  let next = at;
  while (next < lines.length && lines[next] === '') next += 1;
  return next;
}

/** Whether a label follows within the next few lines (after a title perhaps): what makes "3. Titolo" a heading. */
function labelFollows(lines: readonly string[], at: number): boolean {
  let next = at;
  for (let seen = 0; seen < 3; seen += 1) {
    next = nextLine(lines, next + 1);
    if (next >= lines.length) return false;
    if (readWrappedLabel(lines, next)) return true;
  }
  return false;
}

/** The lines holding a foreign letter, asked block by block in the order of the text. */
class ForeignLines {
  private next = 0;

  constructor(private readonly lines: readonly number[]) {}

  /** Whether a line in [from, to) holds one; ranges come in ascending order, so the list is walked once. */
  within(from: number, to: number): boolean {
    while (this.next < this.lines.length && this.lines[this.next] < from) this.next += 1;
    return this.next < this.lines.length && this.lines[this.next] < to;
  }
}

/**
 * Cuts normalised text (LF line ends, see normalizeReport) into the preamble, one block per objective heading, and the areas above them.
 * Each block goes to `visit` as soon as the next heading (or the end) closes it, so a long report is never held whole
 * as blocks; the preamble, complete once the first heading is met, is returned at the end.
 */
export function walkReport({ text, foreignLines }: NormalizedReport, visit: (block: ObjectiveBlock, preamble: readonly string[]) => void): string[] {
  const lines = text.split('\n');
  for (let at = 0; at < lines.length; at += 1) lines[at] = lines[at].trim();
  const foreign = new ForeignLines(foreignLines);
  const preamble: string[] = [];
  let count = 0;
  let block: ObjectiveBlock | null = null;
  let section: SectionName = 'title';
  const writer = new ParagraphWriter(() => (block ? block.sections[section] : preamble));
  const areas = new AreaTracker();
  let previous: string | undefined;
  let table: string[][] | null = null;

  const close = (end: number): void => {
    if (!block) return;
    block.mixedScripts = foreign.within(block.line - 1, end);
    visit(block, preamble);
  };
  const headingAt = (at: number): Heading | null => {
    const listed = readListedHeading(lines[at], block ? block.number + 1 : 1);
    return readHeading(lines[at], block !== null && section === 'plan') ?? (listed && labelFollows(lines, at) ? listed : null);
  };
  // A grouping line counts only right above an objective heading or another grouping line.
  const groupingAt = (at: number, depth = 0): Grouping | null => {
    const group = depth < 3 && !(block && section === 'plan') ? readGrouping(lines[at]) : null;
    if (!group) return null;
    const next = nextLine(lines, at + 1);
    return next < lines.length && (headingAt(next) || groupingAt(next, depth + 1)) ? group : null;
  };

  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at];
    const row = block ? readTableRow(line) : null;
    if (row !== null) {
      // A separator row ("|---|---|") holds no cells.
      if (row.length > 0) {
        if (!table) block?.tables.push((table = []));
        table?.push(row);
      }
      previous = line;
      continue;
    }
    // Prose after an indicator table states how the objective went.
    if (table && block) section = 'results';
    table = null;
    if (line === '') {
      writer.close();
      previous = line;
      continue;
    }
    const opens = canOpenBlock(previous, line);
    const heading = opens ? headingAt(at) : null;
    const group = opens && !heading ? groupingAt(at) : null;
    const wrapped = opens && block && !heading && !group ? readWrappedLabel(lines, at) : null;
    if (heading) {
      close(at);
      count += 1;
      block = { number: heading.number ?? count, headingText: line, line: at + 1, sections: emptySections(), labelled: new Set(), tables: [], mixedScripts: false };
      if (heading.code !== undefined) block.code = heading.code;
      const area = areas.current;
      if (area !== undefined) block.area = area;
      section = 'title';
      writer.close();
      if (heading.rest !== '') writer.write(heading.rest);
    } else if (group) {
      areas.enter(group);
      writer.close();
    } else if (wrapped && block) {
      section = wrapped.label.section;
      block.labelled.add(section);
      writer.close();
      if (wrapped.label.rest !== '') writer.write(wrapped.label.rest);
      at += wrapped.lines - 1;
    } else {
      writer.write(line);
    }
    previous = lines[at];
  }
  close(lines.length);
  return preamble;
}
