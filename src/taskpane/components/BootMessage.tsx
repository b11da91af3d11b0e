// What the pane shows while Office starts, or why it cannot start.
import * as React from 'react';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Dictionary } from '../i18n/dictionary';
import type { RequiredSet } from '../requirement-sets';
import { themeFor } from '../theme';

export type BootState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'timeout'; seconds: number } | { kind: 'unsupported'; missing: RequiredSet[] };

function messageOf(state: Exclude<BootState, { kind: 'loading' }>, strings: Dictionary): { title: string; body: React.ReactNode } {
  if (state.kind === 'missing') return { title: strings.boot.officeMissingTitle, body: strings.boot.officeMissing };
  if (state.kind === 'timeout') return { title: strings.boot.officeTimeoutTitle, body: strings.boot.officeTimeout(state.seconds) };
  const body = (
    <>
      {strings.boot.unsupported} {strings.boot.missingSets}
      <ul>
        {state.missing.map((set) => (
          <li key={set.name}>
            {set.name} {set.version}: {strings.boot.withoutSet[set.name]}
          </li>
        ))}
      </ul>
    </>
  );
  return { title: strings.boot.unsupportedTitle, body };
}

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
            <MessageBarTitle>{messageOf(state, strings).title}</MessageBarTitle>
            {messageOf(state, strings).body}
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>
  );
}
