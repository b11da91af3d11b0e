// Why a value in a field of a sheet or a file was refused: shared by the sheet readers and the importers.
import { entry, type MessageParam } from './message';

type Value = { value: MessageParam };

export const cellValueMessages = {
  'field.notANumber': entry<Value>({
    it: (p, w) => `${w.quote(p.value)} non è un numero`,
    en: (p, w) => `${w.quote(p.value)} is not a number`,
  }),
  'field.negative': entry<Value>({
    it: (p, w) => `${w.quote(p.value)} è negativo`,
    en: (p, w) => `${w.quote(p.value)} is negative`,
  }),
  'field.notADegree': entry<Value>({
    it: (p, w) => `${w.quote(p.value)} non è tra 0% e 100%`,
    en: (p, w) => `${w.quote(p.value)} is not between 0% and 100%`,
  }),
  'field.notAScore': entry<Value>({
    it: (p, w) => `${w.quote(p.value)} non è un numero da 0 a 100`,
    en: (p, w) => `${w.quote(p.value)} is not a number from 0 to 100`,
  }),
  'field.notOneOf': entry<Value & { allowed: string[] }>({
    it: (p, w) => `${w.quote(p.value)} non è tra i valori ammessi (${p.allowed.join(', ')})`,
    en: (p, w) => `${w.quote(p.value)} is not one of the allowed values (${p.allowed.join(', ')})`,
  }),
};
