// What is in the workbook before writing: sheets with their tags, named items, table names.
// Pure types and tag resolution here; loading through Office.js is in load.ts.
import { splitSheetAddress } from '../workbook/address';
import { OBJECTIVE_CELL_NAMES, objectiveCellName, tagFromName, type SheetTag } from '../workbook/tags';

export interface InventorySheet {
  name: string;
  /** From the custom property, else from one of our named items pointing at the sheet. */
  tag: SheetTag | null;
  position: number;
}

export interface InventoryName {
  name: string;
  /** The reference, e.g. "'Obiettivo 5'!$B$22" (a named range's value; "=" before it where a file gives its formula). */
  formula: string;
}

export interface Inventory {
  sheets: InventorySheet[];
  names: InventoryName[];
  tables: string[];
}

/** Lower-cased sheet name: Excel's sheet names ignore case. */
export function sheetKey(name: string): string {
  return name.toLowerCase();
}

/** The sheet a named item refers to, when it is a plain reference. */
function nameTargetSheet(name: InventoryName): string | null {
  return splitSheetAddress(name.formula.trim()).sheet;
}

/**
 * Tags for sheets whose custom property is missing (files written by tools that cannot carry it):
 * our named items, which Excel keeps pointing at the right sheet through renames.
 */
export function resolveTags(sheets: InventorySheet[], names: ReadonlyArray<InventoryName>): InventorySheet[] {
  // One pass over the names (thousands in a big report), then one lookup per sheet: the first name wins.
  const tagBySheet = new Map<string, SheetTag>();
  for (const name of names) {
    const tag = tagFromName(name.name);
    if (tag === null) continue;
    const target = nameTargetSheet(name);
    if (target !== null && !tagBySheet.has(sheetKey(target))) tagBySheet.set(sheetKey(target), tag);
  }
  return sheets.map((sheet) => {
    if (sheet.tag !== null) return sheet;
    const tag = tagBySheet.get(sheetKey(sheet.name));
    return tag ? { ...sheet, tag } : sheet;
  });
}

/**
 * Sheets our named items tag beyond doubt: objective N's four footer names all point at the sheet, and no other name
 * of ours does. Their tag property would only say the same, so it need not be read (0.4 KB a sheet on the wire).
 */
export function sheetsTaggedByNames(names: ReadonlyArray<InventoryName>): Set<string> {
  const byName = new Map<string, string | null>();
  const tagsOfSheet = new Map<string, Set<string>>();
  for (const name of names) {
    const tag = tagFromName(name.name);
    if (tag === null) continue;
    const sheet = nameTargetSheet(name);
    byName.set(name.name.toUpperCase(), sheet === null ? null : sheetKey(sheet));
    if (sheet === null) continue;
    const key = tag.kind === 'objective' ? `objective:${tag.number}` : tag.kind;
    let tags = tagsOfSheet.get(sheetKey(sheet));
    if (!tags) tagsOfSheet.set(sheetKey(sheet), (tags = new Set()));
    tags.add(key);
  }
  const confirmed = new Set<string>();
  for (const [sheet, tags] of tagsOfSheet) {
    if (tags.size !== 1) continue;
    const match = /^objective:(\d+)$/.exec([...tags][0]);
    if (match && OBJECTIVE_CELL_NAMES.every((cell) => byName.get(objectiveCellName(Number(match[1]), cell)) === sheet)) confirmed.add(sheet);
  }
  return confirmed;
}

/** The first sheet (by tab position) carrying a tag with this key. */
export function sheetWithTagKey(inventory: Inventory, key: string, keyOf: (tag: SheetTag) => string): InventorySheet | null {
  const matches = inventory.sheets.filter((sheet) => sheet.tag !== null && keyOf(sheet.tag) === key);
  matches.sort((a, b) => a.position - b.position);
  return matches[0] ?? null;
}

/** The first sheet (by tab position) of each tag key: one pass, for plans over thousands of layouts. */
export function sheetsByTagKey(inventory: Inventory, keyOf: (tag: SheetTag) => string): Map<string, InventorySheet> {
  const first = new Map<string, InventorySheet>();
  for (const sheet of [...inventory.sheets].sort((a, b) => a.position - b.position)) {
    if (sheet.tag === null) continue;
    const key = keyOf(sheet.tag);
    if (!first.has(key)) first.set(key, sheet);
  }
  return first;
}
