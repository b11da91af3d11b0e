// Why a form was refused: every reason at once under one warning, so the analyst fixes them in one pass.
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings-context';

const useStyles = makeStyles({
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Nothing while `errors` is empty. */
export function FormErrors(props: { errors: readonly string[] }): React.JSX.Element | null {
  const strings = useStrings();
  const styles = useStyles();
  if (props.errors.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.form.invalidTitle}</MessageBarTitle>
        <ul className={styles.errors}>
          {props.errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
