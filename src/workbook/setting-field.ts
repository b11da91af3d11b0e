// One setting of the workbook as the settings sheet holds it: its rows (key, Italian label, format, named item),
// its default, the cells it writes and how those cells are read back, with a catalogue message for what is refused.
import { msg, type Message, type MessageParam } from '../core/messages';
import type { FieldCodec } from './field-codecs';
import type { CellScalar } from './layout';
import type { SnapshotValue } from './snapshot';
import { NUMBER_FORMATS } from './styles';

/** A row of the settings sheet: key in column A, label in B, the value in C (and D for a pair). */
export interface SettingRow {
  key: string;
  /** Italian: the settings sheet is part of the workbook, which speaks the report's language. */
  label: string;
  numberFormat: string;
  /** Value cells: 1 (C) or 2 (C and D). */
  width: 1 | 2;
  /** Named item over the value cell(s) so formulas read it live; consecutive rows sharing a name make one range. */
  name?: string;
}

/** A row found on the sheet: the address of its first value cell and its value cells' entries. */
export interface RowEntry {
  address: string;
  values: SnapshotValue[];
}

export interface SettingProblem {
  address: string;
  message: Message;
}

export interface SettingReading<V> {
  value: V;
  problems: SettingProblem[];
}

export interface SettingField<V> {
  rows: readonly SettingRow[];
  /** The value a new workbook starts with, and the one used for a missing or unusable entry. */
  fallback: V;
  /** The value cells of each row, in row order; undefined leaves a cell empty. */
  write(value: V): (CellScalar | undefined)[][];
  /** The value from its rows as found (undefined: the row is absent, as on a sheet from an older version). */
  read(entries: ReadonlyArray<RowEntry | undefined>): SettingReading<V>;
}

/** How a single cell's fallback is named in a problem: degrees as percentages, nothing as "the default (blank)". */
function shownValue(value: unknown, numberFormat: string): MessageParam {
  if (value === null || value === undefined) return msg('settings.blank');
  if (typeof value === 'number' && numberFormat === NUMBER_FORMATS.percentWhole) return msg('settings.percent', { value });
  if (typeof value === 'boolean') return msg('settings.flag', { value });
  return value as MessageParam;
}

/** The problem for an entry refused by its codec. */
export function unusable(row: SettingRow, entry: RowEntry, reason: Message, fallback: unknown): SettingProblem {
  return { address: entry.address, message: msg('settings.unusable', { key: row.key, reason, fallback: shownValue(fallback, row.numberFormat) }) };
}

/**
 * A setting held in one cell, read by a field codec; a blank cell or a missing row gives the fallback.
 * The codec reads the value itself; null (a nullable setting left to its default) is an empty cell.
 */
export function singleCell<V>(row: Omit<SettingRow, 'width'>, codec: FieldCodec<NonNullable<V>>, fallback: V): SettingField<V> {
  const fullRow: SettingRow = { ...row, width: 1 };
  return {
    rows: [fullRow],
    fallback,
    write: (value) => [[value === null || value === undefined ? undefined : codec.toCell(value)]],
    read: ([entry]) => {
      if (entry === undefined) return { value: fallback, problems: [] };
      const decoded = codec.read(entry.values[0]);
      // The fallback is named as its cell would show it (VERO, proporzionale, 100%), not as the code behind it.
      const shown = fallback === null || fallback === undefined ? null : codec.toCell(fallback);
      if (!decoded.ok) return { value: fallback, problems: [unusable(fullRow, entry, decoded.reason, shown)] };
      return { value: decoded.value ?? fallback, problems: [] };
    },
  };
}

/** TRUE or FALSE as Excel holds them; text "VERO"/"FALSO" or "TRUE"/"FALSE" as typed in a text cell. */
export const flagCodec: FieldCodec<boolean> = {
  numberFormat: NUMBER_FORMATS.general,
  toCell: (value) => value,
  read: (entry) => {
    if (entry === null || entry === undefined || (typeof entry === 'string' && entry.trim() === '')) return { ok: true, value: undefined };
    if (typeof entry === 'boolean') return { ok: true, value: entry };
    const word = String(entry).trim().toUpperCase();
    if (word === 'VERO' || word === 'TRUE') return { ok: true, value: true };
    if (word === 'FALSO' || word === 'FALSE') return { ok: true, value: false };
    return { ok: false, reason: msg('settings.notAFlag', { value: entry }) };
  },
};
