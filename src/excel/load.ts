// Reading from the workbook, each function a fixed number of syncs whatever the number of sheets.
import type { SheetSnapshot, SnapshotValue } from '../workbook/snapshot';
import { splitSheetAddress } from '../workbook/address';
import { decodeTag, TAG_PROPERTY } from '../workbook/tags';
import { resolveTags, type Inventory } from './inventory';

/** Sheets (names, visibility, tab order, tags), named items and table names: two syncs. */
export async function loadInventory(context: Excel.RequestContext): Promise<Inventory> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/position');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();
  const properties = worksheets.items.map((sheet) => {
    const property = sheet.customProperties.getItemOrNullObject(TAG_PROPERTY);
    property.load('value');
    return property;
  });
  await context.sync();
  const sheets = worksheets.items.map((sheet, index) => ({
    name: sheet.name,
    tag: properties[index].isNullObject ? null : decodeTag(properties[index].value),
    visible: sheet.visibility === 'Visible',
    position: sheet.position,
  }));
  const nameList = names.items.map((item) => ({ name: item.name, formula: String(item.formula ?? '') }));
  return {
    sheets: resolveTags(sheets, nameList),
    names: nameList,
    tables: tables.items.map((table) => table.name),
  };
}

/** The used range of each named sheet (values and formulas): one sync for all of them. */
export async function loadSnapshots(context: Excel.RequestContext, sheets: ReadonlyArray<{ name: string; tag: SheetSnapshot['tag'] }>): Promise<SheetSnapshot[]> {
  const ranges = sheets.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true);
    range.load('address,values,formulas');
    return range;
  });
  if (ranges.length === 0) return [];
  await context.sync();
  return sheets.map((sheet, index) => {
    const range = ranges[index];
    if (range.isNullObject) return { name: sheet.name, tag: sheet.tag, origin: 'A1', values: [], formulas: [] };
    const topLeft = splitSheetAddress(range.address).address.split(':')[0].replace(/\$/g, '');
    return {
      name: sheet.name,
      tag: sheet.tag,
      origin: topLeft,
      values: range.values as SnapshotValue[][],
      formulas: range.formulas as SnapshotValue[][],
    };
  });
}
