// Failures the command reports in one line and an exit code, never with a stack trace.

/** Exit codes: 0 done, 1 problems found under --strict, 2 input or arguments not usable, 70 a bug of ours. */
export const EXIT = { ok: 0, problems: 1, badInput: 2, internal: 70 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** "file: reason", the one line a person sees for a file that cannot be used. */
export function fileError(file: string, reason: string): CliError {
  return new CliError(`${file}: ${reason}`);
}

/** The first line of whatever was thrown. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/** The reason a file system call failed, in Italian for the common cases. */
export function fileSystemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file non trovato';
    case 'EACCES':
    case 'EPERM':
      return 'permesso negato';
    case 'EISDIR':
      return 'è una cartella, non un file';
    case 'ENOTDIR':
      return 'percorso non valido (una parte non è una cartella)';
    case 'ENOSPC':
      return 'spazio su disco esaurito';
    default:
      return reasonOf(error);
  }
}
