// Reading an input file whole, failing with the one line a person understands ("file: file not found").
import { readFile } from 'fs/promises';
import { fileError, fileSystemReason } from './errors';

/** The file's bytes; throws CliError naming the file and the reason. */
export async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw fileError(file, fileSystemReason(error));
  }
}
