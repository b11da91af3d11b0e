/** @jest-environment jsdom */
// Importa says which encoding a picked file was read in: a CSV saved by Italian Excel ("CSV (delimitato dal separatore
// di elenco)", Windows-1252) is read with its accents and € whole, and the pane says it was not UTF-8.
import { fireEvent, screen, within } from '@testing-library/react';
import { renderPane, type RenderedPane } from './render-pane';

jest.setTimeout(60_000);

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.view.unmount();
  pane = null;
});

/** The bytes Windows-1252 gives these characters: Latin-1 for most, its own bytes for € and the en dash. */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const own: Record<string, number> = { '€': 0x80, '–': 0x96 };
  return Uint8Array.from([...text].map((char) => own[char] ?? char.charCodeAt(0)));
}

const CSV = ['N.;Obiettivo;Indicatore;Target;Risultato', '1;Qualità dei servizi – sportello unico (€ risparmiati);Pratiche evase entro 30 giorni;>= 90%;95%', ''].join('\r\n');

function pickCsv(bytes: Uint8Array<ArrayBuffer>, name: string): void {
  fireEvent.click(screen.getByRole('tab', { name: /^(Importa|Import)$/ }));
  fireEvent.click(screen.getByRole('radio', { name: /^(File CSV degli indicatori|CSV file of indicators)$/ }));
  fireEvent.change(screen.getByLabelText(/^(File da importare|File to import)/), { target: { files: [new File([bytes], name, { type: 'text/csv' })] } });
}

test('a Windows-1252 CSV: the title reads whole and the pane says the file was read as Windows-1252', async () => {
  pane = await renderPane('it-IT');
  pickCsv(windows1252(CSV), 'indicatori.csv');
  const preview = await screen.findByRole('region', { name: 'Anteprima: nulla è ancora scritto' }, { timeout: 30_000 });
  expect(within(preview).getByText(/^1\. Qualità dei servizi – sportello unico \(€ risparmiati\)/)).toBeTruthy();
  expect(screen.getByText('indicatori.csv: testo letto come Windows-1252 (non è UTF-8: la codifica del "CSV (delimitato dal separatore di elenco)" di Excel)')).toBeTruthy();
});

test('the same CSV in UTF-8, in the English pane: read as UTF-8', async () => {
  pane = await renderPane('en-GB');
  pickCsv(new TextEncoder().encode(CSV), 'indicators.csv');
  await screen.findByRole('region', { name: /^Preview/ }, { timeout: 30_000 });
  expect(screen.getByText('indicators.csv: text read as UTF-8')).toBeTruthy();
});
