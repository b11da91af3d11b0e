// The task pane's workbook operations, each one src/excel operation (a single batch): no Office.js here.
import {
  activateSheet,
  buildObjectives,
  checkWorkbook,
  generateSummary,
  listObjectives,
  readObjectives,
  readWorkbookSettings,
  selectCell,
  writeWorkbookSettings,
  ExcelOperationError,
} from '../../excel';
import { msg } from '../../core/messages';
import type { WorkbookServices } from './types';

export function excelServices(): WorkbookServices {
  return {
    listObjectives: () => listObjectives(),
    async readObjective(number) {
      const reading = (await readObjectives()).objectives.find((candidate) => candidate.objective.number === number);
      if (!reading) throw new ExcelOperationError('ItemNotFound', msg('excel.objectiveMissing', { number }));
      return reading.objective;
    },
    async buildObjectives(objectives, options = {}) {
      // The pane takes the user to what it made, as Excel shows a sheet just created.
      const result = await buildObjectives(objectives, {
        onProgress: options.onProgress,
        settings: options.settings,
        activate: true,
      });
      const objectiveSheets = result.sheets.filter((sheet) => sheet.key.startsWith('objective:'));
      return { sheets: objectiveSheets.map((sheet) => sheet.sheet) };
    },
    checkWorkbook: () => checkWorkbook(),
    selectCell: (sheet, address) => selectCell(sheet, address),
    activateSheet: (sheet) => activateSheet(sheet),
    async generateSummary(settings, onProgress) {
      const result = await generateSummary({ settings, onProgress, activate: true });
      const { figures } = result;
      return {
        sheet: result.sheet,
        renamed: result.renamed,
        counts: figures.counts,
        overallDegree: figures.overallDegree,
        fundTotal: figures.fundTotal,
        allocated: figures.allocated,
        payable: figures.payable,
        remainder: figures.remainder,
        errors: figures.errors,
      };
    },
    async readRelazione(onProgress) {
      const reading = await readObjectives();
      // The Riepilogo regenerated with the workbook's own settings: the document's figures are the sheet's.
      const summary = await generateSummary({ onProgress });
      return { reading, figures: summary.figures };
    },
    readSettings: () => readWorkbookSettings(),
    writeSettings: (settings) => writeWorkbookSettings(settings),
  };
}
