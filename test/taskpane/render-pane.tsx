// Test support: the real task pane (excelServices over src/excel) against a fresh emulated workbook bound to the Excel global.
import * as React from 'react';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import '../../src/engine/functions-metadata-node';
import { createExcelEmulator, type ExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula } from '../../src/engine/hyperformula';
import { TaskpaneRoot } from '../../src/taskpane/TaskpaneRoot';
import { excelServices } from '../../src/taskpane/services/excel-services';

export interface RenderedPane {
  emu: ExcelEmulator;
  view: RenderResult;
  restore(): void;
}

/**
 * Renders the pane in Office's `displayLanguage` once `prepare` has filled the workbook (as an analyst's file
 * would be), and waits until the pane has read the workbook (settings, then the objectives list).
 */
export async function renderPane(displayLanguage = 'it-IT', prepare?: (emu: ExcelEmulator) => Promise<void>): Promise<RenderedPane> {
  const emu = createExcelEmulator({ hyperformula: createPerfHyperFormula() });
  const restore = emu.install();
  if (prepare) await prepare(emu);
  const view = render(<TaskpaneRoot displayLanguage={displayLanguage} dark={false} services={excelServices()} />);
  await screen.findAllByRole('tab', undefined, { timeout: 20_000 });
  await waitFor(() => expect(screen.queryAllByRole('progressbar')).toHaveLength(0), { timeout: 20_000 });
  return { emu, view, restore };
}

/** Names of the sheets the add-in tagged as objective sheets. */
export function objectiveSheets(emu: ExcelEmulator): string[] {
  return emu.sheetNames().filter((name) => (emu.customProperties(name).traguardo ?? '').includes('"objective"'));
}

/** The address of the selected range, read as the add-in would. */
export async function selectedAddress(): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    return range.address;
  });
}
