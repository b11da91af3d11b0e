// What is in the workbook before writing: sheets with their tags, named items, table names.
// Pure types and tag resolution here; loading through Office.js is in load-inventory.ts.
import { splitSheetAddress } from '../workbook/address';
import { tagFromName, type SheetTag } from '../workbook/tags';

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
