// The Riepilogo's annex shows a deadline's result as the date it is (15/06/2023), never as Excel's serial (45092).
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { summaryGeometry, summarySheetLayout } from '../../src/workbook/summary-sheet';

describe('the summary annex', () => {
  it('formats the results of deadline indicators as dates, the others as they are', () => {
    const refs = [{ number: 4, sheetName: 'Obiettivo 4', cells: objectiveCells(2), indicatorCount: 2, dateResults: [true, false] }];
    const layout = summarySheetLayout(refs, { includeChart: false, includeAnnex: true, cutoffs: { achievedFrom: 1, partialFrom: 0.5 } });
    const annex = layout.blocks.find((block) => block.address === `A${summaryGeometry(1).annexHeaderRow}`)!;
    const resultColumn = annex.cells[0].findIndex((cell) => cell?.value === 'Risultato');
    expect(annex.cells[1][resultColumn]).toMatchObject({ numberFormat: 'dd/mm/yyyy' });
    expect(annex.cells[2][resultColumn]?.numberFormat).not.toBe('dd/mm/yyyy');
  });
});
