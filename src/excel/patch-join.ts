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

/**
 * A patch whose number formats are few within its rectangle, as two: the formats over the smallest rectangle holding
 * them, first (a cell's text format must be there before its entry), then the contents; or the patch as it is when
 * that sends fewer bytes.
 */
function formatsApart(patch: Patch): Patch[] {
  const formats = patch.numberFormat;
  if (formats === null || patch.formulas === null) return [patch];
  let top = formats.length;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  formats.forEach((line, r) =>
    line.forEach((format, c) => {
      if (format === null) return;
      top = Math.min(top, r);
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  const origin = parseRangeAddress(patch.address).topLeft;
  const tight = formats.slice(top, bottom + 1).map((line) => line.slice(left, right + 1));
  const address = rangeAddress({ row: origin.row + top, column: origin.column + left }, bottom - top + 1, right - left + 1);
  const apart: Patch[] = [
    { op: 'patch', sheet: patch.sheet, address, numberFormat: tight, formulas: null },
    { ...patch, numberFormat: null },
  ];
  return bytesOf(apart[0]) + bytesOf(apart[1]) < bytesOf(patch) ? apart : [patch];
}

/**
 * `patches` (one sheet's, in block order) with each joined to the one before where that sends fewer bytes, then each
 * one's number formats sent apart where that does.
 */
export function joinedPatches(patches: ReadonlyArray<Patch>): Patch[] {
  const out: Patch[] = [];
  for (const patch of patches) {
    const last = out[out.length - 1];
    const both = last === undefined ? null : joined(last, patch);
    if (both !== null && bytesOf(both) < bytesOf(last) + bytesOf(patch)) out[out.length - 1] = both;
    else out.push(patch);
  }
  return out.flatMap(formatsApart);
}
