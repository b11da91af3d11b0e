// The command line read into a command, and every way it can be wrong named in the message.
import { languageArg, parseArgs } from '../../src/cli/args';
import { renderMessage } from '../../src/core/messages';

describe('parseArgs', () => {
  it('reads build with -o, --output and --output=, and summary with its switches', () => {
    expect(parseArgs(['build', 'r.json', '-o', 'r.xlsx'])).toEqual({ ok: true, command: { kind: 'build', input: 'r.json', output: 'r.xlsx', quiet: false } });
    expect(parseArgs(['build', '--output', 'r.xlsx', 'r.docx', '-q'])).toEqual({ ok: true, command: { kind: 'build', input: 'r.docx', output: 'r.xlsx', quiet: true } });
    expect(parseArgs(['build', 'r.txt', '--output=out/R.XLSX'])).toMatchObject({ ok: true, command: { output: 'out/R.XLSX' } });
    expect(parseArgs(['summary', 'w.xlsx', '--json', '--strict', '--quiet'])).toEqual({
      ok: true,
      command: { kind: 'summary', input: 'w.xlsx', json: true, strict: true, quiet: true },
    });
    expect(parseArgs(['summary', 'w.xlsx'])).toMatchObject({ command: { json: false, strict: false, quiet: false } });
  });

  it('answers help and version wherever they appear', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['build', '-h'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['help'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['-V'])).toEqual({ ok: true, command: { kind: 'version' } });
  });

  it.each([
    [[], /manca il comando/],
    [['crea', 'x'], /comando sconosciuto "crea"/],
    [['build', 'r.json'], /manca -o/],
    [['build', 'r.json', '-o'], /-o vuole il nome del file/],
    [['build', 'r.json', '-o', 'r.ods'], /"r\.ods" deve avere estensione \.xlsx/],
    [['build', '-o', 'r.xlsx'], /manca il file della relazione/],
    [['build', 'a.json', 'b.json', '-o', 'r.xlsx'], /un solo file alla volta: ricevuti "a\.json", "b\.json"/],
    [['build', 'r.json', '-o', 'r.xlsx', '--json'], /l'opzione --json non vale per build/],
    [['summary', 'w.xlsx', '-o', 'x.xlsx'], /l'opzione -o non vale per summary/],
    [['summary'], /manca il file \.xlsx/],
    [['summary', 'w.xlsx', '--verbose'], /opzione sconosciuta "--verbose"/],
  ])('refuses %j: %s', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(renderMessage(parsed.message, 'it')).toMatch(message);
  });

  it('takes --lang out of the arguments, wherever it is, and refuses a language it does not speak', () => {
    expect(languageArg(['summary', 'w.xlsx', '--lang', 'en'])).toEqual({ ok: true, language: 'en', rest: ['summary', 'w.xlsx'] });
    expect(languageArg(['--lang=IT', 'build'])).toEqual({ ok: true, language: 'it', rest: ['build'] });
    expect(languageArg(['summary', 'w.xlsx'])).toEqual({ ok: true, language: null, rest: ['summary', 'w.xlsx'] });
    const refused = languageArg(['summary', '--lang', 'fr']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(renderMessage(refused.message, 'en')).toBe('unknown language "fr" (they are it and en)');
    expect(languageArg(['summary', '--lang']).ok).toBe(false);
  });
});
