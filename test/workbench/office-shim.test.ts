// The fake Office of the workbench answers exactly what the task pane asks outside Excel.
import { createOfficeShim } from '../../workbench/office-shim';

test('onReady resolves as Excel on the web, and calls a callback too', async () => {
  const shim = createOfficeShim({ displayLanguage: 'it-IT', dark: false });
  const seen: string[] = [];
  await expect(shim.onReady((info) => seen.push(info.host))).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
  expect(seen).toEqual(['Excel']);
});

test('display language and theme are the ones asked for', () => {
  const dark = createOfficeShim({ displayLanguage: 'en-US', dark: true });
  expect(dark.context.displayLanguage).toBe('en-US');
  expect(dark.context.officeTheme.isDarkTheme).toBe(true);
  expect(createOfficeShim({ displayLanguage: 'it-IT', dark: false }).context.officeTheme.bodyBackgroundColor).toBe('#ffffff');
});
