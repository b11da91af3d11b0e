// What the pane shows while Office starts, or why it cannot start.
import * as React from 'react';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Dictionary } from '../i18n/dictionary';
import { themeFor } from '../theme';

export type BootState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'timeout'; seconds: number };

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM, minHeight: '100vh' } });

export function BootMessage(props: { state: BootState; strings: Dictionary; dark: boolean | null }): React.JSX.Element {
  const styles = useStyles();
  const { state, strings } = props;
  return (
    <FluentProvider theme={themeFor(props.dark)} lang={strings.locale} className={styles.root}>
      {state.kind === 'loading' ? (
        <Spinner label={strings.boot.loading} />
      ) : (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{state.kind === 'missing' ? strings.boot.officeMissingTitle : strings.boot.officeTimeoutTitle}</MessageBarTitle>
            {state.kind === 'missing' ? strings.boot.officeMissing : strings.boot.officeTimeout(state.seconds)}
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>
  );
}
