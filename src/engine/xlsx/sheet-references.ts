// Whether anything else in a workbook image may read a sheet's cells: judged on the formula texts, so a mention of
// the sheet's name anywhere (a reference, a string literal) counts, and so does a name or table that leads to it.
import type { WorkbookImage } from './image';

/** The words that would lead a formula to the sheet: its name as written in references, and names over it. */
function waysIn(image: WorkbookImage, sheetName: string): string[] {
  const lower = sheetName.toLowerCase();
  const ways = [lower, lower.replace(/'/g, "''")];
  const sheet = image.sheets.find((candidate) => candidate.name.toLowerCase() === lower);
  for (const table of sheet?.tables ?? []) ways.push(table.name.toLowerCase());
  // A name over the sheet, or over such a name, leads there too: repeat until no name is added.
  const names = image.names.map((name) => ({ name: name.name.toLowerCase(), formula: name.formula.toLowerCase() }));
  const leading = new Set<string>();
  for (let added = true; added; ) {
    added = false;
    for (const name of names) {
      if (leading.has(name.name) || !ways.some((way) => name.formula.includes(way))) continue;
      leading.add(name.name);
      ways.push(name.name);
      added = true;
    }
  }
  return ways;
}

/** True unless no formula of another sheet, no conditional format elsewhere and no name can reach `sheetName`'s cells. */
export function sheetMayBeRead(image: WorkbookImage, sheetName: string): boolean {
  const ways = waysIn(image, sheetName);
  const reaches = (formula: string) => {
    const lower = formula.toLowerCase();
    return ways.some((way) => lower.includes(way));
  };
  for (const sheet of image.sheets) {
    if (sheet.name.toLowerCase() === sheetName.toLowerCase()) continue;
    for (const cell of sheet.cells) if (cell.formula !== undefined && reaches(cell.formula)) return true;
    for (const format of sheet.conditionalFormats) {
      const { rule } = format;
      const texts = rule.kind === 'Custom' ? [rule.formula] : rule.kind === 'CellValue' ? [rule.formula1, rule.formula2 ?? ''] : [rule.text];
      if (texts.some(reaches)) return true;
    }
  }
  return false;
}
