/** @jest-environment jsdom */
// The pane's start-up on Excel versions: one MessageBar naming the Excel needed and no operation when a set the
// manifest declares is missing; the functions' own reason when only they cannot register; the pane otherwise.
import { act, screen, waitFor } from '@testing-library/react';
import '../../src/engine/functions-metadata-node';
import { createExcelEmulator, type ExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula } from '../../src/engine/hyperformula';
import { REQUIRED_SETS } from '../../src/taskpane/requirement-sets';
import { startPane } from '../../src/taskpane/start-pane';

const globals = globalThis as unknown as Record<string, unknown>;
let emu: ExcelEmulator;
let restore: () => void;
let runs: jest.SpyInstance;

/** Excel with the manifest's sets, behind an Office whose isSetSupported answers `supported`. */
function officeAnswering(supported: (name: string, version?: string) => boolean, displayLanguage = 'it-IT'): void {
  emu = createExcelEmulator({ hyperformula: createPerfHyperFormula(), apiSets: Object.fromEntries(REQUIRED_SETS.map((set) => [set.name, set.version])) });
  restore = emu.install();
  runs = jest.spyOn(emu.Excel, 'run');
  globals.Office = {
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    context: { displayLanguage, requirements: { isSetSupported: supported } },
  };
}

async function start(): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => startPane(container));
  return container;
}

afterEach(() => {
  restore();
  delete globals.Office;
  document.body.innerHTML = '';
});

test('an Excel without the declared sets gets one MessageBar naming the version needed, and no operation starts', async () => {
  officeAnswering(() => false);
  await start();
  const alerts = screen.getAllByRole('alert');
  expect(alerts).toHaveLength(1);
  const text = alerts[0].textContent ?? '';
  expect(text).toContain('Questa versione di Excel non basta a Traguardo');
  expect(text).toContain('Traguardo richiede Excel 2021 o 2024, Microsoft 365 aggiornato almeno alla versione 2008');
  expect(text).toContain('Excel sul web');
  for (const set of REQUIRED_SETS) expect(text).toContain(`${set.name} ${set.version}`);
  expect(screen.queryByRole('tab')).toBeNull();
  expect(runs).not.toHaveBeenCalled();
});

test('where only custom functions are missing, the pane says the PERF functions cannot register (in English too)', async () => {
  officeAnswering((name) => name !== 'CustomFunctionsRuntime', 'en-US');
  await start();
  const text = screen.getByRole('alert').textContent ?? '';
  expect(text).toContain('Traguardo needs Excel 2021 or 2024');
  expect(text).toContain('CustomFunctionsRuntime 1.3: the PERF.* functions cannot be registered: cells using them show #NAME?.');
  expect(text).not.toContain('ExcelApi');
  expect(runs).not.toHaveBeenCalled();
});

test("on an Excel with the manifest's sets the pane starts and reads the workbook", async () => {
  officeAnswering((name, version) => emu.requirements.isSetSupported(name, version));
  await start();
  await screen.findAllByRole('tab', undefined, { timeout: 20_000 });
  expect(screen.queryByRole('alert')).toBeNull();
  await waitFor(() => expect(runs).toHaveBeenCalled());
});
