// What every part of the document needs: the language, its words from the catalogue, and its number formats.
import { renderMessage, type Language, type Message } from '../core/messages';
import { docNumbers, type DocNumbers } from './numbers';

export interface DocContext {
  language: Language;
  say(message: Message): string;
  numbers: DocNumbers;
}

export function docContext(language: Language): DocContext {
  return { language, say: (message) => renderMessage(message, language), numbers: docNumbers(language) };
}
