// The command line as data: which command, which files, which switches. Errors name the argument and the reason.

export type Command =
  | { kind: 'build'; input: string; output: string; quiet: boolean }
  | { kind: 'summary'; input: string; json: boolean; strict: boolean; quiet: boolean }
  | { kind: 'help' }
  | { kind: 'version' };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

export const USAGE = `Uso:
  traguardo build <relazione.json|relazione.txt|relazione.docx> -o <uscita.xlsx> [--quiet]
      Crea un foglio per obiettivo e il Riepilogo, con formule PERF.* vive, in un file .xlsx.
  traguardo summary <cartella.xlsx> [--json] [--strict] [--quiet]
      Ricalcola la cartella e stampa il riepilogo (esiti, totali, fondo) e i problemi trovati.

Opzioni:
  -o, --output <file>  file .xlsx da scrivere (build)
  --json               riepilogo in JSON, per gli script (summary)
  --strict             esce con codice 1 se ci sono problemi (summary)
  -q, --quiet          nessun avanzamento su stderr
  -h, --help           questo aiuto
  -V, --version        versione

Codici di uscita: 0 fatto; 1 problemi trovati con --strict; 2 file o argomenti non utilizzabili.`;

const SWITCHES: Record<string, 'quiet' | 'json' | 'strict'> = {
  '-q': 'quiet',
  '--quiet': 'quiet',
  '--json': 'json',
  '--strict': 'strict',
};

const ALLOWED: Record<'build' | 'summary', ReadonlySet<string>> = {
  build: new Set(['quiet', 'output']),
  summary: new Set(['quiet', 'json', 'strict']),
};

function fail(message: string): ParsedArgs {
  return { ok: false, message };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return fail('manca il comando (build o summary)');
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return { ok: true, command: { kind: 'help' } };
  if (argv.some((arg) => arg === '-V' || arg === '--version')) return { ok: true, command: { kind: 'version' } };
  const [name, ...rest] = argv;
  if (name === 'help') return { ok: true, command: { kind: 'help' } };
  if (name !== 'build' && name !== 'summary') return fail(`comando sconosciuto "${name}" (sono build e summary)`);

  const flags = new Set<string>();
  const positional: string[] = [];
  let output: string | undefined;
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index];
    let option: string | undefined;
    if (arg === '-o' || arg === '--output') {
      const value = rest[index + 1];
      if (value === undefined || value === '') return fail(`${arg} vuole il nome del file .xlsx da scrivere`);
      output = value;
      option = 'output';
      index += 1;
    } else if (arg.startsWith('--output=')) {
      output = arg.slice('--output='.length);
      if (output === '') return fail('--output= vuole il nome del file .xlsx da scrivere');
      option = 'output';
    } else if (arg in SWITCHES) {
      option = SWITCHES[arg];
    } else if (arg.startsWith('-') && arg !== '-') {
      return fail(`opzione sconosciuta "${arg}"`);
    } else {
      positional.push(arg);
      continue;
    }
    if (!ALLOWED[name].has(option)) return fail(`l'opzione ${arg} non vale per ${name}`);
    flags.add(option);
  }

  if (positional.length === 0) return fail(name === 'build' ? 'manca il file della relazione (.json, .txt o .docx)' : 'manca il file .xlsx da riassumere');
  if (positional.length > 1) return fail(`un solo file alla volta: ricevuti ${positional.map((p) => `"${p}"`).join(', ')}`);
  const input = positional[0];
  const quiet = flags.has('quiet');
  if (name === 'build') {
    if (output === undefined) return fail('manca -o <uscita.xlsx>: il file da scrivere');
    if (!/\.xlsx$/i.test(output)) return fail(`il file di uscita "${output}" deve avere estensione .xlsx`);
    return { ok: true, command: { kind: 'build', input, output, quiet } };
  }
  return { ok: true, command: { kind: 'summary', input, json: flags.has('json'), strict: flags.has('strict'), quiet } };
}
