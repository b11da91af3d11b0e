// The Riepilogo's number formats sent as runs of one format (1x1 arrays Excel applies to a whole range) and per-column
// arrays: every cell ends with the format its layout gives it, and the request carries a fraction of the bytes.
import { blockArrays, layoutContentOps, type WriteOp } from '../../src/excel/write-ops';
import { queueOp, SheetProxies } from '../../src/excel/execute';
import { parseCellAddress, rangeAddress } from '../../src/workbook/address';
import { blockSize } from '../../src/workbook/layout';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { summarySheetLayout } from '../../src/workbook/summary-sheet';
import { emulatedWorkbook } from './emulated-workbook';

/** A Riepilogo of `count` objectives of five indicators, every third with date results. */
function riepilogo(count: number) {
  const refs = Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    sheetName: `Obiettivo ${i + 1}`,
    cells: objectiveCells(5),
    indicatorCount: 5,
    dateResults: [i % 3 === 0, false, false, i % 3 === 0, false],
  }));
  const { cutoffs, includeChart, includeAnnex } = DEFAULT_SETTINGS;
  return summarySheetLayout(refs, { cutoffs, includeChart, includeAnnex, fundLabel: 'Fondo' });
}

async function written(ops: WriteOp[]) {
  const { emu, excel } = emulatedWorkbook({ sheets: ['Riepilogo'] });
  await excel.run(async (context) => {
    const sheets = new SheetProxies(context);
    for (const op of ops) if (op.op === 'numberFormat' || op.op === 'write') queueOp(context, sheets, op, excel.isSetSupported);
    await context.sync();
  });
  return { emu, payload: emu.stats.payloadBytes };
}

describe("the Riepilogo's number formats", () => {
  it('are on every cell as the layout gives them, for a third of the bytes of every cell sent', async () => {
    const layout = riepilogo(120);
    const ops = layoutContentOps(layout, 'Riepilogo');
    expect(ops.some((op) => op.op === 'numberFormat' && op.format.length === 1)).toBe(true);
    const { emu, payload } = await written(ops);
    for (const block of layout.blocks) {
      const { rows, columns } = blockSize(block);
      const address = rangeAddress(parseCellAddress(block.address), rows, columns);
      expect([address, emu.cells('Riepilogo', address).map((line) => line.map((cell) => cell.numberFormat))]).toEqual([address, blockArrays(block).numberFormat]);
    }
    const cellByCell = layout.blocks.map((block): WriteOp => {
      const { rows, columns } = blockSize(block);
      return { op: 'write', sheet: 'Riepilogo', address: rangeAddress(parseCellAddress(block.address), rows, columns), ...blockArrays(block) };
    });
    const before = (await written(cellByCell)).payload;
    expect(payload).toBeLessThan(before);
    const formatsBefore = cellByCell.reduce((sum, op) => sum + (op.op === 'write' ? JSON.stringify(op.numberFormat).length : 0), 0);
    const formatsNow = ops.reduce((sum, op) => sum + (op.op === 'numberFormat' ? JSON.stringify(op.format).length + op.address.length : op.op === 'write' && op.numberFormat ? JSON.stringify(op.numberFormat).length : 0), 0);
    expect(formatsNow * 3).toBeLessThan(formatsBefore);
  });
});
