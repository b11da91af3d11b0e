// The language the command speaks when --lang does not say: the environment's locale, Italian when unknown.
import type { Language } from '../core/messages';

/** POSIX order: LC_ALL, then LC_MESSAGES, then LANG; `it*` is Italian, `en*` English, anything else Italian. */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'it';
}
