// The emulator's pure helpers: A1/R1C1 addresses, sheet quoting, number formats, typed input, reference shifting.

import {
  columnIndex,
  columnLetters,
  formatCellValue,
  formatRect,
  formatRectR1C1,
  IT_IT,
  parseAddress,
  parseRectR1C1,
  parseTypedInput,
  quoteSheetName,
  utf8Length,
} from '../src';
import { shiftRelativeReferences, usesStructuredReference } from '../src/formula-text';

describe('addresses', () => {
  it('converts columns both ways up to XFD', () => {
    expect([0, 25, 26, 701, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'XFD']);
    expect(['a', 'AA', 'XFD', 'XFE', 'A1'].map(columnIndex)).toEqual([0, 26, 16383, NaN, NaN]);
  });

  it('parses cells, blocks, whole columns/rows and quoted sheet names', () => {
    expect(parseAddress('$B$3')).toEqual({ ok: true, value: { rect: { row: 2, col: 1, rowCount: 1, colCount: 1 } } });
    expect(parseAddress("'L''anno 2022'!C4:A1")).toEqual({ ok: true, value: { sheet: "L'anno 2022", rect: { row: 0, col: 0, rowCount: 4, colCount: 3 } } });
    const column = parseAddress('Riepilogo!C:D');
    expect(column.ok && formatRect(column.value.rect)).toBe('C:D');
    const rows = parseAddress('2:4');
    expect(rows.ok && formatRect(rows.value.rect)).toBe('2:4');
    expect(parseAddress('B0').ok).toBe(false);
    expect(parseAddress('Obiettivo 1').ok).toBe(false);
  });

  it('quotes sheet names only when Excel does', () => {
    expect(['Riepilogo', 'Obiettivo 1', "L'anno", 'A1', 'R1C1', '2022', 'Città'].map(quoteSheetName)).toEqual([
      'Riepilogo', "'Obiettivo 1'", "'L''anno'", "'A1'", "'R1C1'", "'2022'", "'Città'",
    ]);
  });

  it('writes and reads absolute R1C1', () => {
    expect(formatRectR1C1({ row: 1, col: 2, rowCount: 3, colCount: 2 })).toBe('R2C3:R4C4');
    expect(parseRectR1C1('R2C3:R4C4')).toEqual({ row: 1, col: 2, rowCount: 3, colCount: 2 });
    expect(parseRectR1C1('R0C1')).toBeNull();
  });
});

describe('number formats as Range.text', () => {
  it.each([
    [0.9996, '0.00%', '99.96%', '99,96%'],
    [1234.5, '#,##0.00 €', '1,234.50 €', '1.234,50 €'],
    [1234.5, '[$€-410] #,##0.00', '€ 1,234.50', '€ 1.234,50'],
    [44773, 'dd/mm/yyyy', '31/07/2022', '31/07/2022'],
    // Excel's built-in short date follows the regional settings, as a date typed into Italian Excel shows.
    [44773, 'm/d/yyyy', '7/31/2022', '31/07/2022'],
    [44773, 'd mmmm yyyy', '31 July 2022', '31 luglio 2022'],
    [-5, '#,##0;[Red](#,##0)', '(5)', '(5)'],
    [0, '0.00;-0.00;"-"', '-', '-'],
    [1 / 3, 'General', '0.333333333', '0,333333333'],
    [true, 'General', 'TRUE', 'VERO'],
    ['#VALUE!', 'General', '#VALUE!', '#VALORE!'],
    ['testo', '0.00', 'testo', 'testo'],
  ])('%p under %p reads %p (en-US) and %p (it-IT)', (value, format, english, italian) => {
    expect(formatCellValue(value, format)).toBe(english);
    expect(formatCellValue(value, format, IT_IT)).toBe(italian);
  });
});

describe('typed input (en-US)', () => {
  it.each([
    ['600', { kind: 'number', value: 600 }],
    ['-8.75', { kind: 'number', value: -8.75 }],
    ['49,96', { kind: 'text', value: '49,96' }],
    ['1.134', { kind: 'number', value: 1.134 }],
    ['112/112', { kind: 'text', value: '112/112' }],
    ['99.96%', { kind: 'number', value: 0.9996, numberFormat: '0.00%' }],
    ['false', { kind: 'boolean', value: false }],
    ['2/30/2022', { kind: 'text', value: '2/30/2022' }],
    ['#DIV/0!', { kind: 'error', value: '#DIV/0!' }],
    ["'=not a formula", { kind: 'text', value: '=not a formula' }],
    ['=', { kind: 'text', value: '=' }],
  ])('%p reads as %p', (text, expected) => {
    expect(parseTypedInput(text)).toEqual(expected);
  });
});

describe('formula text', () => {
  it('shifts relative references, keeps absolute parts, strings and sheet names', () => {
    expect(shiftRelativeReferences("=$B2>=0.99+'Obiettivo 1'!C3+\"A1\"+SUM($A$1:A1)+LOG10(A2)", 2, 1)).toBe(
      "=$B4>=0.99+'Obiettivo 1'!D5+\"A1\"+SUM($A$1:B3)+LOG10(B4)",
    );
    expect(shiftRelativeReferences('=A1', -1, 0)).toBe('=#REF!');
  });

  it('recognises structured references outside strings', () => {
    expect(usesStructuredReference('=SUM(Table1[Peso])')).toBe(true);
    expect(usesStructuredReference('="[non è un riferimento]"')).toBe(false);
  });
});

describe('payload size', () => {
  it('counts UTF-8 bytes as the request would carry them', () => {
    expect(['Riepilogo', 'Città', '≤ 0', '€', '😀'].map(utf8Length)).toEqual([9, 6, 5, 3, 4]);
  });
});
