// The task pane's root: theme, language and services around the app; the workbench mounts this too.
import * as React from 'react';
import { FluentProvider, Spinner } from '@fluentui/react-components';
import { dictionaries, resolveLanguage } from './i18n';
import { StringsProvider } from './i18n/strings-context';
import { ServicesProvider } from './services/context';
import type { WorkbookServices } from './services/types';
import { DEFAULT_SETTINGS, type WorkbookSettings } from '../workbook/settings';
import { themeFor } from './theme';
import { App } from './App';

export interface TaskpaneRootProps {
  /** Office's display language ("it-IT"); null outside Office. */
  displayLanguage: string | null;
  /** Office's theme: true dark, false light, null unknown (light). */
  dark: boolean | null;
  /** The workbook operations: excelServices() inside Excel and in the workbench, a fake in unit tests. */
  services: WorkbookServices;
}

export function TaskpaneRoot(props: TaskpaneRootProps): React.JSX.Element {
  const { services } = props;
  const [settings, setSettings] = React.useState<WorkbookSettings>(DEFAULT_SETTINGS);
  const [settingsLoaded, setSettingsLoaded] = React.useState(false);

  React.useEffect(() => {
    let active = true;
    services
      .readSettings()
      .then((stored: WorkbookSettings) => active && setSettings(stored))
      // A workbook without settings (or not reachable yet) keeps the defaults; the screens report real failures.
      .catch(() => undefined)
      .finally(() => active && setSettingsLoaded(true));
    return () => {
      active = false;
    };
  }, [services]);

  const language = resolveLanguage(props.displayLanguage, settings.language ?? 'auto');
  const strings = dictionaries[language];
  return (
    <FluentProvider theme={themeFor(props.dark)} lang={strings.locale} style={{ minHeight: '100vh' }}>
      <StringsProvider strings={strings}>
        <ServicesProvider services={services}>
          {/* Waiting for the workbook's settings avoids flashing Office's language before the stored override. */}
          {settingsLoaded ? <App settings={settings} onSettingsChange={setSettings} /> : <Spinner label={strings.boot.loading} />}
        </ServicesProvider>
      </StringsProvider>
    </FluentProvider>
  );
}
