// Test support: a fresh emulated workbook with the PERF functions, the manifest's requirement sets and the runner
// src/excel's operations take, and a dump of everything a user could see in it (to compare two workbooks).
import '../../src/engine/functions-metadata-node';
import { createExcelEmulator, type ExcelEmulator, type ExcelEmulatorOptions } from '@traguardo/excel-emulator';
import { createPerfHyperFormula } from '../../src/engine/hyperformula';
import { batchRunner, type BatchRunner } from '../../src/excel';
import { manifestApiSets } from '../support/manifest-sets';

export interface EmulatedWorkbook {
  emu: ExcelEmulator;
  /** The emulator as src/excel's operations take it. */
  excel: BatchRunner;
}

/** By default the oldest Excel the manifest admits; `apiSets: CURRENT_EXCEL` for the paths behind a run-time check. */
export function emulatedWorkbook(options: Omit<ExcelEmulatorOptions, 'hyperformula'> = {}): EmulatedWorkbook {
  const emu = createExcelEmulator({ apiSets: manifestApiSets(), ...options, hyperformula: createPerfHyperFormula() });
  return { emu, excel: batchRunner(emu) };
}

/** Every sheet's cells (values, formulas, formats), layout, tags, tables, names, charts and rules. */
export function dumpWorkbook(emu: ExcelEmulator): unknown {
  return {
    sheets: emu.sheets().map((sheet) => {
      const used = emu.usedRange(sheet.name);
      const { id: _id, active: _active, ...info } = sheet;
      return {
        ...info,
        customProperties: emu.customProperties(sheet.name),
        layout: emu.layout(sheet.name),
        cells: used ? emu.cells(sheet.name, used.address) : [],
        // Object ids are new whenever Excel recreates an object; what it shows is the rest.
        charts: emu.charts(sheet.name).map(({ id: _chart, ...chart }) => chart),
        conditionalFormats: emu.conditionalFormats(sheet.name).map(({ id: _rule, ...rule }) => rule),
      };
    }),
    tables: emu.tables().map(({ id: _table, ...table }) => table),
    names: emu.names(),
  };
}

/** The computed value of a cell. */
export function valueOf(emu: ExcelEmulator, sheet: string, address: string): unknown {
  return emu.cell(sheet, address).value;
}
