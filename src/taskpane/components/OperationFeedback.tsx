// Progress bar while an operation runs; after a failure, the reason and what was already written.
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Field } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings-context';
import type { Operation } from './use-operation';

/** `workingLabel` says what is running (default: a generic "working"). */
export function OperationFeedback(props: { operation: Operation; workingLabel?: string }): React.JSX.Element | null {
  const strings = useStrings();
  const { running, progress, failure } = props.operation;
  if (running) {
    const label = props.workingLabel ?? strings.operation.working;
    return (
      <Field validationMessage={label} validationState="none">
        <ProgressBar value={progress ?? undefined} max={1} thickness="large" aria-label={label} />
      </Field>
    );
  }
  if (!failure) return null;
  const written = failure.written;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.operation.failedTitle}</MessageBarTitle>
        {failure.reason}{' '}
        {written === null ? null : written.length === 0 ? strings.operation.nothingWritten : strings.operation.alreadyWritten(written.join(', '))}
      </MessageBarBody>
    </MessageBar>
  );
}
