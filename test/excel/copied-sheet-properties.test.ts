// What a copied objective sheet is sent besides its cells: only the sheet properties its source does not already give it.
import { copiedLayoutOps } from '../../src/excel/sheet-templates';
import type { WriteOp } from '../../src/excel/write-ops';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';
import { generatedObjectives } from './generated-objectives';

const [first, second] = generatedObjectives(2).map((objective) => objectiveSheetLayout(objective));

function propertiesOf(ops: WriteOp[]): WriteOp[] {
  return ops.filter((op) => op.op === 'sheetProperties');
}

describe('a copy of an objective sheet', () => {
  it('is sent no visibility or tab colour when its source is visible like it (Excel copies both)', () => {
    expect(first.visibility).toBe('Visible');
    expect(propertiesOf(copiedLayoutOps(first, 'Obiettivo 1', second, 'Obiettivo 2'))).toEqual([]);
  });

  it('is sent its position, and its visibility when it is to be hidden or its source is hidden', () => {
    const placed = propertiesOf(copiedLayoutOps(first, 'Obiettivo 1', { ...second, position: 3 }, 'Obiettivo 2'));
    expect(placed).toEqual([{ op: 'sheetProperties', sheet: 'Obiettivo 2', position: 3 }]);
    const hidden = propertiesOf(copiedLayoutOps(first, 'Obiettivo 1', { ...second, visibility: 'Hidden' }, 'Obiettivo 2'));
    expect(hidden).toEqual([{ op: 'sheetProperties', sheet: 'Obiettivo 2', visibility: 'Hidden' }]);
    const fromHidden = propertiesOf(copiedLayoutOps({ ...first, visibility: 'Hidden' }, 'Obiettivo 1', second, 'Obiettivo 2'));
    expect(fromHidden).toEqual([{ op: 'sheetProperties', sheet: 'Obiettivo 2', visibility: 'Visible' }]);
  });

  it('is sent a tab colour only where it differs from its source', () => {
    const coloured = propertiesOf(copiedLayoutOps(first, 'Obiettivo 1', { ...second, tabColor: '#FF0000' }, 'Obiettivo 2'));
    expect(coloured).toEqual([{ op: 'sheetProperties', sheet: 'Obiettivo 2', tabColor: '#FF0000' }]);
  });
});
