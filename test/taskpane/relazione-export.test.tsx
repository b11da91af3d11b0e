/** @jest-environment jsdom */
// Riepilogo → "Genera la Relazione (.docx)" in the real pane against the emulated workbook: the document is built in
// the pane and downloaded; where the host refuses downloads, "Copia tabelle" puts its tables on the clipboard.
import { fireEvent, screen } from '@testing-library/react';
import mammoth from 'mammoth';
import { readFileSync } from 'fs';
import path from 'path';
import { buildReport, type BatchRunner } from '../../src/excel';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import { parseReportJsonText } from '../../src/import/report-json';
import { blobBytes, captureDownload, forgetDownloads } from './browser-download';
import { renderPane, type RenderedPane } from './render-pane';

jest.setTimeout(60_000);

const EXAMPLE = path.resolve(__dirname, '../../examples/relazione-2022.json');
const build2022 = async (_emu: ExcelEmulator, excel: BatchRunner) => {
  await buildReport(excel, parseReportJsonText(readFileSync(EXAMPLE, 'utf8')).report);
};

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.view.unmount();
  pane = null;
  forgetDownloads();
});

async function generate(): Promise<void> {
  pane = await renderPane('it-IT', build2022);
  fireEvent.click(screen.getByRole('tab', { name: 'Riepilogo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Genera la Relazione (.docx)' }));
}

test('the document is built in the pane and saved through the browser download', async () => {
  const saved = captureDownload();
  await generate();

  await screen.findByText(/^relazione-2022\.docx è stato scaricato, con \d+ punti "da verificare" segnati nel documento\. Se il download non è partito/, undefined, { timeout: 30_000 });
  expect(saved.name).toBe('relazione-2022.docx');
  expect(saved.blob?.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const text = (await mammoth.extractRawText({ buffer: await blobBytes(saved.blob!) })).value;
  expect(text).toContain('OBIETTIVO N. 11');
  expect(text).toContain('Riepilogo');
  // The Riepilogo the figures come from was generated with the workbook's settings.
  expect(pane!.emu.sheetNames()).toContain('Riepilogo');
  expect(screen.getByRole('button', { name: 'Copia tabelle' })).toBeTruthy();
});

test('where downloads are refused, it says so and "Copia tabelle" puts the tables on the clipboard as HTML', async () => {
  // jsdom, like a host without downloads, has no URL.createObjectURL.
  await generate();
  await screen.findByText(/Questo Excel non permette di scaricare file dal riquadro/, undefined, { timeout: 30_000 });

  const clipboard = new Map<string, string>();
  const execCommand = jest.fn((command: string) => {
    const event = Object.assign(new Event('copy', { cancelable: true }), { clipboardData: { setData: (type: string, value: string) => clipboard.set(type, value) } });
    document.dispatchEvent(event);
    return command === 'copy';
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  fireEvent.click(screen.getByRole('button', { name: 'Copia tabelle' }));
  await screen.findByText(/Tabelle copiate: il riepilogo e gli indicatori di ogni obiettivo/);
  expect(execCommand).toHaveBeenCalledWith('copy');
  expect(clipboard.get('text/html')).toMatch(/^<!DOCTYPE html>[\s\S]*OBIETTIVO N\. 1<\/h3><h4[^>]*>MIGLIORAMENTO NEI TEMPI DI PAGAMENTO[^<]*<\/h4><table /);
  expect(clipboard.get('text/html')).toContain('Valutazione OIV (su 100)');
  expect(clipboard.get('text/plain')).toContain('Indicatore\tTarget\tRisultato\tGrado');
});
