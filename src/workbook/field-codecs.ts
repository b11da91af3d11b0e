// How one field's value goes into a cell and comes back: the cell's format, the value written, and the
// reading of what an analyst (or an imported file) put there, with the reason when it cannot be used.
import { formatNumberIt } from '../core/format-number';
import { msg, reasonOf, type Message } from '../core/messages';
import { parseValue } from '../core/parse';
import type { CellScalar } from './layout';
import type { SnapshotValue } from './snapshot';
import { NUMBER_FORMATS } from './styles';

export type Decoded<T> = { ok: true; value: T | undefined } | { ok: false; reason: Message };

export interface FieldCodec<T> {
  numberFormat: string;
  /** The constant written for a model value; undefined leaves the cell empty. */
  toCell(value: T | undefined): CellScalar | undefined;
  /** A cell's entry (or an imported value) back to the model value; blank is `undefined`. */
  read(entry: SnapshotValue | undefined): Decoded<T>;
}

const blank = <T>(): Decoded<T> => ({ ok: true, value: undefined });
const accept = <T>(value: T): Decoded<T> => ({ ok: true, value });
const refuse = <T>(reason: Message): Decoded<T> => ({ ok: false, reason });

function isBlank(entry: SnapshotValue | undefined): entry is null | undefined | '' {
  return entry === null || entry === undefined || (typeof entry === 'string' && entry.trim() === '');
}

/** Text as written; a number typed in a text cell is kept in Italian style. */
export const textCodec: FieldCodec<string> = {
  numberFormat: NUMBER_FORMATS.text,
  toCell: (value) => (value === '' ? undefined : value),
  read: (entry) => {
    if (isBlank(entry)) return blank();
    return accept(typeof entry === 'number' ? formatNumberIt(entry) : String(entry).trim());
  },
};

/** A number typed or written as analysts do (`1.250,50`, `3/4`); a percentage is refused where points are meant. */
function readNumberEntry(entry: SnapshotValue | undefined, allowPercent: boolean): Decoded<number> {
  if (isBlank(entry)) return blank();
  if (typeof entry === 'number') return Number.isFinite(entry) ? accept(entry) : refuse(msg('field.notANumber', { value: entry }));
  try {
    const parsed = parseValue(entry);
    if (parsed === null) return blank();
    if ((parsed.kind === 'number' && (allowPercent || !parsed.percent)) || parsed.kind === 'ratio') return accept(parsed.value);
  } catch (error) {
    return refuse(reasonOf(error));
  }
  return refuse(msg('field.notANumber', { value: entry }));
}

/** A number not below zero (weights, amounts, baselines when `min` is undefined). */
export function numberCodec(numberFormat: string = NUMBER_FORMATS.general, options: { min?: number } = {}): FieldCodec<number> {
  return {
    numberFormat,
    toCell: (value) => value,
    read: (entry) => {
      const read = readNumberEntry(entry, false);
      if (read.ok && read.value !== undefined && options.min !== undefined && read.value < options.min) {
        return refuse(msg('field.negative', { value: read.value }));
      }
      return read;
    },
  };
}

/** A degree 0..1 shown as a percentage (a threshold); "80%" and 0,8 both read as 0.8. */
export const degreeCodec: FieldCodec<number> = {
  numberFormat: NUMBER_FORMATS.percentWhole,
  toCell: (value) => value,
  read: (entry) => {
    const read = readNumberEntry(entry, true);
    if (read.ok && read.value !== undefined && (read.value < 0 || read.value > 1)) {
      return refuse(msg('field.notADegree', { value: read.value }));
    }
    return read;
  },
};

/** A score out of 100 (the OIV's). */
export const scoreCodec: FieldCodec<number> = {
  numberFormat: NUMBER_FORMATS.general,
  toCell: (value) => value,
  read: (entry) => {
    const read = readNumberEntry(entry, false);
    if (!read.ok || (read.value !== undefined && (read.value < 0 || read.value > 100))) {
      return refuse(msg('field.notAScore', { value: entry ?? '' }));
    }
    return read;
  },
};

/** One of a fixed list of words, written with its sheet label and read by key or label, ignoring case. */
export function choiceCodec<K extends string>(labels: Readonly<Record<K, string>>): FieldCodec<K> {
  const keys = Object.keys(labels) as K[];
  return {
    numberFormat: NUMBER_FORMATS.text,
    toCell: (value) => (value === undefined ? undefined : labels[value]),
    read: (entry) => {
      if (isBlank(entry)) return blank();
      const lower = String(entry).trim().toLowerCase();
      const found = keys.find((key) => key.toLowerCase() === lower || labels[key].toLowerCase() === lower);
      return found === undefined ? refuse(msg('field.notOneOf', { value: String(entry), allowed: keys.map((key) => labels[key]) })) : accept(found);
    },
  };
}
