// The commands that read a workbook (summary, report, monitor, next-year) load it without its number formats: they
// read values alone, and a formula computes the same without them. This checks that the reading and the figures are
// the same as with every format loaded, on the 2022 report (percentages, dates, amounts, yes/no).
import { cellAddress } from '@traguardo/excel-emulator';
import { readFileSync } from 'fs';
import path from 'path';
import { createCliEmulator } from '../../src/cli/engine';
import { readEmulatedWorkbook, readWorkbookImage } from '../../src/cli/workbook-file';
import { loadImageIntoEmulator } from '../../src/engine/xlsx';
import { loadFunctionsMetadata } from '../../src/engine/functions-metadata-node';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';

describe('a workbook read without its number formats', () => {
  it('gives the same reading and the same figures as read with them', async () => {
    const temp = temporaryFolder();
    try {
      const file = path.join(temp.folder, 'relazione-2022.xlsx');
      expect((await traguardo('build', EXAMPLE, '-o', file, '--quiet')).code).toBe(0);
      const { read, replaced } = await readWorkbookImage(readFileSync(file));
      const sheet = read.image.sheets.find((candidate) => candidate.cells.some((cell) => cell.numberFormat?.includes('%')))!;
      const percent = sheet.cells.find((cell) => cell.numberFormat?.includes('%'))!;
      const address = cellAddress(percent.row, percent.col);
      const formatsLoaded: string[] = [];
      const readWith = async (numberFormats: boolean) => {
        const emulator = createCliEmulator(() => loadFunctionsMetadata());
        await loadImageIntoEmulator(emulator, read.image, { styles: false, numberFormats, replacedSheet: replaced });
        formatsLoaded.push(emulator.cells(sheet.name, address)[0][0].numberFormat);
        return readEmulatedWorkbook(emulator, file);
      };
      const [withFormats, without] = [await readWith(true), await readWith(false)];
      // The option does leave them out: the percentage format is there only when asked for.
      expect(formatsLoaded).toEqual([percent.numberFormat, 'General']);
      expect(without.reading).toEqual(withFormats.reading);
      const seen = ({ summary }: typeof without) => ({ figures: summary.figures, coverage: summary.coverage, problems: summary.problems });
      expect(seen(without)).toEqual(seen(withFormats));
      expect(without.reading.objectives).toHaveLength(11);
    } finally {
      temp.remove();
    }
  });
});
