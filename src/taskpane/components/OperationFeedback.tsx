// Progress bar while an operation runs; after a failure, the reason and what was already written.
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Field } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings-context';
import type { Operation } from './use-operation';

export function OperationFeedback(props: { operation: Operation }): React.JSX.Element | null {
  const strings = useStrings();
  const { running, progress, failure } = props.operation;
  if (running) {
    return (
      <Field validationMessage={strings.operation.working} validationState="none">
        <ProgressBar value={progress ?? undefined} max={1} thickness="large" aria-label={strings.operation.working} />
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
