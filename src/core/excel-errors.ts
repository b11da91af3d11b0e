// Excel's error values as each display language names them: an Italian grid shows #VALORE!, an English one #VALUE!.
import type { Language } from './messages';

const ITALIAN: ReadonlyMap<string, string> = new Map([
  ['#VALUE!', '#VALORE!'],
  ['#N/A', '#N/D'],
  ['#DIV/0!', '#DIV/0!'],
  ['#REF!', '#RIF!'],
  ['#NAME?', '#NOME?'],
  ['#NUM!', '#NUM!'],
  ['#NULL!', '#NULLO!'],
]);

/** The error value (as Office.js reports it, in English) named as Excel shows it in `language`; others pass unchanged. */
export function errorNameIn(value: string, language: Language): string {
  return language === 'it' ? (ITALIAN.get(value) ?? value) : value;
}
