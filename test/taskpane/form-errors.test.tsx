/** @jest-environment jsdom */
// A form that cannot be written lists every reason under one warning and writes nothing; fixed, the reason goes away.
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TaskpaneRoot } from '../../src/taskpane/TaskpaneRoot';
import { emptyFakeWorkbook, fakeServices, type FakeWorkbook } from './fake-services';

function renderWith(workbook: FakeWorkbook): void {
  render(<TaskpaneRoot displayLanguage="it-IT" dark={null} services={fakeServices(workbook)} />);
}

test('a new objective without title and indicator name is refused with both reasons', async () => {
  const workbook = emptyFakeWorkbook();
  renderWith(workbook);
  const newObjective = await screen.findByRole('button', { name: 'Nuovo obiettivo' });
  await waitFor(() => expect(newObjective).toHaveProperty('disabled', false)); // enabled once the list is read
  fireEvent.click(newObjective);
  fireEvent.click(await screen.findByRole('button', { name: 'Crea il foglio' }));

  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText('Da correggere prima di scrivere')).toBeTruthy();
  expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(
    expect.arrayContaining(['Manca il titolo.', 'Indicatore 1: manca il nome.']),
  );
  expect(workbook.objectives).toEqual([]);

  fireEvent.change(screen.getByRole('textbox', { name: 'Titolo' }), { target: { value: 'Sportello unico' } });
  fireEvent.click(screen.getByRole('button', { name: 'Crea il foglio' }));
  const reasons = within(await screen.findByRole('alert')).getAllByRole('listitem').map((item) => item.textContent);
  expect(reasons).not.toContain('Manca il titolo.');
  expect(reasons).toContain('Indicatore 1: manca il nome.');
});

test('summary options that are not numbers are refused before anything is generated', async () => {
  renderWith(emptyFakeWorkbook());
  fireEvent.click(await screen.findByRole('tab', { name: 'Riepilogo' }));
  fireEvent.change(await screen.findByRole('textbox', { name: 'Risorse per obiettivi (€)' }), { target: { value: 'molti' } });
  fireEvent.click(screen.getByRole('button', { name: 'Genera il riepilogo' }));

  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText('Da correggere prima di scrivere')).toBeTruthy();
  expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Risorse per obiettivi (€): "molti" non è un numero.']);
});
