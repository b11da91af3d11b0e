// Test support: messages as the Italian user reads them, so tests can keep comparing words.
import { renderMessage, type Message } from '../../src/core/messages';

export const italian = (message: Message): string => renderMessage(message, 'it');

/** Import issues (or anything with a message) with the message rendered in Italian. */
export function inItalian<T extends { message: Message }>(items: readonly T[]): (Omit<T, 'message'> & { message: string })[] {
  return items.map((item) => ({ ...item, message: italian(item.message) }));
}
