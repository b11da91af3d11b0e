// Typing in the workbench's grid as in Italian Excel stores what Italian Excel would store.
import { italianEntryToEnUs } from '../../workbench/workbook/italian-input';

test.each([
  ['600', '600'],
  ['1.134', '1134'],
  ['1.234.567,5', '1234567.5'],
  ['49,96', '49.96'],
  ['-8,75', '-8.75'],
  ['99,5%', '99.5%'],
  ['100 %', '100%'],
  ['1.234,50 €', '1234.50'],
  ['€ 12', '12'],
  ['31/07/2022', '7/31/2022'],
  ['1/2/22', '2/1/22'],
  ['VERO', 'TRUE'],
  ['falso', 'FALSE'],
])('%s is read as en-US %s', (typed, enUs) => {
  expect(italianEntryToEnUs(typed)).toBe(enUs);
});

test.each([
  ['=PERF.ACHIEVED(G18,C18)'],
  ["'1.134"],
  ['112/112'],
  ['SI'],
  ['< 75 gg'],
  ['1.5'],
  ['entro 31/07/2022'],
])('%s passes unchanged', (typed) => {
  expect(italianEntryToEnUs(typed)).toBe(typed);
});

test('a cell formatted as text keeps the entry as typed', () => {
  expect(italianEntryToEnUs('1.134', true)).toBe('1.134');
});
