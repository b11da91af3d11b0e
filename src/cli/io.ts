// Where the command writes: stdout for results, stderr for progress and notices. Tests pass their own.

export interface CliIO {
  /** Writes to stdout as is (add the newline). */
  stdout(text: string): void;
  /** Writes to stderr as is (add the newline). */
  stderr(text: string): void;
  /** True when stderr is a terminal, where progress can redraw one line instead of adding lines. */
  stderrIsTerminal: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTerminal: Boolean(process.stderr.isTTY),
  };
}

/** Collects the output in memory (tests, and callers that want the text). */
export function memoryIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stderrIsTerminal: false,
  };
}
