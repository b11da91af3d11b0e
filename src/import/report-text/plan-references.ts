// "Riferimento Obiettivi Piano Performance": every plan code (B06, D02.02, OS12.1, OB_04, 1.11, 2.3.1, "Area strategica 2")
// with the text that follows it. A code is one by its place: opening the line, or after "Obiettivo …"/"Ob. op.".
import type { PlanReference } from '../../core/model';

const CODE = /\b(?:[Aa]rea\s+[Ss]trategica\s+\d{1,2}|AREA\s+STRATEGICA\s+\d{1,2}|[A-Z]{1,3}_?\d{1,3}(?:[._]\d{1,3}){0,3}|\d{1,3}(?:\.\d{1,3}){0,3})(?![\w/,]|\.\d)/g;
/** What may precede a code that opens a reference: nothing, or "Obiettivo [operativo | di Ente | strategico ...]", "Ob. op.". */
const OPENER = /(?:^|\s)(?:obiettiv[oi](?:\s+(?:operativ[oi]|strategic[oi]|specific[oi]|comun[ei]|trasversal[ei]|di\s+ente|dell'\s*ente))*|ob\.\s*(?:op|str(?:at)?)\.?|codice)\s*:?\s*$/i;
/** A bare number is a code only when a title follows it ("1.11 – Titolo"), never a count inside a sentence. */
const TITLE_AFTER = /^\s*(?:[-–—:)]|$)|^\s+[A-ZÀ-Ú]/;
const SEPARATORS = /^[\s\-–—:.)]+|[\s\-–—:;,(]+$/g;

interface CodeStart {
  code: string;
  /** Where the reference's words begin (its "Obiettivo ..." opener, or the code). */
  openerAt: number;
  codeEnd: number;
}

function codeStarts(paragraph: string): CodeStart[] {
  const starts: CodeStart[] = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(paragraph); m; m = CODE.exec(paragraph)) {
    const from = starts.length > 0 ? starts[starts.length - 1].codeEnd : 0;
    const before = paragraph.slice(from, m.index);
    const opener = OPENER.exec(before);
    const startsParagraph = starts.length === 0 && before.trim() === '';
    if (!opener && !startsParagraph) continue;
    if (/^\d/.test(m[0]) && !TITLE_AFTER.test(paragraph.slice(m.index + m[0].length))) continue;
    const openerAt = opener ? from + opener.index + (opener[0].startsWith(' ') ? 1 : 0) : m.index;
    starts.push({ code: m[0], openerAt, codeEnd: m.index + m[0].length });
  }
  return starts;
}

/** Plan references in the order written; a code repeated keeps its first text. */
export function readPlanReferences(paragraphs: readonly string[]): PlanReference[] {
  const references: PlanReference[] = [];
  for (const paragraph of paragraphs) {
    const starts = codeStarts(paragraph);
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1].openerAt : paragraph.length;
      const text = paragraph.slice(start.codeEnd, end).replace(SEPARATORS, '').trim();
      if (!references.some((r) => r.code === start.code)) references.push({ code: start.code, text });
    });
  }
  return references;
}
