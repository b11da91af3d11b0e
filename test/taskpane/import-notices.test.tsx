/** @jest-environment jsdom */
// What Importa says of a picked file besides its objectives: the encoding it was read in (a CSV saved by Italian Excel,
// "CSV (delimitato dal separatore di elenco)", is Windows-1252, read with its accents and € whole), and the monitoring
// points the sheets will not show.
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

test('a JSON with two monitoring points on one indicator: the preview says which one the sheet shows', async () => {
  pane = await renderPane('it-IT');
  const report = {
    title: 'Relazione 2023',
    year: 2023,
    objectives: [{ number: 9, title: 'Eventi', indicators: [{ name: 'eventi organizzati', target: '>= 8', monitoring: [{ date: '2023-03-31', value: 1 }, { date: '2023-06-30', value: 2 }] }] }],
  };
  fireEvent.click(screen.getByRole('tab', { name: 'Importa' }));
  fireEvent.click(screen.getByRole('radio', { name: 'File JSON (schema relazione-2022)' }));
  fireEvent.change(screen.getByLabelText(/^File da importare/), { target: { files: [new File([JSON.stringify(report)], 'relazione-2023.json', { type: 'application/json' })] } });
  const preview = await screen.findByRole('region', { name: 'Anteprima: nulla è ancora scritto' }, { timeout: 30_000 });
  expect(
    within(preview).getByText('Obiettivo 9, indicatore "eventi organizzati": 2 punti di monitoraggio; il foglio mostra quello al 30/06/2023, gli altri restano solo nel file importato'),
  ).toBeTruthy();
});
