// The command line as data: which command, which files, which switches. Errors name the argument and the reason.
import { msg, type Language, type Message } from '../core/messages';
import { serialIsoDate } from '../core/monitoring';
import { parseValue } from '../core/parse';

export type Command =
  | { kind: 'build'; input: string; output: string; quiet: boolean }
  | { kind: 'summary'; input: string; json: boolean; strict: boolean; quiet: boolean }
  | { kind: 'report'; input: string; output: string; quiet: boolean }
  | { kind: 'next-year'; input: string; output: string | null; year: number | null; preview: boolean; quiet: boolean }
  | { kind: 'monitor'; input: string; at: string | null; json: boolean; quiet: boolean }
  | { kind: 'help' }
  | { kind: 'version' };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: Message };

/** The arguments without --lang, and the language it asked for (null when absent). */
export type LanguageArgs = { ok: true; language: Language | null; rest: string[] } | { ok: false; message: Message };

const LANGUAGES: ReadonlySet<string> = new Set<Language>(['it', 'en']);

/** Takes --lang out first, so that every other message (errors, help) is already in that language. */
export function languageArg(argv: readonly string[]): LanguageArgs {
  let language: Language | null = null;
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    let value: string | undefined;
    if (arg === '--lang') {
      value = argv[index + 1];
      index += 1;
    } else if (arg.startsWith('--lang=')) {
      value = arg.slice('--lang='.length);
    } else {
      rest.push(arg);
      continue;
    }
    if (value === undefined || value === '') return { ok: false, message: msg('cli.langNeedsValue', { option: '--lang' }) };
    if (!LANGUAGES.has(value.toLowerCase())) return { ok: false, message: msg('cli.unknownLanguage', { value }) };
    language = value.toLowerCase() as Language;
  }
  return { ok: true, language, rest };
}

const SWITCHES: Record<string, 'quiet' | 'json' | 'strict' | 'preview'> = {
  '--preview': 'preview',
  '-q': 'quiet',
  '--quiet': 'quiet',
  '--json': 'json',
  '--strict': 'strict',
};

type CommandName = 'build' | 'summary' | 'report' | 'next-year' | 'monitor';

const ALLOWED: Record<CommandName, ReadonlySet<string>> = {
  build: new Set(['quiet', 'output']),
  summary: new Set(['quiet', 'json', 'strict']),
  report: new Set(['quiet', 'output']),
  'next-year': new Set(['quiet', 'output', 'year', 'preview']),
  monitor: new Set(['quiet', 'json', 'at']),
};

const MISSING_INPUT = { build: 'cli.missingReport', summary: 'cli.missingWorkbook', report: 'report.cliMissingInput', 'next-year': 'cli.missingWorkbook', monitor: 'cli.missingWorkbook' } as const;

/** A year as --year takes it: four digits, 2000 to 2100. */
function yearOf(text: string | undefined): number | null {
  return text !== undefined && /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100 ? Number(text) : null;
}

/** A date as --at takes it (2023-06-30 or 30/06/2023), as an ISO date; null when it is not one. */
function dateOf(text: string | undefined): string | null {
  try {
    const value = text === undefined ? null : parseValue(text);
    return value?.kind === 'date' ? serialIsoDate(value.serial) : null;
  } catch {
    return null;
  }
}

function fail(message: Message): ParsedArgs {
  return { ok: false, message };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return fail(msg('cli.missingCommand'));
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return { ok: true, command: { kind: 'help' } };
  if (argv.some((arg) => arg === '-V' || arg === '--version')) return { ok: true, command: { kind: 'version' } };
  const [name, ...rest] = argv;
  if (name === 'help') return { ok: true, command: { kind: 'help' } };
  if (name !== 'build' && name !== 'summary' && name !== 'report' && name !== 'next-year' && name !== 'monitor') return fail(msg('cli.unknownCommand', { name }));

  const flags = new Set<string>();
  const positional: string[] = [];
  let output: string | undefined;
  let year: number | null = null;
  let at: string | null = null;
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index];
    let option: string | undefined;
    if (arg === '-o' || arg === '--output') {
      const value = rest[index + 1];
      if (value === undefined || value === '') return fail(msg('cli.outputNeedsFile', { option: arg }));
      output = value;
      option = 'output';
      index += 1;
    } else if (arg.startsWith('--output=')) {
      output = arg.slice('--output='.length);
      if (output === '') return fail(msg('cli.outputNeedsFile', { option: '--output=' }));
      option = 'output';
    } else if (arg === '--year' || arg.startsWith('--year=')) {
      const value = arg === '--year' ? rest[index + 1] : arg.slice('--year='.length);
      if (arg === '--year') index += 1;
      year = yearOf(value);
      if (year === null) return fail(msg('nextYear.yearNotValid', { value: value ?? '' }));
      option = 'year';
    } else if (arg === '--at' || arg.startsWith('--at=')) {
      const value = arg === '--at' ? rest[index + 1] : arg.slice('--at='.length);
      if (arg === '--at') index += 1;
      at = dateOf(value);
      if (at === null) return fail(msg('monitoring.atNotValid', { value: value ?? '' }));
      option = 'at';
    } else if (arg in SWITCHES) {
      option = SWITCHES[arg];
    } else if (arg.startsWith('-') && arg !== '-') {
      return fail(msg('cli.unknownOption', { option: arg }));
    } else {
      positional.push(arg);
      continue;
    }
    if (!ALLOWED[name].has(option)) return fail(msg('cli.optionNotFor', { option: arg, command: name }));
    flags.add(option);
  }

  if (positional.length === 0) return fail(msg(MISSING_INPUT[name]));
  if (positional.length > 1) return fail(msg('cli.oneFileAtATime', { files: positional }));
  const input = positional[0];
  const quiet = flags.has('quiet');
  if (name === 'build') {
    if (output === undefined) return fail(msg('cli.missingOutput'));
    if (!/\.xlsx$/i.test(output)) return fail(msg('cli.outputNotXlsx', { file: output }));
    return { ok: true, command: { kind: 'build', input, output, quiet } };
  }
  if (name === 'next-year') {
    // --preview says what would be carried, emptied and decided, and writes nothing: no output needed.
    const preview = flags.has('preview');
    if (output === undefined && !preview) return fail(msg('cli.missingOutput'));
    if (output !== undefined && !/\.xlsx$/i.test(output)) return fail(msg('cli.outputNotXlsx', { file: output }));
    return { ok: true, command: { kind: 'next-year', input, output: output ?? null, year, preview, quiet } };
  }
  if (name === 'monitor') return { ok: true, command: { kind: 'monitor', input, at, json: flags.has('json'), quiet } };
  if (name === 'report') {
    if (output === undefined) return fail(msg('report.cliMissingOutput'));
    if (!/\.docx$/i.test(output)) return fail(msg('report.cliOutputNotDocx', { file: output }));
    return { ok: true, command: { kind: 'report', input, output, quiet } };
  }
  return { ok: true, command: { kind: 'summary', input, json: flags.has('json'), strict: flags.has('strict'), quiet } };
}
