// Language override stored in the workbook: "as Office", Italiano or English.
import * as React from 'react';
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings-context';
import type { LanguageChoice } from '../i18n/dictionary';
import { useServices } from '../services/context';
import type { PaneSettings } from '../services/types';
import { describeFailure } from '../operation-failure';

const CHOICES: readonly LanguageChoice[] = ['auto', 'it', 'en'];

const useStyles = makeStyles({ field: { maxWidth: '9rem' } });

export function LanguagePicker(props: { settings: PaneSettings; onSettingsChange(settings: PaneSettings): void }): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const [error, setError] = React.useState<string | null>(null);

  const onChange = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    const next: PaneSettings = { ...props.settings, language: event.target.value as LanguageChoice };
    props.onSettingsChange(next);
    setError(null);
    services.writeSettings(next).catch((failure: unknown) => setError(strings.app.languageSaveFailed(describeFailure(failure, strings.language).reason)));
  };
  return (
    <Field label={strings.app.languageLabel} size="small" className={styles.field} validationMessage={error ?? undefined}>
      <Select size="small" value={props.settings.language} onChange={onChange}>
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {strings.app.languageChoices[choice]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
