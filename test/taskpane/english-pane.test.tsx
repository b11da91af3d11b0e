/** @jest-environment jsdom */
// The pane in English: the import preview's items and the Verifica problems come from the catalogue in English,
// each import item under its field's label, never the model's path.
import { fireEvent, screen, within } from '@testing-library/react';
import { renderPane, type RenderedPane } from './render-pane';

jest.setTimeout(60_000);

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.view.unmount();
  pane = null;
});

test('English pane: import items and Verifica problems are in English', async () => {
  pane = await renderPane('en-GB');
  fireEvent.click(screen.getByRole('tab', { name: 'Import' }));
  fireEvent.click(screen.getByRole('button', { name: 'Load 2022 example' }));
  const preview = await screen.findByRole('region', { name: 'Preview: nothing written yet' }, { timeout: 30_000 });
  // Objective 7 writes its ratio 3.1296/3.196: the item names the field as a person would, and says why in English.
  const item = within(preview).getByText(/^Indicator 1, result: /);
  expect(item.textContent).toMatch(/^Indicator 1, result: Result "3\.1296\/3\.196" cannot be read: Ambiguous number "3\.1296": a thousands group has 4 digits/);
  expect(preview.textContent).not.toMatch(/indicators\[0\]|non interpretabile|Numero ambiguo/);

  fireEvent.click(within(preview).getByRole('button', { name: 'Confirm and create 11 sheets' }));
  await screen.findByText('11 objective sheets created or updated.', undefined, { timeout: 30_000 });
  fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
  fireEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
  const group = await screen.findByRole('region', { name: /^Objective 7: / }, { timeout: 30_000 });
  expect(within(group).getByRole('button', { name: /3\.1296\/3\.196.*does not match the stated 100%/ })).toBeTruthy();
  expect(group.textContent).toMatch(/Objective 7, indicator "/);
  expect(group.textContent).not.toMatch(/Obiettivo 7, indicatore|non corrisponde/);
});

test('a notice on screen follows the pane into the other language', async () => {
  pane = await renderPane('it-IT');
  fireEvent.click(screen.getByRole('tab', { name: 'Importa' }));
  fireEvent.click(screen.getByRole('button', { name: 'Carica esempio 2022' }));
  const preview = await screen.findByRole('region', { name: 'Anteprima: nulla è ancora scritto' }, { timeout: 30_000 });
  fireEvent.click(within(preview).getByRole('button', { name: 'Conferma e crea 11 fogli' }));
  await screen.findByText('Creati o aggiornati 11 fogli obiettivo.', undefined, { timeout: 30_000 });

  fireEvent.change(screen.getByRole('combobox', { name: 'Lingua' }), { target: { value: 'en' } });
  await screen.findByText('11 objective sheets created or updated.', undefined, { timeout: 30_000 });
  expect(screen.queryByText('Creati o aggiornati 11 fogli obiettivo.')).toBeNull();
});
