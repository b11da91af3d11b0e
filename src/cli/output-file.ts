// Writing the output file whole or not at all: a temporary file beside it, renamed at the end.
import { randomBytes } from 'crypto';
import { rename, stat, unlink, writeFile } from 'fs/promises';
import path from 'path';
import { msg } from '../core/messages';
import { fileError, fileSystemReason } from './errors';

/** The temporary name used while writing `file` (same folder, so the rename never crosses file systems). */
function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Fails early, before any work, when the folder of `file` cannot take it. */
export async function checkOutputFolder(file: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw fileError(file, msg('cli.notAFolder', { folder }));
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw fileError(file, msg('cli.folderUnusable', { folder, reason: fileSystemReason(error) }));
  }
}

export async function writeFileWhole(file: string, data: Uint8Array): Promise<void> {
  const temporary = temporaryNameFor(file);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw fileError(file, msg('cli.writeFailed', { reason: fileSystemReason(error) }));
  }
}
