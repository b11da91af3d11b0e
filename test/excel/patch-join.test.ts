// A copied sheet's patches are joined where one call sends fewer bytes than two; what lies between them goes as null
// (left as copied), so the cells written are exactly the patches' own.
import { joinedPatches } from '../../src/excel/patch-join';
import type { WriteOp } from '../../src/excel/write-ops';

type Patch = Extract<WriteOp, { op: 'patch' }>;
const patch = (address: string, formulas: Patch['formulas'], numberFormat: Patch['numberFormat'] = null): Patch => ({ op: 'patch', sheet: 'Obiettivo 2', address, formulas, numberFormat });

/** Every cell a list of patches writes, by address, with what it writes there. */
function written(patches: ReadonlyArray<Patch>): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const p of patches) {
    const [first] = p.address.split(':');
    const column = first.charCodeAt(0) - 65;
    const row = Number(first.slice(1));
    p.formulas?.forEach((line, r) => line.forEach((value, c) => value !== null && cells.set(`${String.fromCharCode(65 + column + c)}${row + r}`, value)));
    p.numberFormat?.forEach((line, r) => line.forEach((value, c) => value !== null && cells.set(`fmt ${String.fromCharCode(65 + column + c)}${row + r}`, value)));
  }
  return cells;
}

describe('joining the patches of a copied sheet', () => {
  it('joins patches a few rows apart into one call, writing the same cells', () => {
    const patches = [
      patch('A1', [['Obiettivo n. 2 – Titolo']]),
      patch('B3:B4', [[2], ['Titolo']], [[null], ['General']]),
      patch('A6:C7', [['Indicatore 1', '>= 8', '6'], ['Indicatore 2', 'SI', 'SI']], [[null, null, '@'], [null, null, null]]),
    ];
    const joined = joinedPatches(patches);
    expect(joined).toHaveLength(1);
    expect(joined[0].address).toBe('A1:C7');
    expect(written(joined)).toEqual(written(patches));
    expect(JSON.stringify(joined).length).toBeLessThan(JSON.stringify(patches).length + 2 * 145);
  });

  it('keeps apart patches whose joining would send more nulls than a call costs', () => {
    const patches = [patch('A1', [['Titolo']]), patch('A400:B400', [['x', 'y']])];
    expect(joinedPatches(patches)).toEqual(patches);
  });
});
