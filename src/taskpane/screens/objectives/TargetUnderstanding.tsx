// The target field with, as the analyst types, how the text was understood or why it was not.
import * as React from 'react';
import { Field, Input } from '@fluentui/react-components';
import { useStrings } from '../../i18n/strings-context';
import { readTarget } from './objective-draft';

export function TargetField(props: { value: string; onChange(value: string): void; label: string }): React.JSX.Element {
  const strings = useStrings();
  const reading = React.useMemo(() => readTarget(props.value, strings.language), [props.value, strings.language]);
  const message =
    reading.kind === 'understood'
      ? strings.form.targetUnderstood(reading.canonical)
      : reading.kind === 'invalid'
        ? strings.form.targetNotUnderstood(reading.reason)
        : strings.form.targetEmpty;
  const state = reading.kind === 'understood' ? 'success' : reading.kind === 'invalid' ? 'error' : 'none';
  return (
    <Field label={props.label} required validationState={state} validationMessage={message} validationMessageIcon={state === 'none' ? null : undefined}>
      <Input value={props.value} onChange={(_event, data) => props.onChange(data.value)} />
    </Field>
  );
}
