// Test support: the `traguardo` command run in this process (fast), or as a real process through bin/traguardo.js.
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { loadFunctionsMetadata } from '../../src/engine/functions-metadata-node';
import { memoryIO } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function traguardo(...args: string[]): Promise<CliRun> {
  const io = memoryIO();
  const code = await runCli(args, io, { metadata: () => loadFunctionsMetadata() });
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

export const BIN = path.resolve(__dirname, '../../bin/traguardo.js');

/** The real command, as a user runs it (the bundle when built, else the source through tsx). */
export function traguardoProcess(args: string[], cwd: string): CliRun {
  // Italian whatever the machine's locale, as the tests' expectations are; --lang in `args` still wins.
  const env = { ...process.env, LANG: 'it_IT.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function temporaryFolder(): { folder: string; files: () => string[]; remove: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'traguardo-cli-'));
  return { folder, files: () => readdirSync(folder).sort(), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export const EXAMPLE = path.resolve(__dirname, '../../examples/relazione-2022.json');
