// The command line read into a command, and every way it can be wrong named in the message.
import { parseArgs } from '../../src/cli/args';

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
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
