// Language override stored in the workbook: "as Office", Italiano or English.
import * as React from 'react';
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings-context';
import type { LanguageChoice } from '../i18n/dictionary';
import { useServices } from '../services/context';
import type { WorkbookSettings } from '../../workbook/settings';
import { describeFailure } from '../operation-failure';

const CHOICES: readonly LanguageChoice[] = ['auto', 'it', 'en'];

const useStyles = makeStyles({ field: { maxWidth: '9rem' } });

export function LanguagePicker(props: { settings: WorkbookSettings; onSettingsChange(settings: WorkbookSettings): void }): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const [error, setError] = React.useState<string | null>(null);

  const onChange = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    const choice = event.target.value as LanguageChoice;
    const next: WorkbookSettings = { ...props.settings, language: choice === 'auto' ? null : choice };
    props.onSettingsChange(next);
    setError(null);
    services.writeSettings(next).catch((failure: unknown) => setError(strings.app.languageSaveFailed(describeFailure(failure, strings.language).reason)));
  };
  return (
    <Field label={strings.app.languageLabel} size="small" className={styles.field} validationMessage={error ?? undefined}>
      <Select size="small" value={props.settings.language ?? 'auto'} onChange={onChange}>
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {strings.app.languageChoices[choice]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
