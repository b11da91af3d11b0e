// A package with one sheet's cells left out, for ExcelJS to read: the summary generated again never reads the old
// Riepilogo's cells, and parsing them was a fifth of reading a 1,000-objective file. Every other part is copied as
// stored, not inflated again; the sheet keeps its columns, views, rules and tables, only <sheetData> is emptied.
import { storedEntries } from '../../import/zip-limits';
import { inflateWithZlib } from './package-limits';
import { ZipPackage } from './zip-package';

/** `xml` with its sheetData emptied, or null when it has none to empty (written with a prefix, or already empty). */
function emptiedSheetData(xml: string): string | null {
  const start = xml.indexOf('<sheetData>');
  const end = xml.lastIndexOf('</sheetData>');
  if (start < 0 || end < start) return null;
  return `${xml.slice(0, start)}<sheetData/>${xml.slice(end + '</sheetData>'.length)}`;
}

/** The package `bytes` (already within the limits) with the cells of the sheet in `part` left out, or null when it cannot. */
export function packageWithoutCells(bytes: Uint8Array, part: string): Uint8Array | null {
  const entries = storedEntries(bytes);
  const sheet = entries.find((entry) => entry.name === part);
  if (sheet === undefined || (sheet.compression !== 0 && sheet.compression !== 8)) return null;
  const inflated = sheet.compression === 0 ? sheet.data : inflateWithZlib(sheet.data, sheet.size);
  const emptied = inflated === null ? null : emptiedSheetData(new TextDecoder().decode(inflated));
  if (emptied === null) return null;
  const zip = new ZipPackage();
  for (const entry of entries) {
    if (entry === sheet) zip.add(entry.name, emptied);
    else zip.addStored(entry.name, entry);
  }
  return zip.bytes();
}
