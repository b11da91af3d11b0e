import { columnIndex, columnLetter, parseRangeAddress, rangeAddress, splitSheetAddress } from '../../src/workbook/address';
import { sheetRef, textLiteral } from '../../src/workbook/formula';

describe('A1 addresses', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA'], [16383, 'XFD']])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('builds and parses ranges', () => {
    expect(rangeAddress({ row: 16, column: 0 }, 5, 11)).toBe('A17:K21');
    expect(parseRangeAddress('K21:A17')).toEqual({ topLeft: { row: 16, column: 0 }, rows: 5, columns: 11 });
    expect(splitSheetAddress("='L''ufficio'!$B$3")).toEqual({ sheet: "L'ufficio", address: '$B$3' });
  });

  it('quotes sheet names and text in formulas', () => {
    expect(sheetRef("L'ufficio 5", 'B3')).toBe("'L''ufficio 5'!B3");
    expect(textLiteral('dice "sì"')).toBe('"dice ""sì"""');
  });
});
