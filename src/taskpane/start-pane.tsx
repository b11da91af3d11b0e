// The pane's start-up: wait for Office (with a timeout and a clear message), check the requirement sets the manifest
// declares, then render the pane in Office's language and theme. Nothing touches the workbook before these checks.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { BootMessage } from './components/BootMessage';
import { dictionaries, resolveLanguage } from './i18n';
import { missingRequirementSets, officeDisplayLanguage, officeExcel, officeThemeIsDark, waitForOffice } from './office-host';
import { REQUIRED_SETS } from './requirement-sets';
import { excelServices } from './services/excel-services';
import { TaskpaneRoot } from './TaskpaneRoot';

const OFFICE_TIMEOUT_SECONDS = 15;

export async function startPane(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  // Before Office answers, the browser's language is the best guess.
  const guess = dictionaries[resolveLanguage(navigator.language)];
  root.render(<BootMessage state={{ kind: 'loading' }} strings={guess} dark={null} />);

  const readiness = await waitForOffice(OFFICE_TIMEOUT_SECONDS * 1000);
  const displayLanguage = officeDisplayLanguage() ?? navigator.language;
  const dark = officeThemeIsDark();
  const strings = dictionaries[resolveLanguage(displayLanguage)];
  if (readiness.kind === 'unavailable') {
    const state = readiness.reason === 'timeout' ? { kind: 'timeout' as const, seconds: OFFICE_TIMEOUT_SECONDS } : { kind: 'missing' as const };
    root.render(<BootMessage state={state} strings={strings} dark={dark} />);
    return;
  }
  // An Excel that lacks a declared set would fail halfway through a build: say so now, and start nothing.
  const missing = missingRequirementSets(REQUIRED_SETS);
  if (missing.length > 0) {
    root.render(<BootMessage state={{ kind: 'unsupported', missing }} strings={strings} dark={dark} />);
    return;
  }
  const excel = officeExcel();
  if (!excel) {
    root.render(<BootMessage state={{ kind: 'missing' }} strings={strings} dark={dark} />);
    return;
  }
  root.render(<TaskpaneRoot displayLanguage={displayLanguage} dark={dark} services={excelServices(excel)} />);
}
