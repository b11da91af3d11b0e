// What readXlsx refuses before ExcelJS or the engine builds it, and what it still reads quickly.
import { renderMessage } from '../../src/core/messages';
import { readXlsx, XlsxReadError } from '../../src/engine/xlsx/index';
import { referenceAreas } from '../../src/engine/xlsx/reference-areas';
import { bombEntry, rawZip, xlsxParts, xlsxWithFormula, zipOf } from '../support/zip-files';

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await readXlsx(bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof XlsxReadError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return renderMessage(error.reason, 'en');
}

const oneSheet = (rows: string, tail = '') => {
  const parts = xlsxParts([{ name: 'Dati', rows }]);
  parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'].replace('</sheetData>', `</sheetData>${tail}`);
  return zipOf(parts);
};

describe('referenceAreas', () => {
  it('finds cells, ranges, whole columns and rows, with their sheets, and skips text in quotes', () => {
    const areas = referenceAreas(`SUM('Obiettivo 1'!$B$2:$C$11)+Dati!A:C+COUNT(2:5)+LEN("A1:Z99")+TRG_OBJ5_DEGREE+LOG10(4)`);
    expect(areas.map(({ sheet, reference, rows, columns, whole }) => ({ sheet, reference, rows, columns, whole }))).toEqual([
      { sheet: 'Obiettivo 1', reference: 'B2:C11', rows: 10, columns: 2, whole: null },
      { sheet: 'Dati', reference: 'A:C', rows: 1_048_576, columns: 3, whole: 'columns' },
      { sheet: null, reference: '2:5', rows: 4, columns: 16_384, whole: 'rows' },
    ]);
    expect(referenceAreas('XFE1')[0].outside).toBe(true);
    expect(referenceAreas('A1048577')[0].outside).toBe(true);
  });
});

describe('readXlsx within the limits', () => {
  it('refuses a formula whose range the engine would build cell by cell, naming the cell', async () => {
    expect(await refusal(xlsxWithFormula('SUM(A1:XFD1048576)'))).toBe(
      "'Dati'!B1: the range A1:XFD1048576 covers 17,179,869,184 cells, too many to calculate (all ranges together may cover 500,000)",
    );
  });

  it('refuses merges and names ExcelJS would expand into cells, and addresses off the grid', async () => {
    expect(await refusal(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))).toMatch(
      /^xl\/worksheets\/sheet1\.xml: the range A1:XFD1048576 covers 17,179,869,184 cells, over the 250,000/,
    );
    const name = zipOf(xlsxParts([{ name: 'Dati', rows: '' }], '<definedName name="Tutto">Dati!$A$1:$J$100000</definedName>'));
    expect(await refusal(name)).toMatch(/^xl\/workbook\.xml: the range A1:J100000 covers 1,000,000 cells/);
    expect(await refusal(oneSheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toMatch(/the reference XFE1 is outside Excel's sheet/);
    expect(await refusal(oneSheet('<row r="2000000"><c r="A2000000"><v>1</v></c></row>'))).toMatch(/is outside Excel's sheet/);
  });

  it('stops a part that inflates past the size it declares at that size (zlib, as the command line inflates), and a damaged one', async () => {
    const bomb = rawZip([bombEntry('xl/workbook.xml', '<workbook>', 95, 10_000)]);
    const started = performance.now();
    expect(await refusal(bomb)).toMatch(/^the zip archive is damaged/);
    expect(performance.now() - started).toBeLessThan(1000);
    const damaged = rawZip([{ ...bombEntry('xl/workbook.xml', '<workbook>', 1), deflated: Buffer.from([0xff, 0xff, 0xff, 0xff]) }]);
    expect(await refusal(damaged)).toMatch(/^the zip archive is damaged/);
  });

  it('refuses more cells than the limit, counted while the sheet inflates', async () => {
    const rows = Array.from({ length: 25_000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>1</v></c>`).join('')}</row>`);
    expect(await refusal(oneSheet(rows.join('')))).toBe('the workbook holds more than 250,000 cells');
  });

  it('reads a lone cell at the far corner of the sheet at once (no object for every position before it)', async () => {
    const started = performance.now();
    const read = await readXlsx(oneSheet('<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>'));
    expect(read.image.sheets[0].cells).toEqual([{ row: 1_048_575, col: 16_383, value: 7 }]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
