// Where the command writes: stdout for results, stderr for progress and notices, in its language. Tests pass their own.
import { renderMessage, type Language, type Message } from '../core/messages';
import { printable } from '../core/printable';
import { languageFromEnvironment } from './language';

export interface CliIO {
  /** Writes to stdout as is (add the newline). */
  stdout(text: string): void;
  /** Writes to stderr as is (add the newline). */
  stderr(text: string): void;
  /** True when stderr is a terminal, where progress can redraw one line instead of adding lines. */
  stderrIsTerminal: boolean;
  /** The language every line is written in. */
  language: Language;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTerminal: Boolean(process.stderr.isTTY),
    language: languageFromEnvironment(process.env),
  };
}

/** Collects the output in memory (tests, and callers that want the text); Italian unless told. */
export function memoryIO(language: Language = 'it'): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stderrIsTerminal: false,
    language,
  };
}

/** The message in the command's language, its control characters (a file name's, a cell's) shown, not obeyed. */
export function say(io: CliIO, message: Message): string {
  return printable(renderMessage(message, io.language), true);
}

/** One line on stderr, prefixed with the command's name as every notice is; a newline inside stays on the line. */
export function notify(io: CliIO, message: Message): void {
  io.stderr(`traguardo: ${printable(renderMessage(message, io.language))}\n`);
}
