// Addresses and defined names turned into ranges: "A1:B2" on a sheet, "Sheet1!A1", or a name that points at a range.
import { CellRect, parseAddress } from './address';
import { invalidArgument } from './errors';
import type { NameRecord, SheetRecord } from './records';
import type { RangeBinding, WorkbookState } from './workbook-state';

/** Resolves an address or a defined name given to Worksheet.getRange on `sheet`. */
export function resolveAddressOnSheet(state: WorkbookState, sheet: SheetRecord, address: string, location: string): CellRect {
  const parsed = parseAddress(address);
  if (parsed.ok) {
    const qualifier = parsed.value.sheet;
    if (qualifier !== undefined && qualifier.toLowerCase() !== sheet.name.toLowerCase()) {
      throw invalidArgument(`"${address}" is on another sheet than "${sheet.name}"`, location);
    }
    return parsed.value.rect;
  }
  const named = namedRange(state, address, sheet.id);
  if (named && named.sheetId === sheet.id) return named.rect;
  throw invalidArgument(`"${address}" is not an A1 address or a name of a range on "${sheet.name}"`, location);
}

/** Resolves "Sheet1!A1:B2" (sheet required) for Workbook-level lookups. */
export function resolveQualifiedAddress(state: WorkbookState, address: string, location: string): RangeBinding {
  const parsed = parseAddress(address);
  if (!parsed.ok) {
    const named = namedRange(state, address, null);
    if (named) return named;
    throw invalidArgument(parsed.reason, location);
  }
  if (parsed.value.sheet === undefined) throw invalidArgument(`"${address}" must name its sheet`, location);
  const sheet = state.requireSheetByName(parsed.value.sheet, location);
  return { sheetId: sheet.id, rect: parsed.value.rect };
}

/** The range a defined name refers to, looking at `sheetId`'s own names first, as Excel does. */
function namedRange(state: WorkbookState, name: string, sheetId: string | null): RangeBinding | null {
  const candidates = state.named.namesCalled(name).filter((n) => n.scopeSheetId === null || n.scopeSheetId === sheetId);
  candidates.sort((a, b) => (a.scopeSheetId === null ? 1 : 0) - (b.scopeSheetId === null ? 1 : 0));
  for (const record of candidates) {
    const target = nameTarget(state, record);
    if (target) return target;
  }
  return null;
}

/** Where a name points when its formula is a plain reference to a range. */
export function nameTarget(state: WorkbookState, record: NameRecord): RangeBinding | null {
  const formula = nameFormula(state, record);
  if (!formula) return null;
  const parsed = parseAddress(formula.replace(/^=/, ''));
  if (!parsed.ok || parsed.value.sheet === undefined) return null;
  const sheet = state.sheetByName(parsed.value.sheet);
  return sheet ? { sheetId: sheet.id, rect: parsed.value.rect } : null;
}

/** A name's formula ("=Sheet1!$B$2"), as HyperFormula keeps it in the name's scope. */
export function nameFormula(state: WorkbookState, record: NameRecord): string | undefined {
  const scope = record.scopeSheetId === null ? undefined : state.sheetById(record.scopeSheetId)?.hfId;
  return state.cells.hf.getNamedExpressionFormula(record.name, scope);
}
