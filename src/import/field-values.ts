// Reading single imported values (JSON fields, CSV cells) into model values, shared by the JSON and CSV imports.
// Each reader returns the value, `undefined` for a blank, or an Italian message naming the input and the reason.
import type { CellInput } from '../core/model';
import { ParseError, fromExcelSerial, parseValue } from '../core/parse';
import type { JsonKind } from '../core/messages/import-errors';
import { parseTarget } from '../core/target';

/** Outcome of reading one imported value: a value (undefined = left blank) or why it was refused. */
export type Read<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const blank = <T>(): Read<T> => ({ ok: true, value: undefined });
const accept = <T>(value: T): Read<T> => ({ ok: true, value });
/** The one wording of a refused value: what it is for, the value as given, and why. */
const invalid = <T>(label: string, raw: unknown, reason: string): Read<T> => ({ ok: false, message: `${label}: valore ${shown(raw)} non valido: ${reason}` });

/** The reason carried by a thrown value, in the words of the parser that threw it. */
export function reasonOf(error: unknown): string {
  if (error instanceof ParseError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

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

function inRange(value: number, label: string, raw: unknown, range: NumberRange): Read<number> {
  if (range.min !== undefined && value < range.min) {
    return invalid(label, raw, `deve essere almeno ${formatIt(range.min)}`);
  }
  if (range.max !== undefined && value > range.max) {
    return invalid(label, raw, `deve essere al massimo ${formatIt(range.max)}`);
  }
  return accept(value);
}

/** A plain number (weight, amount, baseline): a JSON number or text as analysts write it (`1.250,50 €`). */
export function readNumber(raw: unknown, label: string, range: NumberRange = {}): Read<number> {
  if (isBlank(raw)) return blank();
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return invalid(label, raw, 'non è un numero finito');
    return inRange(raw, label, raw, range);
  }
  if (typeof raw !== 'string') return invalid(label, raw, `atteso un numero, trovato ${typeName(raw)}`);
  try {
    const value = parseValue(raw);
    if (value === null) return blank();
    if (value.kind !== 'number') return invalid(label, raw, `atteso un numero, trovato ${valueKindIt(value.kind)}`);
    return inRange(value.value, label, raw, range);
  } catch (error) {
    return invalid(label, raw, reasonOf(error));
  }
}

/** A degree 0..1 (threshold, cut-off): a fraction (`0,5`) or a percentage (`50%`); `50` alone is refused as ambiguous. */
export function readFraction(raw: unknown, label: string): Read<number> {
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
    return invalid(label, raw, 'indicare una frazione tra 0 e 1 (0,5) o una percentuale (50%)');
  }
  return inRange(read.value, label, raw, { min: 0, max: 1 });
}

/** An OIV score out of 100: `99`, `99/100`, `99%`. */
export function readScore(raw: unknown, label: string): Read<number> {
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
export function readIsoDate(raw: unknown, label: string): Read<string> {
  if (isBlank(raw)) return blank();
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    return invalid(label, raw, `attesa una data, trovato ${typeName(raw)}`);
  }
  try {
    const value = typeof raw === 'number' ? { kind: 'date' as const, serial: raw } : parseValue(raw);
    if (value === null) return blank();
    if (value.kind !== 'date') return invalid(label, raw, 'attesa una data (31/07/2022 o 2022-07-31)');
    const { year, month, day } = fromExcelSerial(value.serial);
    return accept(`${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`);
  } catch (error) {
    return invalid(label, raw, reasonOf(error));
  }
}

/** A result as entered in a cell: text, number, boolean or blank; anything else is refused. */
export function readCellInput(raw: unknown, label: string): Read<CellInput> {
  if (raw === undefined || raw === null) return blank();
  if (typeof raw === 'number' && !Number.isFinite(raw)) return invalid(label, raw, 'non è un numero finito');
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return accept(raw);
  return invalid(label, raw, `atteso testo, numero o SI/NO, trovato ${typeName(raw)}`);
}

/** Why a target text cannot be evaluated, or null when parseTarget understands it. */
export function targetProblem(text: string, label = 'Target'): string | null {
  try {
    parseTarget(text);
    return null;
  } catch (error) {
    return `${label} ${shown(text)} non interpretabile: ${reasonOf(error)}`;
  }
}

/** Why a result cannot be evaluated, or null when parseValue understands it (or it is blank). */
export function actualProblem(actual: CellInput, label = 'Risultato'): string | null {
  try {
    parseValue(actual);
    return null;
  } catch (error) {
    return `${label} ${shown(actual)} non interpretabile: ${reasonOf(error)}`;
  }
}

function roundScore(x: number): number {
  // 0.99 * 100 is 99.00000000000001 in binary floating point.
  return Number(x.toFixed(10));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatIt(n: number): string {
  return String(n).replace('.', ',');
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

export function typeName(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'un elenco';
  switch (typeof raw) {
    case 'string':
      return 'un testo';
    case 'number':
      return 'un numero';
    case 'boolean':
      return 'un valore vero/falso';
    case 'object':
      return 'un oggetto';
    default:
      return typeof raw;
  }
}

function valueKindIt(kind: 'number' | 'ratio' | 'date' | 'boolean'): string {
  switch (kind) {
    case 'ratio':
      return 'un rapporto';
    case 'date':
      return 'una data';
    case 'boolean':
      return 'un SI/NO';
    default:
      return 'un numero';
  }
}
