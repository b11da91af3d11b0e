// Assignments made without a request (loading a file): the same cells as Range.formulas and Range.numberFormat
// would give, one recalculation, and a refused block named while the others are written.
import { emulator } from './helpers';

describe('writeBlocks', () => {
  it('writes formulas and number formats as the Office.js assignments do, and recalculates once all are in', () => {
    const emu = emulator({ sheets: ['Dati', 'Totali'] });
    const errors = emu.writeBlocks([
      { sheet: 'Totali', address: 'A1', formulas: [['=SUM(Dati!A1:A2)']] },
      { sheet: 'Dati', address: 'A1:B2', formulas: [[4, "'07"], ['=A1*2', null]], numberFormat: [['0.0', null], [null, '@']] },
    ]);
    expect(errors).toEqual([null, null]);
    expect(emu.cell('Totali', 'A1').value).toBe(12);
    expect(emu.cells('Dati', 'A1:B1')[0].map((cell) => [cell.value, cell.numberFormat])).toEqual([
      [4, '0.0'],
      ['07', 'General'],
    ]);
    expect(emu.cell('Dati', 'B2').numberFormat).toBe('@');
  });

  it('returns why a block was refused, and still writes the others', () => {
    const emu = emulator();
    const errors = emu.writeBlocks([
      { sheet: 'Sheet1', address: 'A1', formulas: [['=SUM(B1:B2']] },
      { sheet: 'Nessuno', address: 'A1', formulas: [[1]] },
      { sheet: 'Sheet1', address: 'A2:A3', formulas: [[1]] },
      { sheet: 'Sheet1', address: 'B1', formulas: [[5]] },
    ]);
    expect(errors.map((error) => error?.message ?? null)).toEqual([
      expect.stringContaining('not a valid formula'),
      expect.stringContaining('Nessuno'),
      expect.stringContaining('2x1'),
      null,
    ]);
    expect(emu.cell('Sheet1', 'B1').value).toBe(5);
    expect(emu.usedRange('Sheet1')?.address).toBe('B1');
  });
});
