// One indicator row of the objective form: name, target (with its live reading), baseline, threshold, weight.
import * as React from 'react';
import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useLayoutStyles } from '../../components/layout-styles';
import { textFieldSetter } from '../../components/text-field-setter';
import { useStrings } from '../../i18n/strings-context';
import type { IndicatorDraft } from './objective-draft';
import { TargetField } from './TargetUnderstanding';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', margin: 0, fontSize: tokens.fontSizeBase300 },
});

export interface IndicatorFieldsProps {
  index: number;
  draft: IndicatorDraft;
  canRemove: boolean;
  onChange(draft: IndicatorDraft): void;
  onRemove(): void;
}

export function IndicatorFields(props: IndicatorFieldsProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const position = props.index + 1;
  const set = textFieldSetter<IndicatorDraft>((change) => props.onChange(change(props.draft)));
  return (
    <fieldset className={styles.row} aria-label={strings.form.indicatorHeading(position)}>
      <legend className={styles.heading}>{strings.form.indicatorHeading(position)}</legend>
      <Field label={strings.form.indicatorName} required>
        <Textarea value={props.draft.name} onChange={set('name')} resize="vertical" rows={2} />
      </Field>
      <TargetField label={strings.form.target} value={props.draft.target} onChange={(value) => props.onChange({ ...props.draft, target: value })} />
      <div className={layout.fieldRow}>
        <Field label={strings.form.baseline}>
          <Input className={layout.fillInput} value={props.draft.baseline} onChange={set('baseline')} inputMode="decimal" />
        </Field>
        <Field label={strings.form.threshold} hint={strings.form.thresholdHint}>
          <Input className={layout.fillInput} value={props.draft.threshold} onChange={set('threshold')} inputMode="decimal" />
        </Field>
        <Field label={strings.form.indicatorWeight}>
          <Input className={layout.fillInput} value={props.draft.weight} onChange={set('weight')} inputMode="decimal" />
        </Field>
      </div>
      {props.canRemove && (
        <Button appearance="subtle" icon={<DeleteRegular />} onClick={props.onRemove}>
          {strings.form.removeIndicator(position)}
        </Button>
      )}
    </fieldset>
  );
}
