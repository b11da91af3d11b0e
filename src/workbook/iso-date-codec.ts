// A date the model keeps as ISO text (yyyy-mm-dd) and the sheet as a real date: a revision's, a monitoring point's.
import { msg, reasonOf } from '../core/messages';
import { isoDateSerial, serialIsoDate } from '../core/monitoring';
import { parseValue } from '../core/parse';
import type { FieldCodec } from './field-codecs';
import { NUMBER_FORMATS } from './styles';

export const isoDateCodec: FieldCodec<string> = {
  numberFormat: NUMBER_FORMATS.date,
  toCell: (value) => (value === undefined ? undefined : (isoDateSerial(value) ?? value)),
  read: (entry) => {
    if (entry === null || entry === undefined || (typeof entry === 'string' && entry.trim() === '')) return { ok: true, value: undefined };
    if (typeof entry === 'number') {
      try {
        return { ok: true, value: serialIsoDate(entry) };
      } catch (error) {
        return { ok: false, reason: reasonOf(error) };
      }
    }
    if (typeof entry === 'string' && isoDateSerial(entry) !== null) return { ok: true, value: entry.trim() };
    try {
      const parsed = parseValue(String(entry));
      if (parsed?.kind === 'date') return { ok: true, value: serialIsoDate(parsed.serial) };
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
    return { ok: false, reason: msg('import.dateForm') };
  },
};
