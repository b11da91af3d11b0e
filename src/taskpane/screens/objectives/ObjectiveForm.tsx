// Create a new objective sheet, or edit an existing objective's header, from a form checked as the analyst types.
import * as React from 'react';
import { Button, Field, Input, Select, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { Objective, ObjectiveKind } from '../../../core/model';
import { useLayoutStyles } from '../../components/layout-styles';
import { useStrings } from '../../i18n/strings-context';
import { FormErrors } from '../../components/FormErrors';
import { OperationFeedback } from '../../components/OperationFeedback';
import { textFieldSetter } from '../../components/text-field-setter';
import type { Operation } from '../../components/use-operation';
import { IndicatorFields } from './IndicatorFields';
import { emptyIndicatorDraft, objectiveFromDraft, type ObjectiveDraft } from './objective-draft';

const KINDS: readonly ObjectiveKind[] = ['nuovo', 'mantenimento', 'straordinario'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ObjectiveFormProps {
  initial: ObjectiveDraft;
  /** Numbers of the objectives already in the workbook. */
  taken: ReadonlyArray<number>;
  operation: Operation;
  onSubmit(objective: Objective): void;
  onCancel(): void;
}

export function ObjectiveForm(props: ObjectiveFormProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [draft, setDraft] = React.useState<ObjectiveDraft>(props.initial);
  const [errors, setErrors] = React.useState<string[]>([]);
  const editing = props.initial.source !== undefined;
  const busy = props.operation.running;

  const set = textFieldSetter(setDraft);

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const result = objectiveFromDraft(draft, strings, props.taken);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    props.onSubmit(result.objective);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="objective-form-title">
      <Subtitle2 as="h2" id="objective-form-title">
        {editing ? strings.form.editTitle(props.initial.source?.number ?? 0) : strings.form.newTitle}
      </Subtitle2>
      <div className={layout.fieldRow}>
        <Field label={strings.form.number} required hint={editing ? strings.form.numberFixed : undefined}>
          {/* The number is the sheet's identity (its tag): changing it would make another objective. */}
          <Input className={layout.fillInput} value={draft.number} onChange={set('number')} inputMode="numeric" readOnly={editing} />
        </Field>
        <Field label={strings.form.kind}>
          <Select className={layout.fillInput} value={draft.kind} onChange={(_event, data) => setDraft((d) => ({ ...d, kind: data.value as ObjectiveKind | '' }))}>
            <option value="">{strings.form.kindNone}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {strings.form.kinds[kind]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={strings.form.title} required>
        <Textarea value={draft.title} onChange={set('title')} rows={2} resize="vertical" />
      </Field>
      <Field label={strings.form.planReferences} hint={strings.form.planReferencesHint}>
        <Textarea value={draft.planReferences} onChange={set('planReferences')} rows={2} resize="vertical" />
      </Field>
      <Field label={strings.form.kindText}>
        <Textarea value={draft.kindText} onChange={set('kindText')} rows={2} resize="vertical" />
      </Field>
      <Field label={strings.form.description}>
        <Textarea value={draft.description} onChange={set('description')} rows={3} resize="vertical" />
      </Field>
      <Field label={strings.form.benefits}>
        <Textarea value={draft.benefits} onChange={set('benefits')} rows={2} resize="vertical" />
      </Field>
      <div className={layout.fieldRow}>
        <Field label={strings.form.weight}>
          <Input className={layout.fillInput} value={draft.weight} onChange={set('weight')} inputMode="decimal" />
        </Field>
        <Field label={strings.form.allocatedAmount}>
          <Input className={layout.fillInput} value={draft.allocatedAmount} onChange={set('allocatedAmount')} inputMode="decimal" />
        </Field>
      </div>
      <Subtitle2 as="h3">{strings.form.indicatorsHeading}</Subtitle2>
      {draft.indicators.map((row, index) => (
        <IndicatorFields
          key={row.key}
          index={index}
          draft={row}
          canRemove={draft.indicators.length > 1}
          onChange={(next) => setDraft((d) => ({ ...d, indicators: d.indicators.map((r) => (r.key === next.key ? next : r)) }))}
          onRemove={() => setDraft((d) => ({ ...d, indicators: d.indicators.filter((r) => r.key !== row.key) }))}
        />
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() => setDraft((d) => ({ ...d, indicators: [...d.indicators, emptyIndicatorDraft()] }))}
        >
          {strings.form.addIndicator}
        </Button>
      </div>
      <FormErrors errors={errors} />
      <OperationFeedback operation={props.operation} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {editing ? strings.form.save : strings.form.create}
        </Button>
        <Button onClick={props.onCancel} disabled={busy}>
          {strings.form.cancel}
        </Button>
      </div>
    </form>
  );
}
