// The `traguardo` command: parses the arguments, runs build, summary, report, next-year or monitor, and turns every failure into one line
// on stderr and an exit code. Both entries (bundle and TypeScript source) call runCli.
import packageJson from '../../package.json';
import { msg } from '../core/messages';
import { languageArg, parseArgs } from './args';
import { runBuild } from './build-command';
import type { MetadataSource } from './engine';
import { CliError, EXIT, reasonOfError } from './errors';
import { notify, say, type CliIO } from './io';
import { runMonitor } from './monitor-command';
import { runNextYear } from './next-year-command';
import { runReport } from './report-command';
import { runSummary } from './summary-command';

export interface CliDependencies {
  /** The PERF functions' metadata (functions.json). */
  metadata: MetadataSource;
}

/** Runs the command line; resolves to the exit code, never rejects. */
export async function runCli(argv: readonly string[], terminal: CliIO, dependencies: CliDependencies): Promise<number> {
  const language = languageArg(argv);
  const io = language.ok && language.language !== null ? { ...terminal, language: language.language } : terminal;
  const parsed = language.ok ? parseArgs(language.rest) : language;
  if (!parsed.ok) {
    notify(io, msg('cli.badArguments', { reason: parsed.message }));
    return EXIT.badInput;
  }
  const command = parsed.command;
  try {
    switch (command.kind) {
      case 'help':
        io.stdout(`${say(io, msg('cli.usage'))}\n`);
        return EXIT.ok;
      case 'version':
        io.stdout(`${say(io, msg('cli.version', { version: packageJson.version }))}\n`);
        return EXIT.ok;
      case 'build':
        return await runBuild(command, io, dependencies.metadata);
      case 'summary':
        return await runSummary(command, io, dependencies.metadata);
      case 'report':
        return await runReport(command, io, dependencies.metadata);
      case 'next-year':
        return await runNextYear(command, io, dependencies.metadata);
      case 'monitor':
        return await runMonitor(command, io, dependencies.metadata);
    }
  } catch (error) {
    if (error instanceof CliError) {
      notify(io, error.reason);
      return error.exitCode;
    }
    // Not the input's fault: say so, with the reason, and keep the stack out of the analyst's way.
    notify(io, msg('cli.internalError', { reason: reasonOfError(error) }));
    if (process.env.TRAGUARDO_DEBUG) io.stderr(`${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT.internal;
  }
}
