/** @jest-environment jsdom */
// Office readiness, language and theme, read in one module; and what the pane says when Office never answers.
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { officeDisplayLanguage, officeExcel, officeThemeIsDark, waitForOffice } from '../../src/taskpane/office-host';
import { BootMessage } from '../../src/taskpane/components/BootMessage';
import { dictionaries } from '../../src/taskpane/i18n';

const globals = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete globals.Office;
});

test('without office.js the pane knows Office is missing, and reads no language or theme', async () => {
  await expect(waitForOffice(50)).resolves.toEqual({ kind: 'unavailable', reason: 'missing' });
  expect(officeDisplayLanguage()).toBeNull();
  expect(officeThemeIsDark()).toBeNull();
  expect(officeExcel()).toBeNull();
});

test('an Office that never answers ends in a timeout instead of an empty pane', async () => {
  globals.Office = { onReady: () => new Promise(() => undefined) };
  await expect(waitForOffice(30)).resolves.toEqual({ kind: 'unavailable', reason: 'timeout' });
  render(<BootMessage state={{ kind: 'timeout', seconds: 15 }} strings={dictionaries.it} dark={null} />);
  expect(screen.getByRole('alert').textContent).toContain('Excel non ha risposto entro 15 secondi.');
});

test('inside Excel: ready with its host, its display language, and dark when its background is dark', async () => {
  globals.Office = {
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    context: { displayLanguage: 'it-IT', officeTheme: { bodyBackgroundColor: '#262626' } },
  };
  await expect(waitForOffice(1000)).resolves.toEqual({ kind: 'ready', host: 'Excel' });
  expect(officeDisplayLanguage()).toBe('it-IT');
  expect(officeThemeIsDark()).toBe(true);
  globals.Office = { context: { officeTheme: { bodyBackgroundColor: '#FFFFFF' } } };
  expect(officeThemeIsDark()).toBe(false);
});
