// The settings of the body's evaluation rules that need more than a plain cell: the cut-offs (two rows, in order),
// the payout rule (its kind, threshold and bands), the deadline tolerance in whole days and the final degree's source.
import { DEFAULT_CUTOFFS, type StatusCutoffs } from '../core/model';
import { msg } from '../core/messages';
import { MAX_PAYOUT_BANDS, PAYOUT_KIND_WORDS, type PayoutBand, type PayoutRule } from '../core/payout';
import { DEFAULT_PAYOUT, type FinalDegreeSource } from '../core/rules';
import { choiceCodec, degreeCodec, numberCodec, type FieldCodec } from './field-codecs';
import { flagCodec, singleCell, unusable, type RowEntry, type SettingField, type SettingProblem, type SettingRow } from './setting-field';
import { NUMBER_FORMATS } from './styles';

/** "Raggiunto" and "Parzialmente raggiunto" cut-offs; a partial cut-off above the achieved one is brought down to it. */
export function cutoffsField(names: { achievedFrom: string; partialFrom: string }): SettingField<StatusCutoffs> {
  const achieved = singleCell<number>(
    { key: 'achievedFrom', label: 'Grado minimo per "Raggiunto"', numberFormat: NUMBER_FORMATS.percentWhole, name: names.achievedFrom },
    degreeCodec,
    DEFAULT_CUTOFFS.achievedFrom,
  );
  const partial = singleCell<number>(
    { key: 'partialFrom', label: 'Grado minimo per "Parzialmente raggiunto"', numberFormat: NUMBER_FORMATS.percentWhole, name: names.partialFrom },
    degreeCodec,
    DEFAULT_CUTOFFS.partialFrom,
  );
  return {
    rows: [...achieved.rows, ...partial.rows],
    fallback: DEFAULT_CUTOFFS,
    write: (cutoffs) => [...achieved.write(cutoffs.achievedFrom), ...partial.write(cutoffs.partialFrom)],
    read: ([achievedEntry, partialEntry]) => {
      const achievedFrom = achieved.read([achievedEntry]);
      const partialFrom = partial.read([partialEntry]);
      const problems = [...achievedFrom.problems, ...partialFrom.problems];
      if (partialFrom.value <= achievedFrom.value) return { value: { achievedFrom: achievedFrom.value, partialFrom: partialFrom.value }, problems };
      problems.push({
        address: partialEntry?.address ?? achievedEntry?.address ?? 'A1',
        message: msg('settings.partialAboveAchieved', { partialFrom: partialFrom.value, achievedFrom: achievedFrom.value }),
      });
      return { value: { achievedFrom: achievedFrom.value, partialFrom: achievedFrom.value }, problems };
    },
  };
}

/** One band row: the degree from which it pays in C, the share it pays in D; both blank = no band. */
function readBand(row: SettingRow, entry: RowEntry | undefined, problems: SettingProblem[]): PayoutBand | null {
  if (entry === undefined) return null;
  const [from, share] = entry.values.map((value) => degreeCodec.read(value));
  if (from.ok && share.ok && from.value === undefined && share.value === undefined) return null;
  if (from.ok && share.ok && from.value !== undefined && share.value !== undefined) return { from: from.value, share: share.value };
  const reason = !from.ok ? from.reason : !share.ok ? share.reason : msg('settings.bandIncomplete');
  problems.push(unusable(row, entry, reason, null));
  return null;
}

/** The payout rule's first row, where problems about the rule point. */
export const PAYOUT_RULE_KEY = 'payoutRule';

/** The payout rule: its kind, the threshold of proportional and all-or-nothing, and up to MAX_PAYOUT_BANDS band rows. */
export function payoutField(names: { kind: string; threshold: string; bands: string }): SettingField<PayoutRule> {
  const kind = singleCell<PayoutRule['kind']>(
    { key: PAYOUT_RULE_KEY, label: 'Regola di pagamento (proporzionale, tutto o niente, fasce)', numberFormat: NUMBER_FORMATS.text, name: names.kind },
    choiceCodec(PAYOUT_KIND_WORDS),
    DEFAULT_PAYOUT.kind,
  );
  const threshold = singleCell<number>(
    { key: 'paymentThreshold', label: 'Grado da cui si paga (proporzionale, tutto o niente)', numberFormat: NUMBER_FORMATS.percentWhole, name: names.threshold },
    degreeCodec,
    DEFAULT_PAYOUT.from,
  );
  const bandRows: SettingRow[] = Array.from({ length: MAX_PAYOUT_BANDS }, (_, index) => ({
    key: `payoutBand${index + 1}`,
    label: `Fascia ${index + 1}: grado da (C), quota pagata (D)`,
    numberFormat: NUMBER_FORMATS.percentWhole,
    width: 2,
    name: names.bands,
  }));
  return {
    rows: [...kind.rows, ...threshold.rows, ...bandRows],
    fallback: DEFAULT_PAYOUT,
    write: (rule) => [
      ...kind.write(rule.kind),
      ...threshold.write(rule.from),
      ...bandRows.map((_row, index) => (index < rule.bands.length ? [rule.bands[index].from, rule.bands[index].share] : [undefined, undefined])),
    ],
    read: ([kindEntry, thresholdEntry, ...bandEntries]) => {
      const kindRead = kind.read([kindEntry]);
      const thresholdRead = threshold.read([thresholdEntry]);
      const problems = [...kindRead.problems, ...thresholdRead.problems];
      // A sheet from before the payout rule has no band rows: it keeps the default bands for when bands are chosen.
      const bands = bandEntries.every((entry) => entry === undefined)
        ? DEFAULT_PAYOUT.bands
        : bandRows.flatMap((row, index) => readBand(row, bandEntries[index], problems) ?? []);
      return { value: { kind: kindRead.value, from: thresholdRead.value, bands }, problems };
    },
  };
}

const wholeNumberCodec = numberCodec(NUMBER_FORMATS.integer);

/** Whole days, not negative. */
export const toleranceCodec: FieldCodec<number> = {
  ...wholeNumberCodec,
  read: (entry) => {
    const read = wholeNumberCodec.read(entry);
    if (read.ok && read.value !== undefined && !(Number.isInteger(read.value) && read.value >= 0)) {
      return { ok: false, reason: msg('rules.toleranceNotDays', { value: String(entry) }) };
    }
    return read;
  },
};

/** TRUE (the OIV score when there is one) or FALSE (always the computed degree), so a formula can test it. */
export const finalDegreeCodec: FieldCodec<FinalDegreeSource> = {
  numberFormat: flagCodec.numberFormat,
  toCell: (value) => (value === undefined ? undefined : value === 'oiv-else-computed'),
  read: (entry) => {
    const read = flagCodec.read(entry);
    if (!read.ok) return read;
    if (read.value === undefined) return { ok: true, value: undefined };
    return { ok: true, value: read.value ? 'oiv-else-computed' : 'computed' };
  },
};
