// Riepilogo → Regole: the body's evaluation rules (cut-offs, payout rule and bands, deadline tolerance, final degree).
import * as React from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { MAX_PAYOUT_BANDS, PAYOUT_KINDS, type PayoutKind } from '../../../core/payout';
import type { FinalDegreeSource } from '../../../core/rules';
import { useLayoutStyles } from '../../components/layout-styles';
import { textFieldSetter } from '../../components/text-field-setter';
import { useStrings } from '../../i18n/strings-context';
import type { BandDraft, RulesDraft } from './rules-draft';

const FINAL_DEGREE_SOURCES: readonly FinalDegreeSource[] = ['oiv-else-computed', 'computed'];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  band: { display: 'grid', gridTemplateColumns: '1fr 1fr auto', alignItems: 'end', gap: tokens.spacingHorizontalS },
});

export interface RulesSectionProps {
  draft: RulesDraft;
  onChange(change: (draft: RulesDraft) => RulesDraft): void;
}

export function RulesSection(props: RulesSectionProps): React.JSX.Element {
  const strings = useStrings();
  const labels = strings.summary;
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { draft, onChange } = props;
  const setText = textFieldSetter(onChange);
  const setBand = (index: number, part: keyof BandDraft) => (_event: unknown, data: { value: string }) =>
    onChange((d) => ({ ...d, bands: d.bands.map((band, at) => (at === index ? { ...band, [part]: data.value } : band)) }));
  const addBand = () => onChange((d) => ({ ...d, bands: [...d.bands, { from: '', share: '' }] }));
  const removeBand = (index: number) => onChange((d) => ({ ...d, bands: d.bands.filter((_band, at) => at !== index) }));

  return (
    <div className={styles.section}>
      <div className={layout.fieldRow}>
        <Field label={labels.achievedFrom}>
          <Input className={layout.fillInput} value={draft.achievedFrom} onChange={setText('achievedFrom')} inputMode="decimal" contentAfter="%" />
        </Field>
        <Field label={labels.partialFrom}>
          <Input className={layout.fillInput} value={draft.partialFrom} onChange={setText('partialFrom')} inputMode="decimal" contentAfter="%" />
        </Field>
      </div>
      <Field label={labels.rules.payoutKind}>
        <Select value={draft.payoutKind} onChange={(event) => onChange((d) => ({ ...d, payoutKind: event.target.value as PayoutKind }))}>
          {PAYOUT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels.rules.payoutKinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      {draft.payoutKind === 'bands' ? (
        <div className={styles.section} role="group" aria-label={labels.rules.bandsHeading}>
          <Text weight="semibold">{labels.rules.bandsHeading}</Text>
          {draft.bands.map((band, index) => (
            <div className={styles.band} key={index}>
              <Field label={labels.rules.bandFrom(index + 1)}>
                <Input className={layout.fillInput} value={band.from} onChange={setBand(index, 'from')} inputMode="decimal" contentAfter="%" />
              </Field>
              <Field label={labels.rules.bandShare(index + 1)}>
                <Input className={layout.fillInput} value={band.share} onChange={setBand(index, 'share')} inputMode="decimal" contentAfter="%" />
              </Field>
              <Button appearance="subtle" icon={<DeleteRegular />} aria-label={labels.rules.removeBand(index + 1)} onClick={() => removeBand(index)} />
            </div>
          ))}
          {draft.bands.length < MAX_PAYOUT_BANDS && (
            <div>
              <Button icon={<AddRegular />} onClick={addBand}>
                {labels.rules.addBand}
              </Button>
            </div>
          )}
        </div>
      ) : (
        <Field label={labels.threshold} hint={labels.thresholdHint}>
          <Input className={layout.fillInput} value={draft.payoutFrom} onChange={setText('payoutFrom')} inputMode="decimal" contentAfter="%" />
        </Field>
      )}
      <Field label={labels.rules.deadlineTolerance} hint={labels.rules.deadlineToleranceHint}>
        <Input className={layout.fillInput} value={draft.deadlineToleranceDays} onChange={setText('deadlineToleranceDays')} inputMode="numeric" />
      </Field>
      <Field label={labels.rules.verdictTolerance} hint={labels.rules.verdictToleranceHint}>
        <Input className={layout.fillInput} value={draft.verdictTolerance} onChange={setText('verdictTolerance')} inputMode="decimal" contentAfter="%" />
      </Field>
      <Field label={labels.rules.finalDegree}>
        <Select value={draft.finalDegree} onChange={(event) => onChange((d) => ({ ...d, finalDegree: event.target.value as FinalDegreeSource }))}>
          {FINAL_DEGREE_SOURCES.map((source) => (
            <option key={source} value={source}>
              {labels.rules.finalDegreeChoices[source]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
