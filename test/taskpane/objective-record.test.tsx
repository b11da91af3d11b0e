/** @jest-environment jsdom */
// Verifica lists an objective sheet deleted in Excel by its objective, as the summary does (objective-record.ts).
import { fireEvent, screen } from '@testing-library/react';
import { buildObjectives } from '../../src/excel';
import { renderPane, type RenderedPane } from './render-pane';

jest.setTimeout(60_000);

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.view.unmount();
  pane = null;
});

const objective = (number: number) => ({ number, title: `Obiettivo di prova ${number}`, planReferences: [], indicators: [{ name: 'Pratiche evase', target: '>= 10' }] });

test('Verifica names the objective whose sheet was deleted', async () => {
  pane = await renderPane('it-IT', async (emu, excel) => {
    await buildObjectives(excel, [objective(1), objective(2), objective(3)]);
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Obiettivo 3').delete();
      await context.sync();
    });
  });
  fireEvent.click(await screen.findByRole('tab', { name: 'Verifica' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verifica la cartella di lavoro' }));
  expect(await screen.findByText(/Obiettivo 3: la cartella lo registra \(foglio "Traguardo", cella H4\) ma nessun foglio lo porta/, undefined, { timeout: 30_000 })).toBeTruthy();
});
