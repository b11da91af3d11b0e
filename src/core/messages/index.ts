// Messages: codes and parameters in core, words in one catalogue, Italian and English.
export { msg, renderMessage, MESSAGE_CODES, type MessageCode, type ParamsOf } from './catalogue';
export { isMessage, reasonOf, type Language, type Message, type MessageParam } from './message';
