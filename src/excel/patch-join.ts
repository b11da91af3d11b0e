// The patches of one copied sheet joined where one call sends fewer bytes than two: the cells between them go as null,
// which Office.js leaves as they are, and each call saved is an object path and its actions (about 330 bytes).
import { parseRangeAddress, rangeAddress } from '../workbook/address';
import type { WriteOp } from './write-ops';

type Patch = Extract<WriteOp, { op: 'patch' }>;

/** Roughly what a patch sends besides its arrays: the range's object path, and one action per array set. */
const RANGE_BYTES = 145;
const SET_BYTES = 95;

function bytesOf(patch: Patch): number {
  const array = (grid: unknown[][] | null) => (grid === null ? 0 : SET_BYTES + JSON.stringify(grid).length);
  return RANGE_BYTES + array(patch.formulas) + array(patch.numberFormat);
}

/** Both patches as one over the rectangle that holds them, null where neither writes. */
function joined(a: Patch, b: Patch): Patch {
  const areas = [a, b].map((patch) => ({ patch, ...parseRangeAddress(patch.address) }));
  const top = Math.min(...areas.map((area) => area.topLeft.row));
  const left = Math.min(...areas.map((area) => area.topLeft.column));
  const rows = Math.max(...areas.map((area) => area.topLeft.row + area.rows)) - top;
  const columns = Math.max(...areas.map((area) => area.topLeft.column + area.columns)) - left;
  const grid = <T>(pick: (patch: Patch) => (T | null)[][] | null): (T | null)[][] | null => {
    if (areas.every((area) => pick(area.patch) === null)) return null;
    const cells: (T | null)[][] = Array.from({ length: rows }, () => new Array<T | null>(columns).fill(null));
    for (const area of areas) {
      pick(area.patch)?.forEach((line, r) => line.forEach((value, c) => (cells[area.topLeft.row - top + r][area.topLeft.column - left + c] = value)));
    }
    return cells;
  };
  return {
    op: 'patch',
    sheet: a.sheet,
    address: rangeAddress({ row: top, column: left }, rows, columns),
    numberFormat: grid((patch) => patch.numberFormat),
    formulas: grid((patch) => patch.formulas),
  };
}

/** `patches` (one sheet's, in block order) with each joined to the one before where that sends fewer bytes. */
export function joinedPatches(patches: ReadonlyArray<Patch>): Patch[] {
  const out: Patch[] = [];
  for (const patch of patches) {
    const last = out[out.length - 1];
    const both = last === undefined ? null : joined(last, patch);
    if (both !== null && bytesOf(both) < bytesOf(last) + bytesOf(patch)) out[out.length - 1] = both;
    else out.push(patch);
  }
  return out;
}
