// The message of a thrown value in the pane's language: core errors carry both Italian and English.
import type { Language } from './i18n/dictionary';

export function errorText(error: unknown, language: Language): string {
  if (error && typeof error === 'object') {
    const record = error as { message?: unknown; messageEn?: unknown };
    if (language === 'en' && typeof record.messageEn === 'string' && record.messageEn.trim()) return record.messageEn;
    if (typeof record.message === 'string' && record.message.trim()) return record.message;
  }
  return String(error);
}
