/** @jest-environment jsdom */
// The task pane against the emulated workbook: what an analyst does on each screen, and what lands in Excel.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildObjectives } from '../../src/excel';
import { objectiveCells } from '../../src/workbook/objective-geometry';
import { objectiveSheets, renderPane, selectedAddress, type RenderedPane } from './render-pane';

jest.setTimeout(60_000);

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.view.unmount();
  pane = null;
});

const type = (element: HTMLElement, value: string): void => {
  fireEvent.change(element, { target: { value } });
};

/** Tab names as a screen reader announces them (Fluent repeats the label in a hidden reserved-space span). */
function expectTabs(names: string[]): void {
  expect(screen.getAllByRole('tab').map((tab) => tab.querySelector('.fui-Tab__content')?.textContent)).toEqual(names);
}

async function importExample(): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name: 'Importa' }));
  fireEvent.click(screen.getByRole('button', { name: 'Carica esempio 2022' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Conferma e crea 11 fogli' }));
  await screen.findByText('Creati o aggiornati 11 fogli obiettivo.', undefined, { timeout: 30_000 });
}

test('Nuovo obiettivo: the form shows how the target was understood and creates the sheet with live formulas', async () => {
  pane = await renderPane('it-IT');
  const { emu } = pane;
  await screen.findByText('Nessun obiettivo nella cartella di lavoro. Creane uno o usa Importa.');
  fireEvent.click(screen.getByRole('button', { name: 'Nuovo obiettivo' }));

  type(screen.getByLabelText(/^Titolo/), 'Seminari per le imprese');
  type(screen.getByLabelText(/^Riferimento Obiettivi Piano Performance/), 'C01.02 - Promuovere la formazione');
  type(screen.getByLabelText(/^Indicatore/, { selector: 'textarea' }), 'Numero di partecipanti');
  const target = screen.getByLabelText(/^Target/);
  type(target, 'almeno tanti');
  expect(await screen.findByText(/^Non compreso: /)).toBeTruthy();
  type(target, '>= 700');
  expect(await screen.findByText('Inteso come: ≥ 700')).toBeTruthy();
  type(screen.getByLabelText(/^Importo stanziato/), '1.500,50');

  fireEvent.click(screen.getByRole('button', { name: 'Crea il foglio' }));
  await screen.findByText('Creato il foglio "Obiettivo 1".', undefined, { timeout: 30_000 });

  expect(objectiveSheets(emu)).toEqual(['Obiettivo 1']);
  const cells = objectiveCells(1);
  expect(emu.cell('Obiettivo 1', cells.header.title).value).toBe('Seminari per le imprese');
  expect(emu.cell('Obiettivo 1', cells.header.allocatedAmount).value).toBe(1500.5);
  const row = cells.firstIndicatorRow;
  expect(emu.cell('Obiettivo 1', `${cells.columns.target}${row}`).value).toBe('>= 700');
  expect(emu.cell('Obiettivo 1', `${cells.columns.achieved}${row}`).formula).toMatch(/^=.*PERF\.ACHIEVED\(/);
  expect(emu.cell('Obiettivo 1', `${cells.columns.degree}${row}`).formula).toMatch(/^=.*PERF\.ACHIEVEMENT\(/);
  expect(emu.cell('Obiettivo 1', cells.footer.status).formula).toMatch(/PERF\.STATUS\(/);

  // The list shows it, and an analyst typing a result in Excel changes its status there.
  const list = await screen.findByRole('list', { name: 'Obiettivi' });
  expect(within(list).getByText('Obiettivo 1: Seminari per le imprese')).toBeTruthy();
  act(() => {
    emu.setCellInput('Obiettivo 1', `${cells.columns.actual}${row}`, '734');
  });
  fireEvent.click(screen.getByRole('button', { name: 'Aggiorna elenco' }));
  await waitFor(() => expect(within(list).getByText('Raggiunto')).toBeTruthy());
  expect(within(list).getByText('Grado finale 100%')).toBeTruthy();
});

test('editing an objective header rewrites the sheet header and keeps the results typed in Excel', async () => {
  const cells = objectiveCells(1);
  pane = await renderPane('it-IT', async (emu, excel) => {
    await buildObjectives(excel, [{ number: 4, title: 'Sportelli', planReferences: [], indicators: [{ name: 'Sportelli attivi', target: '>= 30' }] }]);
    emu.setCellInput('Obiettivo 4', `${cells.columns.actual}${cells.firstIndicatorRow}`, '12');
  });
  const { emu } = pane;
  fireEvent.click(await screen.findByRole('button', { name: "Modifica intestazione dell'obiettivo 4" }));
  const title = await screen.findByLabelText(/^Titolo/);
  expect((title as HTMLTextAreaElement).value).toBe('Sportelli');
  type(title, 'Sportelli associativi');
  fireEvent.click(screen.getByRole('button', { name: "Salva l'intestazione" }));
  await screen.findByText('Intestazione aggiornata nel foglio "Obiettivo 4".', undefined, { timeout: 30_000 });
  expect(emu.cell('Obiettivo 4', cells.header.title).value).toBe('Sportelli associativi');
  expect(emu.cell('Obiettivo 4', `${cells.columns.actual}${cells.firstIndicatorRow}`).value).toBe('12');
  expect(objectiveSheets(emu)).toEqual(['Obiettivo 4']);
});

test('Importa: the 2022 example is previewed, nothing is written before confirming, then 11 sheets exist', async () => {
  pane = await renderPane('it-IT');
  const { emu } = pane;
  fireEvent.click(screen.getByRole('tab', { name: 'Importa' }));
  fireEvent.click(screen.getByRole('button', { name: 'Carica esempio 2022' }));
  const preview = await screen.findByRole('region', { name: 'Anteprima: nulla è ancora scritto' });
  expect(within(preview).getByText(/^Verranno creati 11 fogli obiettivo con \d+ indicatori\.$/)).toBeTruthy();
  expect(within(preview).getByText(/^1\. MIGLIORAMENTO NEI TEMPI DI PAGAMENTO/)).toBeTruthy();
  // The report states no cut-offs: its own verdict on objective 3 implies one, proposed with the reason and applied by default.
  expect(within(preview).getByText('Soglie di esito proposte dalla Relazione stessa')).toBeTruthy();
  expect(within(preview).getByText('La Relazione dichiara l\'obiettivo 3 "Raggiunto" con 99/100: "Raggiunto" da 99% (invece di 100%)')).toBeTruthy();
  expect((within(preview).getByRole('checkbox', { name: 'Applica queste soglie con l’importazione' }) as HTMLInputElement).checked).toBe(true);
  expect(objectiveSheets(emu)).toEqual([]);

  fireEvent.click(within(preview).getByRole('button', { name: 'Conferma e crea 11 fogli' }));
  await screen.findByText('Creati o aggiornati 11 fogli obiettivo.', undefined, { timeout: 30_000 });
  expect(objectiveSheets(emu)).toHaveLength(11);
  expect(objectiveSheets(emu)).toContain('Obiettivo 11');
});

test('Riepilogo: generating the summary shows the headline figures and goes to the sheet', async () => {
  pane = await renderPane('it-IT');
  const { emu } = pane;
  await importExample();
  fireEvent.click(screen.getByRole('tab', { name: 'Riepilogo' }));
  // The cut-offs the report's verdicts imply were stored with the import and are what the Regole show.
  fireEvent.click(screen.getByRole('button', { name: 'Regole di valutazione' }));
  expect((screen.getByLabelText('Raggiunto da (%)') as HTMLInputElement).value).toBe('99');
  fireEvent.click(screen.getByRole('button', { name: 'Genera il riepilogo' }));

  const figures = await screen.findByRole('region', { name: /^Risultati \(foglio "Riepilogo"\)$/ }, { timeout: 30_000 });
  const countOf = (status: string): string | null => figures.querySelector(`[data-status="${status}"]`)?.textContent ?? null;
  expect(countOf('Raggiunto')).toBe('Raggiunto9');
  expect(countOf('Parzialmente raggiunto')).toBe('Parzialmente raggiunto0');
  expect(countOf('Non raggiunto')).toBe('Non raggiunto1');
  expect(countOf('Non valutabile')).toBe('Non valutabile1');
  expect(within(figures).getByText('Grado complessivo').nextSibling?.textContent).toBe('89,9%');
  expect(within(figures).getByText('Importo riconosciuto').nextSibling?.textContent).toBe('0,00\u00a0€');
  expect(emu.sheetNames()).toContain('Riepilogo');

  fireEvent.click(within(figures).getByRole('button', { name: 'Vai al foglio' }));
  await waitFor(() => expect(emu.activeSheet()).toBe('Riepilogo'));
  expect(screen.getByRole('button', { name: 'Aggiorna il riepilogo' })).toBeTruthy();
});

test('Verifica: problems are grouped by objective and choosing one selects its cell in Excel', async () => {
  pane = await renderPane('it-IT');
  const { emu } = pane;
  await importExample();
  fireEvent.click(screen.getByRole('tab', { name: 'Verifica' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verifica la cartella di lavoro' }));
  const group = await screen.findByRole('region', { name: /^Obiettivo 7: / }, { timeout: 30_000 });
  // Objective 7 states 3.1296/3.196 next to "100%": the ratio is flagged, not guessed.
  const problem = within(group).getByRole('button', { name: /3\.1296\/3\.196.*non corrisponde al 100%/ });
  const address = /^Obiettivo 7!([A-Z]+\d+):/.exec(problem.getAttribute('aria-label') ?? '')?.[1];
  expect(address).toBeDefined();
  fireEvent.click(problem);
  await screen.findByText(`Selezionata la cella ${address} del foglio "Obiettivo 7".`);
  expect(emu.activeSheet()).toBe('Obiettivo 7');
  expect(await selectedAddress(pane.emu)).toBe(`'Obiettivo 7'!${address}`);
});

test('Italian and English come from the dictionaries; the language chosen is stored in the workbook', async () => {
  pane = await renderPane('en-US');
  expectTabs(['Objectives', 'Import', 'Check', 'Summary']);
  await screen.findByText('No objectives in the workbook yet. Create one or use Import.');
  pane.view.unmount();

  pane = await renderPane('it-IT');
  const { emu } = pane;
  expectTabs(['Obiettivi', 'Importa', 'Verifica', 'Riepilogo']);
  const picker = await screen.findByLabelText('Lingua');
  await waitFor(() => expect(picker.hasAttribute('disabled')).toBe(false));
  fireEvent.change(picker, { target: { value: 'en' } });
  expectTabs(['Objectives', 'Import', 'Check', 'Summary']);
  await waitFor(async () => {
    const stored = await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Traguardo');
      const used = sheet.getUsedRangeOrNullObject();
      used.load('values');
      await context.sync();
      return used.isNullObject ? [] : used.values;
    });
    expect(stored.some((row) => row[0] === 'language' && row[2] === 'en')).toBe(true);
  });
});

test('text from cells is rendered as text, never as HTML', async () => {
  const hostile = '<img src=x onerror=alert(1)>';
  pane = await renderPane('it-IT', async (emu, excel) => {
    await buildObjectives(excel, [{ number: 1, title: 'Titolo', planReferences: [], indicators: [{ name: 'Indicatore', target: '>= 1' }] }]);
    // As if the analyst had typed it in Excel.
    emu.setCellInput('Obiettivo 1', objectiveCells(1).header.title, hostile);
  });
  const { view } = pane;
  expect(await screen.findByText(`Obiettivo 1: ${hostile}`)).toBeTruthy();
  expect(view.container.querySelector('img')).toBeNull();
});
