// "Azione/Progetto o Nuova/Mantenimento": the kind of objective, read from the first word of the sentence that decides it.
import type { ObjectiveKind } from '../../core/model';
import { foldCase } from './words';

const KIND_WORDS: Array<[ObjectiveKind, RegExp]> = [
  ['mantenimento', /\b(?:mantenimento|mantenere|prosecuzione|proseguimento|consolidamento|continuit[aà])\b/g],
  ['straordinario', /\bstraordinari[oae]?\b/g],
  // An action to increase or improve is new work, not the upkeep of an existing level.
  ['nuovo', /\b(?:nuov[oaie]|attivazione|avvio|introduzione|incremento|miglioramento|potenziamento|sviluppo)\b/g],
];

/** The kind named first in the sentence ("mantenimento di un nuovo servizio" is mantenimento), or undefined. */
export function readKind(kindText: string): ObjectiveKind | undefined {
  const text = foldCase(kindText);
  let best: { kind: ObjectiveKind; at: number } | undefined;
  for (const [kind, pattern] of KIND_WORDS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match && (best === undefined || match.index < best.at)) best = { kind, at: match.index };
  }
  return best?.kind;
}
