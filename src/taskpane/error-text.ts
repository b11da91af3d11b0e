// The message of a thrown value in the pane's language: errors that carry a catalogue message are rendered in it.
import { reasonOf, renderMessage } from '../core/messages';
import type { Language } from './i18n/dictionary';

export function errorText(error: unknown, language: Language): string {
  const reason = reasonOf(error);
  if (reason.code !== 'general.text') return renderMessage(reason, language);
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && message.trim()) return message;
  return String(error);
}
