// The task pane's workbook operations, each one src/excel operation (a single batch) on the Excel given: no Office.js here.
import {
  activateSheet,
  buildObjectives,
  checkWorkbook,
  findUnevaluatedPerf,
  generateMonitoring,
  generateSummary,
  listObjectives,
  readObjectives,
  readWorkbookSettings,
  recalculatePerf,
  selectCell,
  writeWorkbookSettings,
  ExcelOperationError,
  type BatchRunner,
} from '../../excel';
import { msg } from '../../core/messages';
import type { WorkbookServices } from './types';

/** The services over `excel`: Office's in the pane (office-host.ts), the emulator's in the workbench and the tests. */
export function excelServices(excel: BatchRunner): WorkbookServices {
  return {
    listObjectives: () => listObjectives(excel),
    async readObjective(number) {
      const reading = (await readObjectives(excel)).objectives.find((candidate) => candidate.objective.number === number);
      if (!reading) throw new ExcelOperationError('ItemNotFound', msg('excel.objectiveMissing', { number }));
      return reading.objective;
    },
    async buildObjectives(objectives, options = {}) {
      // The pane takes the user to what it made, as Excel shows a sheet just created.
      const result = await buildObjectives(excel, objectives, {
        onProgress: options.onProgress,
        settings: options.settings,
        activate: true,
      });
      const objectiveSheets = result.sheets.filter((sheet) => sheet.key.startsWith('objective:'));
      return { sheets: objectiveSheets.map((sheet) => sheet.sheet) };
    },
    checkWorkbook: () => checkWorkbook(excel),
    selectCell: (sheet, address) => selectCell(excel, sheet, address),
    activateSheet: (sheet) => activateSheet(excel, sheet),
    async generateSummary(settings, onProgress) {
      const result = await generateSummary(excel, { settings, onProgress, activate: true });
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
        coverage: result.coverage,
      };
    },
    async readRelazione(onProgress) {
      const reading = await readObjectives(excel);
      // The Riepilogo regenerated with the workbook's own settings: the document's figures are the sheet's.
      const summary = await generateSummary(excel, { onProgress });
      return { reading, figures: summary.figures };
    },
    readSettings: () => readWorkbookSettings(excel),
    writeSettings: (settings) => writeWorkbookSettings(excel, settings),
    async generateMonitoring(onProgress) {
      const result = await generateMonitoring(excel, { onProgress, activate: true });
      return { sheet: result.sheet, renamed: result.renamed, counts: result.counts };
    },
    readWorkbook: () => readObjectives(excel),
    findUnevaluatedPerf: () => findUnevaluatedPerf(excel),
    async recalculatePerf() {
      return { reentered: (await recalculatePerf(excel)).reentered };
    },
  };
}
