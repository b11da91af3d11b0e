// Terminal escapes in a file name or in a cell are printed as codes, never sent to the terminal.
import { writeFileSync } from 'fs';
import path from 'path';
import { printable } from '../../src/core/printable';
import { temporaryFolder, traguardo } from './run-cli';

const ESCAPE = '\u001b';

describe('printable', () => {
  it('writes control characters and bidi overrides as codes, keeping newlines only when asked', () => {
    expect(printable(`a${ESCAPE}]0;titolo\u0007b`)).toBe('a\\x1b]0;titolo\\x07b');
    expect(printable('riga 1\nriga 2\r')).toBe('riga 1\\nriga 2\\x0d');
    expect(printable('riga 1\nriga 2', true)).toBe('riga 1\nriga 2');
    expect(printable('abc\u202edef\u009b')).toBe('abc\\u202edef\\x9b');
    expect(printable('Obiettivo 3 – “qualità” €')).toBe('Obiettivo 3 – “qualità” €');
  });
});

describe('traguardo echoes input without its control characters', () => {
  const temp = temporaryFolder();
  afterAll(() => temp.remove());

  it('a file name with an escape sequence and a newline: one line, the codes shown', async () => {
    const run = await traguardo('build', path.join(temp.folder, `rel${ESCAPE}[2J\nazione.json`), '-o', path.join(temp.folder, 'out.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain(ESCAPE);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('rel\\x1b[2J\\nazione.json: file non trovato');
  });

  it('an objective title with escapes, listed among what is left to complete', async () => {
    const report = { title: 'R', year: 2022, objectives: [{ number: 1, title: `Titolo${ESCAPE}[31m rosso`, indicators: [{ name: `Ind${ESCAPE}]0;x\u0007`, target: 'boh' }] }] };
    writeFileSync(path.join(temp.folder, 'titoli.json'), JSON.stringify(report));
    const run = await traguardo('build', path.join(temp.folder, 'titoli.json'), '-o', path.join(temp.folder, 'titoli.xlsx'), '--quiet');
    expect(run.stderr).not.toContain(ESCAPE);
    expect(run.stdout).not.toContain(ESCAPE);
    const summary = await traguardo('summary', path.join(temp.folder, 'titoli.xlsx'), '--quiet');
    expect(summary.stdout).not.toContain(ESCAPE);
    // An .xlsx cannot hold the escape (XML forbids it): what reaches the table is the rest of the title.
    expect(summary.stdout).toMatch(/ 1 {2}Titolo\[31m rosso/);
  }, 60_000);
});
