import { opSize, splitWrite, type WriteOp } from '../../src/excel/write-ops';

describe('splitWrite: a block too big for one request goes as bands of whole rows', () => {
  const rows = Array.from({ length: 40 }, (_, row) => [`='Obiettivo ${row + 1}'!A21`, `indicatore ${row} `.repeat(8)]);
  const op: WriteOp = { op: 'write', sheet: 'Riepilogo', address: 'B5:C44', numberFormat: rows.map(() => ['General', '@']), formulas: rows };

  it('leaves a write under the limit alone', () => {
    expect(splitWrite(op, opSize(op))).toEqual([op]);
  });

  it('splits one over the limit into adjacent bands, each under it, with the same cells in the same order', () => {
    const limit = Math.ceil(opSize(op) / 3);
    const bands = splitWrite(op, limit);
    expect(bands.length).toBeGreaterThan(2);
    for (const band of bands) expect(opSize(band)).toBeLessThanOrEqual(limit);
    const writes = bands.filter((band): band is Extract<WriteOp, { op: 'write' }> => band.op === 'write');
    // Adjacent: each band starts on the row after the previous one ends, from B5 to C44.
    const addresses = writes.map((band) => band.address.split(':'));
    expect(addresses[0][0]).toBe('B5');
    expect(addresses[addresses.length - 1][1]).toBe('C44');
    addresses.slice(1).forEach(([start], index) => expect(Number(start.slice(1))).toBe(Number(addresses[index][1].slice(1)) + 1));
    expect(writes.flatMap((band) => band.formulas)).toEqual(rows);
    expect(writes.flatMap((band) => band.numberFormat)).toEqual(op.numberFormat);
  });

  it('splits a column of number formats over the limit the same way, and leaves a run of one format alone', () => {
    const formats: WriteOp = { op: 'numberFormat', sheet: 'Riepilogo', address: 'D5:D40004', format: Array.from({ length: 40_000 }, (_, row) => [row % 2 === 0 ? '@' : 'dd/mm/yyyy']) };
    const limit = Math.ceil(opSize(formats) / 3);
    const bands = splitWrite(formats, limit).filter((band): band is Extract<WriteOp, { op: 'numberFormat' }> => band.op === 'numberFormat');
    expect(bands.length).toBeGreaterThan(2);
    for (const band of bands) expect(opSize(band)).toBeLessThanOrEqual(limit);
    expect(bands[0].address.split(':')[0]).toBe('D5');
    expect(bands[bands.length - 1].address.split(':')[1]).toBe('D40004');
    expect(bands.flatMap((band) => band.format)).toEqual(formats.format);
    const run: WriteOp = { op: 'numberFormat', sheet: 'Riepilogo', address: 'D5:D40004', format: [['@']] };
    expect(splitWrite(run, 10)).toEqual([run]);
  });
});
