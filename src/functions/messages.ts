// The parameters of the PERF.* functions as error messages name them: "il risultato", "la data di pagamento (riga 3)".
import type { ArgumentKey } from '../core/messages/functions';
import { msg, type Message } from '../core/messages';

/** One parameter as the user sees it in the function's tooltip, as a catalogue message. */
export type ArgumentName = Message;

export function argument(name: ArgumentKey): ArgumentName {
  return msg('functions.argument', { name });
}

/** The same parameter at one cell of its range: "la data di pagamento (riga 3)". */
export function atCell(arg: ArgumentName, row: number, column: number, singleColumn: boolean): ArgumentName {
  return msg('functions.argumentAt', { argument: arg, row, column: singleColumn ? null : column });
}
