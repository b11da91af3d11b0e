/** @jest-environment jsdom */
// Verifica lists an objective sheet deleted in Excel by its objective, as the summary does (objective-record.ts), and
// the Riepilogo screen says how many of the recorded objectives its totals count.
import { fireEvent, screen } from '@testing-library/react';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import { buildObjectives, type BatchRunner } from '../../src/excel';
import { renderPane, type RenderedPane } from './render-pane';

jest.setTimeout(60_000);

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.view.unmount();
  pane = null;
});

const objective = (number: number) => ({ number, title: `Obiettivo di prova ${number}`, planReferences: [], indicators: [{ name: 'Pratiche evase', target: '>= 10' }] });

const withThirdSheetDeleted = async (emu: ExcelEmulator, excel: BatchRunner) => {
  await buildObjectives(excel, [objective(1), objective(2), objective(3)]);
  await emu.Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Obiettivo 3').delete();
    await context.sync();
  });
};

test('Verifica names the objective whose sheet was deleted', async () => {
  pane = await renderPane('it-IT', withThirdSheetDeleted);
  fireEvent.click(await screen.findByRole('tab', { name: 'Verifica' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verifica la cartella di lavoro' }));
  expect(await screen.findByText(/Obiettivo 3: la cartella lo registra \(foglio "Traguardo", cella H4\) ma nessun foglio lo porta/, undefined, { timeout: 30_000 })).toBeTruthy();
});

test('the Riepilogo screen counts 2 of the 3 recorded objectives, in the pane\'s language', async () => {
  pane = await renderPane('it-IT', withThirdSheetDeleted);
  fireEvent.click(await screen.findByRole('tab', { name: 'Riepilogo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Genera il riepilogo' }));
  expect(await screen.findByText('Obiettivi contati nei totali: 2 di 3 registrati nella cartella (i mancanti sono tra i problemi)', undefined, { timeout: 30_000 })).toBeTruthy();
});

test('in English the same line reads "2 of the 3"', async () => {
  pane = await renderPane('en-US', withThirdSheetDeleted);
  fireEvent.click(await screen.findByRole('tab', { name: 'Summary' }));
  fireEvent.click(screen.getByRole('button', { name: 'Generate the summary' }));
  expect(await screen.findByText('Objectives the totals count: 2 of the 3 the workbook records (the missing ones are among the problems)', undefined, { timeout: 30_000 })).toBeTruthy();
});
