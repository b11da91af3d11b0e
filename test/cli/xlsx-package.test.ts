// The .xlsx written a sheet at a time: a sheet added after later ones keeps its place, and a package of more parts
// than a plain zip can count (21,000 objectives) still opens.
import JSZip from 'jszip';
import { emptySheet, readXlsx, XlsxPackageWriter, type ImageSheet } from '../../src/engine/xlsx';
import { ZipPackage } from '../../src/engine/xlsx/zip-package';

function sheetWith(name: string, text: string): ImageSheet {
  return { ...emptySheet(name), cells: [{ row: 0, col: 0, value: text }] };
}

describe('the .xlsx written a sheet at a time', () => {
  it('keeps the tab order when a sheet is rendered after the ones behind it', async () => {
    const writer = new XlsxPackageWriter();
    const first = writer.reserve();
    writer.addSheet(sheetWith('Obiettivo 1', 'uno'));
    writer.addSheet(sheetWith('Riepilogo', 'totali'), { consumeCells: true }, first);
    const { image } = await readXlsx(await writer.finish([{ name: 'TRG_TOTAL', formula: '=Riepilogo!$A$1' }]));
    expect(image.sheets.map((sheet) => [sheet.name, sheet.cells[0]?.value])).toEqual([
      ['Riepilogo', 'totali'],
      ['Obiettivo 1', 'uno'],
    ]);
    expect(image.names).toEqual([{ name: 'TRG_TOTAL', formula: '=Riepilogo!$A$1' }]);
  });

  it('writes a package of more than 65,535 parts that a zip reader opens whole', async () => {
    const zip = new ZipPackage();
    for (let part = 0; part < 70_000; part++) zip.add(`part${part}.xml`, `<p n="${part}"/>`);
    const read = await JSZip.loadAsync(zip.bytes(['part69999.xml']));
    expect(Object.keys(read.files)).toHaveLength(70_000);
    expect(Object.keys(read.files)[0]).toBe('part69999.xml');
    expect(await read.file('part12345.xml')?.async('string')).toBe('<p n="12345"/>');
  });
});
