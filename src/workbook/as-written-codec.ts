// A value kept as written ("1.134", "80 gg", "31/10/2021"): results, last year's values, monitored values, read by the
// target's kind wherever they are evaluated.
import type { FieldCodec } from './field-codecs';
import { NUMBER_FORMATS } from './styles';

export const asWrittenCodec: FieldCodec<string | number | boolean> = {
  numberFormat: NUMBER_FORMATS.text,
  toCell: (value) => value,
  read: (entry) => ({ ok: true, value: entry === null || entry === '' ? undefined : entry }),
};
