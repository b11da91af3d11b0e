// The `traguardo` command: parses the arguments, runs build or summary, and turns every failure into one line
// on stderr and an exit code. Both entries (bundle and TypeScript source) call runCli.
import packageJson from '../../package.json';
import { parseArgs, USAGE } from './args';
import { runBuild } from './build-command';
import type { MetadataSource } from './engine';
import { CliError, EXIT, reasonOf } from './errors';
import type { CliIO } from './io';
import { runSummary } from './summary-command';

export interface CliDependencies {
  /** The PERF functions' metadata (functions.json). */
  metadata: MetadataSource;
}

/** Runs the command line; resolves to the exit code, never rejects. */
export async function runCli(argv: readonly string[], io: CliIO, dependencies: CliDependencies): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`traguardo: ${parsed.message} (traguardo --help per l'uso)\n`);
    return EXIT.badInput;
  }
  const command = parsed.command;
  try {
    switch (command.kind) {
      case 'help':
        io.stdout(`${USAGE}\n`);
        return EXIT.ok;
      case 'version':
        io.stdout(`traguardo ${packageJson.version}\n`);
        return EXIT.ok;
      case 'build':
        return await runBuild(command, io, dependencies.metadata);
      case 'summary':
        return await runSummary(command, io, dependencies.metadata);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`traguardo: ${error.message}\n`);
      return error.exitCode;
    }
    // Not the input's fault: say so, with the reason, and keep the stack out of the analyst's way.
    io.stderr(`traguardo: errore interno: ${reasonOf(error)}\n`);
    if (process.env.TRAGUARDO_DEBUG) io.stderr(`${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT.internal;
  }
}
