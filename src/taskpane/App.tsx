// The four sections of the pane behind a TabList; panels stay mounted so switching keeps their state.
import * as React from 'react';
import { makeStyles, tokens, Tab, TabList, Title3, type SelectTabData } from '@fluentui/react-components';
import { useStrings } from './i18n/strings-context';
import type { WorkbookSettings } from '../workbook/settings';
import { LanguagePicker } from './components/LanguagePicker';
import { ObjectivesScreen } from './screens/objectives/ObjectivesScreen';
import { ImportScreen } from './screens/import/ImportScreen';
import { CheckScreen } from './screens/check/CheckScreen';
import { SummaryScreen } from './screens/summary/SummaryScreen';

type TabKey = 'objectives' | 'import' | 'check' | 'summary';
const TAB_KEYS: readonly TabKey[] = ['objectives', 'import', 'check', 'summary'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: 0 },
  header: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  tabs: { flexWrap: 'wrap' },
  panel: { minWidth: 0 },
});

export interface AppProps {
  settings: WorkbookSettings;
  onSettingsChange(settings: WorkbookSettings): void;
}

export function App(props: AppProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabKey>('objectives');
  // Bumped after an import so the objectives list re-reads the workbook.
  const [workbookVersion, setWorkbookVersion] = React.useState(0);
  const workbookChanged = React.useCallback(() => setWorkbookVersion((v) => v + 1), []);

  const onTabSelect = (_event: unknown, data: SelectTabData): void => setTab(data.value as TabKey);
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.app.title}</Title3>
        <LanguagePicker settings={props.settings} onSettingsChange={props.onSettingsChange} />
      </header>
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={onTabSelect} aria-label={strings.app.tabsLabel}>
        {TAB_KEYS.map((key) => (
          <Tab key={key} value={key} id={`tab-${key}`} aria-controls={`panel-${key}`}>
            {strings.app.tabs[key]}
          </Tab>
        ))}
      </TabList>
      {TAB_KEYS.map((key) => (
        <section key={key} id={`panel-${key}`} role="tabpanel" aria-labelledby={`tab-${key}`} hidden={tab !== key} className={styles.panel}>
          {key === 'objectives' && <ObjectivesScreen workbookVersion={workbookVersion} onWorkbookChanged={workbookChanged} />}
          {key === 'import' && <ImportScreen settings={props.settings} onSettingsChange={props.onSettingsChange} onWorkbookChanged={workbookChanged} />}
          {key === 'check' && <CheckScreen />}
          {key === 'summary' && (
            <SummaryScreen settings={props.settings} onSettingsChange={props.onSettingsChange} />
          )}
        </section>
      ))}
    </div>
  );
}
