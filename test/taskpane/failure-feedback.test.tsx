/** @jest-environment jsdom */
// A failed write shows a MessageBar with the reason and what was already written; the button is usable again.
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TaskpaneRoot } from '../../src/taskpane/TaskpaneRoot';
import { emptyFakeWorkbook, fakeServices } from './fake-services';

test('an import that fails half-way says why and which sheets were already written', async () => {
  const workbook = emptyFakeWorkbook();
  workbook.failBuildAfter = { count: 2, error: new Error('Limite di memoria di Excel raggiunto') };
  render(<TaskpaneRoot displayLanguage="it-IT" dark={null} services={fakeServices(workbook)} />);

  fireEvent.click(await screen.findByRole('tab', { name: 'Importa' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Carica esempio 2022' }));
  const confirm = await screen.findByRole('button', { name: 'Conferma e crea 11 fogli' });
  fireEvent.click(confirm);

  const alert = await screen.findByText(/Limite di memoria di Excel raggiunto/);
  expect(alert.textContent).toContain('Già scritto nella cartella di lavoro: Obiettivo 1, Obiettivo 2.');
  await waitFor(() => expect(screen.getByRole('button', { name: 'Conferma e crea 11 fogli' })).toHaveProperty('disabled', false));
});
