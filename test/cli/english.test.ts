// `traguardo --lang en`: every line in English (headers, statuses, figures, problems, errors); the locale picks the default.
import path from 'path';
import { languageFromEnvironment } from '../../src/cli/language';
import { msg, renderMessage } from '../../src/core/messages';
import { SUMMARY_COLUMNS, SUMMARY_FIGURES } from '../../src/workbook/summary-sheet';
import { EXAMPLE, temporaryFolder, traguardo } from './run-cli';

describe('traguardo in English', () => {
  const temp = temporaryFolder();
  const built = path.join(temp.folder, 'relazione-2022.xlsx');

  beforeAll(async () => {
    expect((await traguardo('build', EXAMPLE, '-o', built, '--quiet')).code).toBe(0);
  }, 120_000);
  afterAll(() => temp.remove());

  it('summary relazione-2022.xlsx --lang en prints English headers, statuses, figures and problems', async () => {
    const run = await traguardo('summary', built, '--lang', 'en', '--quiet');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Summary of .*relazione-2022\.xlsx — 11 objectives$/);
    expect(lines.find((line) => line.startsWith('No.'))).toMatch(/^No\. +Objective +Computed degree +OIV +Final degree +Outcome +Allocated amount +Payable amount$/);
    expect(lines.find((line) => /^ +1 /.test(line))).toMatch(/ Achieved /);
    expect(lines.find((line) => /^ +8 /.test(line))).toMatch(/ 0\.00% .* Not achieved /);
    expect(lines.find((line) => /^ *11 /.test(line))).toMatch(/ Not evaluable /);
    expect(lines.find((line) => line.includes('Total'))).toMatch(/89\.90% +9 achieved of 10 evaluable \(1 not evaluable\) +€0\.00 +€0\.00$/);
    expect(run.stdout).toMatch(/Remainder returned to the budget +€0\.00/);
    expect(run.stdout).toMatch(/Cut-offs: "Achieved" from 99%, "Partially achieved" from 50%, payment from \d+%/);
    expect(run.stdout).toMatch(/Problems \(\d\):\n {2}'Obiettivo 7'![A-Z]+\d+ +Objective 7, indicator/);
    expect(run.stdout).not.toMatch(/Raggiunto|Obiettivo 7, indicatore|Problemi/);
  });

  it('says errors and notices in English too', async () => {
    const missing = await traguardo('summary', path.join(temp.folder, 'missing.xlsx'), '--lang=en');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^traguardo: .*missing\.xlsx: file not found\n$/);
    const wrong = await traguardo('summary', '--lang', 'en');
    expect(wrong.stderr).toBe('traguardo: the .xlsx file to summarise is missing (traguardo --help for the usage)\n');
    expect((await traguardo('--help', '--lang', 'en')).stdout).toMatch(/^Usage:\n {2}traguardo build <report\.json/);
  });

  it('defaults from LC_ALL, LC_MESSAGES, LANG in that order; Italian when unknown', () => {
    expect(languageFromEnvironment({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'it_IT.UTF-8' })).toBe('it');
    expect(languageFromEnvironment({ LC_ALL: 'en_GB.UTF-8', LANG: 'it_IT.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'it_IT', LANG: 'en_US' })).toBe('it');
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' })).toBe('it');
    expect(languageFromEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('it');
    expect(languageFromEnvironment({})).toBe('it');
  });

  it("keeps the terminal's Italian headers the same words as the Riepilogo sheet's", () => {
    for (const key of ['number', 'title', 'score', 'finalDegree', 'status', 'allocated', 'payable'] as const) {
      expect(renderMessage(msg('summary.column', { column: key }), 'it')).toBe(SUMMARY_COLUMNS.find((column) => column.key === key)?.header);
    }
    for (const figure of SUMMARY_FIGURES) expect(renderMessage(msg('summary.figure', { figure: figure.key }), 'it')).toBe(figure.label);
  });
});
