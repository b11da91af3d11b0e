// Failures the command reports in one line and an exit code, never with a stack trace.
import { msg, reasonOf, renderMessage, type Message } from '../core/messages';

/** Exit codes: 0 done, 1 problems found under --strict, 2 input or arguments not usable, 70 a bug of ours. */
export const EXIT = { ok: 0, problems: 1, badInput: 2, internal: 70 } as const;

export class CliError extends Error {
  constructor(
    /** What went wrong, rendered in the command's language when printed. */
    readonly reason: Message,
    readonly exitCode: number = EXIT.badInput,
  ) {
    // The Italian words as `message`, so that a stack trace still reads.
    super(renderMessage(reason, 'it'));
    this.name = 'CliError';
  }
}

/** "file: reason", the one line a person sees for a file that cannot be used. */
export function fileError(file: string, reason: Message): CliError {
  return new CliError(msg('cli.fileError', { file, reason }));
}

/** Why a thrown value failed, as a message; a plain error's text is cut to its first line. */
export function reasonOfError(error: unknown): Message {
  const reason = reasonOf(error);
  if (reason.code !== 'general.text') return reason;
  return msg('general.text', { text: String(reason.params.text).split('\n')[0] });
}

/** The reason a file system call failed, in words for the common cases. */
export function fileSystemReason(error: unknown): Message {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return msg('cli.fileNotFound');
    case 'EACCES':
    case 'EPERM':
      return msg('cli.permissionDenied');
    case 'EISDIR':
      return msg('cli.isAFolder');
    case 'ENOTDIR':
      return msg('cli.badPath');
    case 'ENOSPC':
      return msg('cli.diskFull');
    default:
      return reasonOfError(error);
  }
}
