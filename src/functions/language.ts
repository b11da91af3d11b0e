// Language of the messages in error cells: Italian unless Office says the user reads another language.
import type { Language } from '../core/messages';

interface OfficeWithDisplayLanguage {
  context?: { displayLanguage?: unknown };
}

/** Italian by default (the users are Italian); English when Office's display language is known and not Italian. */
export function messageLanguage(): Language {
  try {
    const office = (globalThis as { Office?: OfficeWithDisplayLanguage }).Office;
    const language = office?.context?.displayLanguage;
    if (typeof language === 'string' && language !== '' && !language.toLowerCase().startsWith('it')) return 'en';
  } catch {
    // Office.context throws before Office.onReady in some hosts: keep the default.
  }
  return 'it';
}
