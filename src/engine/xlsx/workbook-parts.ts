// What xl/workbook.xml and its relationships say, read from their text: which part holds each sheet, and the
// workbook's defined names. Regular expressions over the two small parts the package check keeps as text.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity];
  });
}

/** One attribute's value out of a start tag's attribute text. */
export function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? unescapeXml(match[1]) : undefined;
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

/** Sheet name -> the zip part holding it ("xl/worksheets/sheet3.xml"), in the workbook's order. */
export function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
    const id = attribute(match[1], 'Id');
    const target = attribute(match[1], 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, resolveTarget(target));
  }
  const parts = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet\s([^>]*?)\/?>/g)) {
    const name = attribute(match[1], 'name');
    const id = attribute(match[1], 'r:id');
    const path = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && path !== undefined) parts.set(name, path);
  }
  return parts;
}

/** The workbook-scoped defined names (a sheet's own, with localSheetId, left out), each with its formula as written. */
export function definedNames(workbookXml: string): Array<{ name: string; formula: string }> {
  const names: Array<{ name: string; formula: string }> = [];
  for (const match of workbookXml.matchAll(/<definedName\s([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = attribute(match[1], 'name');
    if (name !== undefined && attribute(match[1], 'localSheetId') === undefined) names.push({ name, formula: unescapeXml(match[2]) });
  }
  return names;
}
