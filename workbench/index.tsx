// Workbench entry: a fake Office, the Excel emulator (HyperFormula + PERF functions) that the page hands to the pane, then the page.
// URL options: ?lang=en-US (Office's display language, default it-IT), ?theme=dark.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createExcelEmulator } from '@traguardo/excel-emulator';
import { createPerfHyperFormula, type FunctionsMetadata } from '../src/engine/hyperformula';
import { installDevHooks } from './dev/dev-hooks';
import { installOfficeShim } from './office-shim';
import { Workbench } from './Workbench';
import { workbenchText } from './workbench-text';

// functions.json generated from src/functions/functions.ts when the workbench is built (workbench/webpack.config.js).
declare const __PERF_FUNCTIONS_METADATA__: FunctionsMetadata;

function start(container: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const displayLanguage = params.get('lang') || 'it-IT';
  const dark = params.get('theme') === 'dark';
  installOfficeShim({ displayLanguage, dark });
  const emulator = createExcelEmulator({
    hyperformula: () => createPerfHyperFormula({ metadata: __PERF_FUNCTIONS_METADATA__ }),
    locale: 'it-IT',
    sheets: ['Foglio1'],
  });
  installDevHooks(emulator);
  createRoot(container).render(<Workbench emulator={emulator} displayLanguage={displayLanguage} dark={dark} />);
}

const container = document.getElementById('workbench');
if (container) {
  try {
    start(container);
  } catch (error) {
    // A broken build (e.g. functions metadata) must say why instead of leaving a blank page.
    container.className = 'wb-failure';
    const language = new URLSearchParams(window.location.search).get('lang') || 'it-IT';
    container.textContent = workbenchText(language).notStarted(error instanceof Error ? error.stack || error.message : String(error));
  }
}
