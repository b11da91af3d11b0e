// Test support: the real task pane (excelServices over src/excel) against a fresh emulated workbook with the manifest's sets.
import * as React from 'react';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import '../../src/engine/functions-metadata-node';
import { createExcelEmulator, type ExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula } from '../../src/engine/hyperformula';
import { batchRunner, type BatchRunner } from '../../src/excel';
import { TaskpaneRoot } from '../../src/taskpane/TaskpaneRoot';
import { excelServices } from '../../src/taskpane/services/excel-services';
import { manifestApiSets } from '../support/manifest-sets';

export interface RenderedPane {
  emu: ExcelEmulator;
  /** The emulator as src/excel's operations take it (the pane's services run on it). */
  excel: BatchRunner;
  view: RenderResult;
}

/**
 * Renders the pane in Office's `displayLanguage` once `prepare` has filled the workbook (as an analyst's file
 * would be), and waits until the pane has read the workbook (settings, then the objectives list).
 */
export async function renderPane(displayLanguage = 'it-IT', prepare?: (emu: ExcelEmulator, excel: BatchRunner) => Promise<void>): Promise<RenderedPane> {
  const emu = createExcelEmulator({ hyperformula: createPerfHyperFormula(), apiSets: manifestApiSets() });
  const excel = batchRunner(emu);
  if (prepare) await prepare(emu, excel);
  const view = render(<TaskpaneRoot displayLanguage={displayLanguage} dark={false} services={excelServices(excel)} />);
  await screen.findAllByRole('tab', undefined, { timeout: 20_000 });
  await waitFor(() => expect(screen.queryAllByRole('progressbar')).toHaveLength(0), { timeout: 20_000 });
  return { emu, excel, view };
}

/** Names of the sheets the add-in tagged as objective sheets: on the manifest's Excel, by their named items (TRG_OBJ5_STATUS). */
export function objectiveSheets(emu: ExcelEmulator): string[] {
  const tagged = new Set(emu.names().flatMap((item) => (/^TRG_OBJ\d+_STATUS$/.test(item.name) ? [/^='?(.*?)'?!/.exec(item.formula)?.[1]?.replace(/''/g, "'")] : [])));
  return emu.sheetNames().filter((name) => tagged.has(name));
}

/** The address of the selected range, read as the add-in would. */
export async function selectedAddress(emu: ExcelEmulator): Promise<string> {
  return emu.Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    return range.address;
  });
}
