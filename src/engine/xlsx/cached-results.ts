// The cached results of formula cells read straight from the sheet XML. ExcelJS's reader drops the falsy ones
// (FALSE, 0, ""), which would turn an objective's FALSE or 0 into a blank; this reads them as the file has them.
import JSZip from 'jszip';
import type { ImageValue } from './image';

/** Sheet name -> "B7" -> the cached result of the formula in that cell (null when the file has none). */
export type CachedResults = Map<string, Map<string, ImageValue>>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity];
  });
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? unescapeXml(match[1]) : undefined;
}

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

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.') resolved.push(part);
  }
  return resolved.join('/');
}

/** Every sheet's formula results, by sheet name. Throws when the bytes are not an .xlsx package. */
export async function readCachedResults(data: Uint8Array | ArrayBuffer): Promise<CachedResults> {
  const zip = await JSZip.loadAsync(data);
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (workbookXml === undefined || relsXml === undefined) throw new Error('manca xl/workbook.xml: non è un file .xlsx');
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
    const id = attribute(match[1], 'Id');
    const target = attribute(match[1], 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, resolveTarget(target));
  }
  const results: CachedResults = new Map();
  for (const match of workbookXml.matchAll(/<sheet\s([^>]*?)\/?>/g)) {
    const name = attribute(match[1], 'name');
    const id = attribute(match[1], 'r:id');
    const path = id === undefined ? undefined : targets.get(id);
    const xml = path === undefined ? undefined : await zip.file(path)?.async('string');
    if (name !== undefined && xml !== undefined) results.set(name, formulaResultsOfSheetXml(xml));
  }
  return results;
}
