// A copy of a sheet keeps the number formats of the sheet copied, including one Excel guessed for an entry it read from
// text (a date typed as `31/7/2022`, a formula): the copy's own entry there must bring its format back to General.
// Excel guesses nothing for a number, TRUE/FALSE or an empty cell, so there no format needs sending.
import { patchOps } from '../../src/excel/sheet-templates';
import type { LayoutCell, SheetLayout } from '../../src/workbook/layout';

function layoutOf(cells: (LayoutCell | null)[][]): SheetLayout {
  return {
    key: 'objective:1', name: 'Obiettivo 1', tag: { kind: 'objective', number: 1 }, onExisting: 'replace', visibility: 'Visible',
    blocks: [{ address: 'A1', cells }], styles: {}, columnWidths: [], tables: [], names: [], conditionalFormats: [], charts: [], freezeRows: 0,
  } as unknown as SheetLayout;
}

/** The number format each patch sends to each cell of the copy's first row, by column. */
function formatsSent(template: (LayoutCell | null)[], copy: (LayoutCell | null)[]): (string | null)[] {
  const ops = patchOps(layoutOf([template]), layoutOf([copy]), 'Obiettivo 2');
  return copy.map((_, column) => ops[0]?.numberFormat?.[0]?.[column] ?? null);
}

describe('number formats of a copy whose General cells get new entries', () => {
  it('sends General where the copied entry was text or a formula, nothing where it was a number, TRUE/FALSE or empty', () => {
    const template: LayoutCell[] = [{ value: '31/7/2022' }, { formula: '=TODAY()' }, { value: 1750 }, { value: true }, {}];
    const copy: LayoutCell[] = [{ value: 6 }, { value: 7 }, { value: 2000 }, { value: false }, { value: 8 }];
    expect(formatsSent(template, copy)).toEqual(['General', 'General', null, null, null]);
  });

  it('still sends a format that differs from the copied one, whatever the entry', () => {
    expect(formatsSent([{ value: 1750 }], [{ value: 44773, numberFormat: 'dd/mm/yyyy' }])).toEqual(['dd/mm/yyyy']);
  });
});
