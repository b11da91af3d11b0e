// The settings of the body's evaluation rules that take more than one row of the settings sheet.
import { DEFAULT_CUTOFFS, type StatusCutoffs } from '../core/model';
import { msg } from '../core/messages';
import { degreeCodec } from './field-codecs';
import { singleCell, type SettingField } from './setting-field';
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
