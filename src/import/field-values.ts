// Reading single imported values (JSON fields, CSV cells) into model values, shared by the JSON and CSV imports.
// Each reader returns the value, `undefined` for a blank, or a catalogue message naming the input and the reason.
import { msg, reasonOf, type Message, type ParamsOf } from '../core/messages';
import type { JsonKind } from '../core/messages/import-errors';
import type { CellInput } from '../core/model';
import { fromExcelSerial, parseValue } from '../core/parse';
import { parseTarget } from '../core/target';

/** Outcome of reading one imported value: a value (undefined = left blank) or why it was refused. */
export type Read<T> = { ok: true; value: T | undefined } | { ok: false; message: Message };

const blank = <T>(): Read<T> => ({ ok: true, value: undefined });
const accept = <T>(value: T): Read<T> => ({ ok: true, value });
/** The one wording of a refused value: what it is for, the value as given, and why. */
const invalid = <T>(label: Message, raw: unknown, reason: Message): Read<T> => ({
  ok: false,
  message: msg('import.invalidValue', { label, value: shown(raw), reason }),
});

/** How a raw value is quoted in a message: text in quotes, anything else as JSON. */
export function shown(raw: unknown): string {
  if (typeof raw === 'string') return `"${raw}"`;
  if (raw === undefined) return 'undefined';
  try {
    const json = JSON.stringify(raw);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return String(raw);
  }
}

export function isBlank(raw: unknown): raw is undefined | null | '' {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

interface NumberRange {
  min?: number;
  max?: number;
}

function inRange(value: number, label: Message, raw: unknown, range: NumberRange): Read<number> {
  if (range.min !== undefined && value < range.min) return invalid(label, raw, msg('import.atLeast', { min: range.min }));
  if (range.max !== undefined && value > range.max) return invalid(label, raw, msg('import.atMost', { max: range.max }));
  return accept(value);
}

/** A plain number (weight, amount, baseline): a JSON number or text as analysts write it (`1.250,50 €`). */
export function readNumber(raw: unknown, label: Message, range: NumberRange = {}): Read<number> {
  if (isBlank(raw)) return blank();
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return invalid(label, raw, msg('import.notFinite'));
    return inRange(raw, label, raw, range);
  }
  if (typeof raw !== 'string') return invalid(label, raw, expected('number', raw));
  try {
    const value = parseValue(raw);
    if (value === null) return blank();
    if (value.kind !== 'number') {
      return invalid(label, raw, msg('import.expectedFound', { expected: 'number', found: value.kind === 'boolean' ? 'yesNo' : value.kind }));
    }
    return inRange(value.value, label, raw, range);
  } catch (error) {
    return invalid(label, raw, reasonOf(error));
  }
}

/** A degree 0..1 (threshold, cut-off): a fraction (`0,5`) or a percentage (`50%`); `50` alone is refused as ambiguous. */
export function readFraction(raw: unknown, label: Message): Read<number> {
  if (isBlank(raw)) return blank();
  if (typeof raw === 'string') {
    try {
      const value = parseValue(raw);
      if (value === null) return blank();
      if (value.kind === 'number' && value.percent) return inRange(value.value, label, raw, { min: 0, max: 1 });
    } catch (error) {
      return invalid(label, raw, reasonOf(error));
    }
  }
  const read = readNumber(raw, label);
  if (!read.ok || read.value === undefined) return read;
  if (read.value > 1) {
    return invalid(label, raw, msg('import.fractionOrPercent'));
  }
  return inRange(read.value, label, raw, { min: 0, max: 1 });
}

/** An OIV score out of 100: `99`, `99/100`, `99%`. */
export function readScore(raw: unknown, label: Message): Read<number> {
  if (isBlank(raw)) return blank();
  if (typeof raw === 'string') {
    try {
      const value = parseValue(raw);
      if (value === null) return blank();
      if (value.kind === 'ratio') {
        // "99/100" is the way reports write OIV scores; other denominators are rescaled to 100.
        const score = value.denominator === 100 ? value.numerator : roundScore(value.value * 100);
        return inRange(score, label, raw, { min: 0, max: 100 });
      }
      if (value.kind === 'number' && value.percent) return inRange(roundScore(value.value * 100), label, raw, { min: 0, max: 100 });
    } catch (error) {
      return invalid(label, raw, reasonOf(error));
    }
  }
  return readNumber(raw, label, { min: 0, max: 100 });
}

/** A date kept as ISO text (yyyy-mm-dd): ISO, Italian `31/07/2022` or an Excel serial number. */
export function readIsoDate(raw: unknown, label: Message): Read<string> {
  if (isBlank(raw)) return blank();
  if (typeof raw !== 'string' && typeof raw !== 'number') return invalid(label, raw, expected('date', raw));
  try {
    const value = typeof raw === 'number' ? { kind: 'date' as const, serial: raw } : parseValue(raw);
    if (value === null) return blank();
    if (value.kind !== 'date') return invalid(label, raw, msg('import.dateForm'));
    const { year, month, day } = fromExcelSerial(value.serial);
    return accept(`${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`);
  } catch (error) {
    return invalid(label, raw, reasonOf(error));
  }
}

/** A result as entered in a cell: text, number, boolean or blank; anything else is refused. */
export function readCellInput(raw: unknown, label: Message): Read<CellInput> {
  if (raw === undefined || raw === null) return blank();
  if (typeof raw === 'number' && !Number.isFinite(raw)) return invalid(label, raw, msg('import.notFinite'));
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return accept(raw);
  return invalid(label, raw, expected('cellInput', raw));
}

/** Why a target text cannot be evaluated, or null when parseTarget understands it. */
export function targetProblem(text: string, label: Message = msg('import.indicatorLabel', { field: 'target' })): Message | null {
  try {
    parseTarget(text);
    return null;
  } catch (error) {
    return msg('import.unreadable', { label, value: shown(text), reason: reasonOf(error) });
  }
}

/** Why a result cannot be evaluated, or null when parseValue understands it (or it is blank). */
export function actualProblem(actual: CellInput, field: 'actual' | 'previousValue' = 'actual'): Message | null {
  try {
    parseValue(actual);
    return null;
  } catch (error) {
    return msg('import.unreadable', { label: msg('import.indicatorLabel', { field }), value: shown(actual), reason: reasonOf(error) });
  }
}

/** "atteso un numero, trovato un elenco": what the field wants and what the file holds. */
export function expected(what: ParamsOf<'import.expectedFound'>['expected'], raw: unknown): Message {
  return msg('import.expectedFound', { expected: what, found: jsonKind(raw) });
}

function roundScore(x: number): number {
  // 0.99 * 100 is 99.00000000000001 in binary floating point.
  return Number(x.toFixed(10));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** What a JSON value is, for a message: "a list", "a text", or "nothing" when absent. */
export function jsonKind(raw: unknown): JsonKind {
  if (raw === undefined) return 'nothing';
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'list';
  switch (typeof raw) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'object';
  }
}
