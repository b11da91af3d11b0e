/** @jest-environment jsdom */
// Verifica on a workbook whose PERF cells show #NOME? (entered before the add-in had loaded): one MessageBar says how
// many and where, and its button enters them again, after which Excel shows the results and the bar is gone.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import expected from '../../examples/relazione-2022.expected.json';
import { buildReport } from '../../src/excel';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { example2022 } from '../support/example-2022';
import { unevaluatePerf } from '../support/unevaluated-perf';
import { renderPane, type RenderedPane } from './render-pane';

jest.setTimeout(60_000);

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.view.unmount();
  pane = null;
});

const nine = expected.objectives.find((objective) => objective.number === 9)!;
const status = objectiveCells(nine.indicators.length).footer.status;

async function check(): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name: 'Verifica' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verifica la cartella di lavoro' }));
}

test('Verifica offers "Ricalcola le formule PERF" for the #NOME? cells, and the button makes Excel compute them', async () => {
  pane = await renderPane('it-IT', async (emu, excel) => {
    await buildReport(excel, example2022());
    await unevaluatePerf(emu, ['Obiettivo 9']);
  });
  const { emu } = pane;
  expect(emu.cell('Obiettivo 9', status).value).toBe('#NAME?');
  const shown = emu.cells('Obiettivo 9', emu.usedRange('Obiettivo 9')!.address).flat().filter((cell) => cell.value === '#NAME?').length;

  await check();
  const bar = (await screen.findByText(/mostrano #NOME\? \(Obiettivo 9\)/, undefined, { timeout: 20_000 })).closest('.fui-MessageBar') as HTMLElement;
  expect(bar.textContent).toContain(`${shown} celle con formule PERF mostrano #NOME? (Obiettivo 9)`);
  fireEvent.click(within(bar).getByRole('button', { name: 'Ricalcola le formule PERF' }));

  await screen.findByText(/^Reinserite \d+ formule PERF: Excel ora le calcola\.$/, undefined, { timeout: 20_000 });
  expect(emu.cell('Obiettivo 9', status).value).toBe(nine.status);
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Ricalcola le formule PERF' })).toBeNull());
});

test('a workbook whose PERF cells are all computed shows no such bar', async () => {
  pane = await renderPane('en-US', async (_emu, excel) => {
    await buildReport(excel, example2022());
  });
  fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
  fireEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
  await waitFor(() => expect(screen.queryAllByRole('progressbar')).toHaveLength(0), { timeout: 20_000 });
  await screen.findByText(/problems? in \d+ objectives?\.|No problems found\./, undefined, { timeout: 20_000 });
  expect(screen.queryByRole('button', { name: 'Recalculate PERF formulas' })).toBeNull();
});
