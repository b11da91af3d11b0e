// Picks the dictionary: Italian when Office speaks Italian (or the analyst chose it), English otherwise.
import type { Dictionary, Language, LanguageChoice } from './dictionary';
import { en } from './en';
import { it } from './it';

export type { Dictionary, Language, LanguageChoice } from './dictionary';

export const dictionaries: Record<Language, Dictionary> = { it, en };

export function resolveLanguage(displayLanguage: string | null | undefined, choice: LanguageChoice = 'auto'): Language {
  if (choice !== 'auto') return choice;
  return (displayLanguage ?? '').trim().toLowerCase().startsWith('it') ? 'it' : 'en';
}
