// Messages that belong to no one area: labels that other messages quote.
import { entry } from './message';

export const generalMessages = {
  /** "Obiettivo 3" as the subject of a sentence. */
  'label.objective': entry<{ number: number }>({
    it: (p) => `Obiettivo ${p.number}`,
    en: (p) => `Objective ${p.number}`,
  }),
  /** "Obiettivo 3, indicatore "x"" as the subject of a sentence. */
  'label.indicator': entry<{ objective: number | null; name: string }>({
    it: (p) => `${p.objective === null ? '' : `Obiettivo ${p.objective}, `}indicatore "${p.name || 'senza nome'}"`,
    en: (p) => `${p.objective === null ? '' : `Objective ${p.objective}, `}indicator "${p.name || 'unnamed'}"`,
  }),
  /** A free text that is already a sentence (an external library's error), shown as it came. */
  'general.text': entry<{ text: string }>({
    it: (p) => p.text,
    en: (p) => p.text,
  }),
};
