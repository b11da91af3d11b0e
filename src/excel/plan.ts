// Deciding, before anything is written, what happens to each layout's sheet: created under a free name,
// refreshed in place, replaced, or kept. Pure, so the same inputs always give the same plan.
import type { SheetLayout } from '../workbook/layout';
import { sameSheetName, sanitizeSheetName, uniqueSheetNameAmong } from '../workbook/naming';
import { tagKey } from '../workbook/tags';
import { sheetKey, sheetsByTagKey, type Inventory } from './inventory';

export type SheetAction = 'create' | 'refresh' | 'replace' | 'keep';

export interface SheetPlan {
  layout: SheetLayout;
  action: SheetAction;
  /** The name the sheet will have. */
  sheetName: string;
  /** The preferred name was taken by a sheet that is not ours: a numbered name was chosen instead. */
  preferredNameTaken: boolean;
}

export function planSheets(layouts: ReadonlyArray<SheetLayout>, inventory: Inventory): SheetPlan[] {
  const taken = new Set(inventory.sheets.map((sheet) => sheetKey(sheet.name)));
  const ours = sheetsByTagKey(inventory, tagKey);
  return layouts.map((layout) => {
    const existing = ours.get(layout.key) ?? null;
    if (existing !== null) {
      // Ours already: it keeps whatever name the analyst gave it.
      const action: SheetAction = layout.onExisting;
      return { layout, action, sheetName: existing.name, preferredNameTaken: false };
    }
    const sheetName = uniqueSheetNameAmong(layout.name, taken);
    taken.add(sheetKey(sheetName));
    return { layout, action: 'create', sheetName, preferredNameTaken: !sameSheetName(sheetName, sanitizeSheetName(layout.name)) };
  });
}
