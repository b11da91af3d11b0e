// Reading an input file whole, failing with the one line a person understands ("file: file not found").
import { createReadStream } from 'fs';
import { stat } from 'fs/promises';
import { INPUT_LIMITS, megabytes } from '../core/limits';
import { msg } from '../core/messages';
import { CliError, fileError, fileSystemReason } from './errors';

function tooLarge(file: string, bytes: number): CliError {
  return fileError(file, msg('limits.fileTooLarge', { megabytes: megabytes(bytes), limit: megabytes(INPUT_LIMITS.fileBytes) }));
}

/** Reads at most the limit and stops there: a pipe or a device (/dev/zero) has no size to check beforehand. */
async function readCapped(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    bytes += (chunk as Buffer).length;
    if (bytes > INPUT_LIMITS.fileBytes) throw tooLarge(file, bytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The file's bytes; throws CliError naming the file and the reason, a regular file over the limit before reading it. */
export async function readInputFile(file: string): Promise<Buffer> {
  try {
    const { size } = await stat(file);
    if (size > INPUT_LIMITS.fileBytes) throw tooLarge(file, size);
    return await readCapped(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(file, fileSystemReason(error));
  }
}
