// Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet formatted in one call, as worksheet.getRanges
// gives them. Only the address, the area count and the format's fill, font and alignment are emulated.

import { boundingRect, CellRect, qualifiedAddress } from '../address';
import { ClientObject } from '../client-object';
import { invalidArgument, notEmulated } from '../errors';
import type { SheetRecord } from '../records';
import type { RangeBinding, WorkbookState } from '../workbook-state';
import { EmulatedRangeFormat } from './range-format';
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

/** RangeAreas.format: fill, font and alignment apply to every area; what spans rows or columns is not emulated. */
export class EmulatedRangeAreasFormat extends EmulatedRangeFormat {
  override _scalarNames(): readonly string[] {
    return ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'indentLevel'];
  }
  override _navigationNames(): readonly string[] {
    return ['fill', 'font'];
  }
  override get columnWidth(): number {
    throw notEmulated('RangeAreas.format.columnWidth');
  }
  override set columnWidth(_value: number) {
    throw notEmulated('RangeAreas.format.columnWidth');
  }
  override get rowHeight(): number {
    throw notEmulated('RangeAreas.format.rowHeight');
  }
  override set rowHeight(_value: number) {
    throw notEmulated('RangeAreas.format.rowHeight');
  }
  override autofitColumns(): void {
    throw notEmulated('RangeAreas.format.autofitColumns');
  }
  override autofitRows(): void {
    throw notEmulated('RangeAreas.format.autofitRows');
  }
}

export class EmulatedRangeAreas extends ClientObject<RangeBinding> implements Pick<Excel.RangeAreas, 'address' | 'areaCount'> {
  override get _typeName(): string {
    return 'RangeAreas';
  }
  override _scalarNames(): readonly string[] {
    return ['address', 'areaCount'];
  }
  override _navigationNames(): readonly string[] {
    return ['format'];
  }
  override _readScalar(name: string, binding: RangeBinding, state: WorkbookState): unknown {
    const areas = binding.areas ?? [binding.rect];
    if (name === 'areaCount') return areas.length;
    if (name === 'address') {
      const sheet = state.requireSheet(binding.sheetId, 'RangeAreas.address');
      return areas.map((area) => qualifiedAddress(sheet.name, area)).join(', ');
    }
    throw notEmulated(`RangeAreas.${name}`);
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get format(): EmulatedRangeAreasFormat {
    return this._nav('format', () => new EmulatedRangeAreasFormat({ context: this._context, parent: this, path: 'format', resolve: (_s, b) => b as RangeBinding }));
  }
}
