// Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet formatted or read in one call, as worksheet.getRanges
// gives them. Emulated: the address, the area count, the format's fill, font and alignment, and `areas`, each a Range.

import { boundingRect, CellRect, qualifiedAddress } from '../address';
import { ClientCollection, ClientObject } from '../client-object';
import { invalidArgument } from '../errors';
import type { SheetRecord } from '../records';
import type { RangeBinding, WorkbookState } from '../workbook-state';
import { withAccessors } from './accessors';
import { EmulatedRange } from './range';
import { RangeFormatParts } from './range-format';
import { resolveAddressOnSheet } from '../resolve-address';

/** Splits "A1:B2, D4; Sheet1!F6" at commas and semicolons outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of address) {
    if (char === "'") quoted = !quoted;
    if (!quoted && (char === ',' || char === ';')) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

/** The binding of worksheet.getRanges(address) on `sheet`. */
export function areasOnSheet(state: WorkbookState, sheet: SheetRecord, address: unknown, location: string): RangeBinding {
  if (typeof address !== 'string' || address.trim() === '') throw invalidArgument('getRanges needs one or more addresses, e.g. "A1:B2, D4"', location);
  const parts = splitAreas(address);
  if (parts.some((part) => part === '')) throw invalidArgument(`"${address}" has an empty area`, location);
  const areas: CellRect[] = parts.map((part) => resolveAddressOnSheet(state, sheet, part, location));
  return { sheetId: sheet.id, rect: areas.reduce(boundingRect), areas };
}

/** RangeAreas.areas: its areas in the order the address gives them, each a Range as getRange gives it. */
export class EmulatedRangeCollection extends ClientCollection<RangeBinding, RangeBinding, EmulatedRange> {
  override get _typeName(): string {
    return 'RangeCollection';
  }
  override _itemBindings(binding: RangeBinding): RangeBinding[] {
    return (binding.areas ?? [binding.rect]).map((rect) => ({ sheetId: binding.sheetId, rect }));
  }
  override _createItem(binding: RangeBinding): EmulatedRange {
    return new EmulatedRange({ context: this._context, parent: this, path: 'items', resolve: () => binding, binding });
  }
}

/** RangeAreas.format: fill, font and alignment apply to every area; column widths, row heights and autofit are not emulated. */
export class EmulatedRangeAreasFormat extends RangeFormatParts {}

abstract class AreasPart extends ClientObject<RangeBinding> {}

export class EmulatedRangeAreas extends withAccessors<Excel.RangeAreas>()(AreasPart, {
  address: {
    read: (binding, state, location) => {
      const sheet = state.requireSheet(binding.sheetId, location);
      return (binding.areas ?? [binding.rect]).map((area) => qualifiedAddress(sheet.name, area)).join(', ');
    },
  },
  areaCount: { read: (binding) => (binding.areas ?? [binding.rect]).length },
}) {
  override get _typeName(): string {
    return 'RangeAreas';
  }
  override _navigationNames(): readonly string[] {
    return ['format', 'areas'];
  }
  get areas(): EmulatedRangeCollection {
    return this._nav('areas', () => new EmulatedRangeCollection({ context: this._context, parent: this, path: 'areas', resolve: (_s, b) => b as RangeBinding }));
  }
  get format(): EmulatedRangeAreasFormat {
    return this._nav('format', () => new EmulatedRangeAreasFormat({ context: this._context, parent: this, path: 'format', resolve: (_s, b) => b as RangeBinding }));
  }
}
