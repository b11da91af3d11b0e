// The cached results of formula cells read straight from the sheet XML. ExcelJS's reader drops the falsy ones
// (FALSE, 0, ""), which would turn an objective's FALSE or 0 into a blank; this reads them as the file has them.
import JSZip from 'jszip';
import { msg, renderMessage, type Message } from '../../core/messages';
import type { ImageValue } from './image';
import { attribute, sheetParts, unescapeXml } from './workbook-parts';

/** A part every .xlsx has is not in the package; `reason` says which, in the catalogue's words. */
export class MissingPartError extends Error {
  readonly reason: Message;
  constructor(part: string) {
    const reason = msg('xlsx.partMissing', { part });
    super(renderMessage(reason, 'it'));
    this.name = 'MissingPartError';
    this.reason = reason;
  }
}

/** Sheet name -> "B7" -> the cached result of the formula in that cell (null when the file has none). */
export type CachedResults = Map<string, Map<string, ImageValue>>;

/** The result in a <c> element's <v>, typed by its t attribute. */
function typedResult(type: string | undefined, raw: string | undefined): ImageValue {
  if (raw === undefined) return type === 'str' ? '' : null;
  switch (type) {
    case 'b':
      return raw.trim() === '1';
    case 'e':
      return { error: raw.trim() };
    case 'str':
    case 'inlineStr':
      return raw;
    default: {
      const number = Number(raw);
      return raw.trim() === '' || Number.isNaN(number) ? null : number;
    }
  }
}

// <c r="B7" s="3" t="b"><f>...</f><v>0</v></c>; cells never nest, so a lazy match to </c> is exact.
const CELL = /<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>|<v(?:\s[^>]*)?\/>/;
const HAS_FORMULA = /<f[\s>/]/;

/** Cached results of the formula cells of one sheet's XML. */
export function formulaResultsOfSheetXml(xml: string): Map<string, ImageValue> {
  const results = new Map<string, ImageValue>();
  for (const match of xml.matchAll(CELL)) {
    const body = match[2];
    if (body === undefined || !HAS_FORMULA.test(body)) continue;
    const address = attribute(match[1], 'r');
    if (address === undefined) continue;
    const value = VALUE.exec(body);
    const raw = value === null ? undefined : unescapeXml(value[1] ?? '');
    results.set(address, typedResult(attribute(match[1], 't'), raw));
  }
  return results;
}

/** What was taken from the package's parts as they inflated for its check: see partsReader. */
export interface PackageParts {
  /** xl/workbook.xml and its relationships, as text. */
  texts: Map<string, string>;
  /** The formula results of every other XML part, by its name in the zip. */
  results: Map<string, Map<string, ImageValue>>;
}

const WORKBOOK_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);

/** For the package check: keeps the workbook's own parts as text, and of each other XML part its formula results only. */
export function partsReader(into: PackageParts): (name: string) => ((text: string) => void) | null {
  return (name) => {
    if (WORKBOOK_PARTS.has(name)) return (text) => into.texts.set(name, text);
    return /\.xml$/i.test(name) ? (text) => into.results.set(name, formulaResultsOfSheetXml(text)) : null;
  };
}

/**
 * Every sheet's formula results, by sheet name, taken from `parts` where they hold them, else read from the zip.
 * Throws when the bytes are not an .xlsx package.
 */
export async function readCachedResults(data: Uint8Array | ArrayBuffer, parts?: PackageParts): Promise<CachedResults> {
  let zip: JSZip | null = null;
  const opened = async () => (zip ??= await JSZip.loadAsync(data));
  const text = async (path: string) => parts?.texts.get(path) ?? (await (await opened()).file(path)?.async('string'));
  const workbookXml = await text('xl/workbook.xml');
  const relsXml = await text('xl/_rels/workbook.xml.rels');
  if (workbookXml === undefined) throw new MissingPartError('xl/workbook.xml');
  if (relsXml === undefined) throw new MissingPartError('xl/_rels/workbook.xml.rels');
  const results: CachedResults = new Map();
  for (const [name, path] of sheetParts(workbookXml, relsXml)) {
    const known = parts?.results.get(path);
    if (known !== undefined) {
      results.set(name, known);
      continue;
    }
    const xml = await text(path);
    if (xml !== undefined) results.set(name, formulaResultsOfSheetXml(xml));
  }
  return results;
}
