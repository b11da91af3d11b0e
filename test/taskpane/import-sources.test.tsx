/** @jest-environment jsdom */
// Importa from each source: the report's text (pasted, .docx), a CSV of indicators, and a file that is not a report.
import { readFileSync } from 'fs';
import path from 'path';
import { fireEvent, screen, within } from '@testing-library/react';
import { buildDocx } from '../report-text/docx-fixture';
import { objectiveSheets, renderPane, type RenderedPane } from './render-pane';

jest.setTimeout(60_000);

const examples = path.resolve(__dirname, '../../examples');
const seed = readFileSync(path.join(examples, 'relazione-performance-2022.txt'), 'utf8');

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.view.unmount();
  pane = null;
});

function chooseSource(name: string): void {
  fireEvent.click(screen.getByRole('tab', { name: 'Importa' }));
  fireEvent.click(screen.getByRole('radio', { name }));
}

function pickFile(file: File): void {
  fireEvent.change(screen.getByLabelText(/^File da importare/), { target: { files: [file] } });
}

async function previewRegion(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Anteprima: nulla è ancora scritto' }, { timeout: 30_000 });
}

test('Da testo della Relazione: pasted text is previewed with what is to complete, then written on confirm', async () => {
  pane = await renderPane('it-IT');
  chooseSource('Da testo della Relazione');
  fireEvent.change(screen.getByLabelText('Oppure incolla qui il testo della Relazione'), { target: { value: seed } });
  fireEvent.click(screen.getByRole('button', { name: 'Analizza il testo' }));
  const preview = await previewRegion();
  expect(within(preview).getByText(/^Verranno creati 11 fogli obiettivo/)).toBeTruthy();
  expect(within(preview).getByText(/^8\. /)).toBeTruthy();
  // The parser lists what it could not pair instead of inventing it.
  expect(within(preview).queryAllByText(/^Da completare \(\d+\)$/).length).toBeGreaterThan(0);
  expect(objectiveSheets(pane.emu)).toEqual([]);

  fireEvent.click(within(preview).getByRole('button', { name: 'Conferma e crea 11 fogli' }));
  await screen.findByText('Creati o aggiornati 11 fogli obiettivo.', undefined, { timeout: 30_000 });
  expect(objectiveSheets(pane.emu)).toHaveLength(11);
});

test('Da testo della Relazione: a .docx is read in the pane and gives the same 11 objectives', async () => {
  pane = await renderPane('it-IT');
  chooseSource('Da testo della Relazione');
  const docx = await buildDocx(seed);
  pickFile(new File([docx], 'relazione-2022.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  const preview = await previewRegion();
  expect(within(preview).getByText(/^Verranno creati 11 fogli obiettivo/)).toBeTruthy();
  expect(within(preview).getByText(/^1\. MIGLIORAMENTO NEI TEMPI DI PAGAMENTO/)).toBeTruthy();
});

test('a damaged .docx gets a clear message naming the file, and nothing is written', async () => {
  pane = await renderPane('it-IT');
  chooseSource('Da testo della Relazione');
  pickFile(new File(['questo non è un documento Word'], 'relazione.docx'));
  const alert = await screen.findByRole('alert', undefined, { timeout: 30_000 });
  expect(alert.textContent).toContain('relazione.docx');
  expect(screen.queryByRole('region', { name: 'Anteprima: nulla è ancora scritto' })).toBeNull();
  expect(objectiveSheets(pane.emu)).toEqual([]);
});

test('CSV of indicators: the example CSV previews the same 11 objectives', async () => {
  pane = await renderPane('it-IT');
  chooseSource('File CSV degli indicatori');
  pickFile(new File([readFileSync(path.join(examples, 'relazione-2022.csv'))], 'relazione-2022.csv', { type: 'text/csv' }));
  const preview = await previewRegion();
  expect(within(preview).getByText(/^Verranno creati 11 fogli obiettivo/)).toBeTruthy();
});

test('a JSON file that is not a report is refused with the file name and the reason', async () => {
  pane = await renderPane('en-GB');
  fireEvent.click(screen.getByRole('tab', { name: 'Import' }));
  fireEvent.change(screen.getByLabelText(/^File to import/), { target: { files: [new File(['[1, 2, 3]'], 'numbers.json')] } });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Cannot read "numbers.json": The file does not contain a report: it is a list');
  expect(objectiveSheets(pane.emu)).toEqual([]);
});
