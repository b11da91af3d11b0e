// Riepilogo: options and evaluation rules saved in the workbook, generate/refresh the summary sheet, then its headline figures;
// the Relazione, the Monitoraggio and next year's report from here too.
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TableSimpleRegular } from '@fluentui/react-icons';
import { useLayoutStyles } from '../../components/layout-styles';
import { useStrings } from '../../i18n/strings-context';
import { useServices } from '../../services/context';
import type { SummaryFigures } from '../../services/types';
import { defaultFundReference } from '../../../core/fund';
import { renderMessage } from '../../../core/messages';
import { rulesWarnings } from '../../../core/rules';
import type { WorkbookSettings } from '../../../workbook/settings';
import { FormErrors } from '../../components/FormErrors';
import { OperationFeedback } from '../../components/OperationFeedback';
import { textFieldSetter } from '../../components/text-field-setter';
import { useOperation } from '../../components/use-operation';
import { HeadlineFigures } from './HeadlineFigures';
import { MonitoringSection } from './MonitoringSection';
import { NewYearSection } from './NewYearSection';
import { RelazioneExport } from './RelazioneExport';
import { rulesFromDraft, type RulesDraft } from './rules-draft';
import { RulesSection } from './RulesSection';
import { optionsDraftFromSettings, settingsFromOptionsDraft, type SummaryOptionsDraft } from './summary-options';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  options: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS, padding: 0 },
});

export interface SummaryScreenProps {
  settings: WorkbookSettings;
  onSettingsChange(settings: WorkbookSettings): void;
}

export function SummaryScreen(props: SummaryScreenProps): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const generating = useOperation();
  const navigating = useOperation();
  const [draft, setDraft] = React.useState<SummaryOptionsDraft>(() => optionsDraftFromSettings(props.settings, strings.locale));
  const [errors, setErrors] = React.useState<string[]>([]);
  const [figures, setFigures] = React.useState<SummaryFigures | null>(null);

  // An import may change the stored options: show what the workbook holds (a language change leaves edits alone).
  const stored = optionsDraftFromSettings(props.settings, strings.locale);
  const storedKey = JSON.stringify(stored);
  React.useEffect(() => {
    setDraft(JSON.parse(storedKey) as SummaryOptionsDraft);
  }, [storedKey]);

  const setText = textFieldSetter(setDraft);
  const setRules = (change: (rules: RulesDraft) => RulesDraft): void => setDraft((d) => ({ ...d, rules: change(d.rules) }));
  const busy = generating.running || navigating.running;
  // Warnings follow the rules as typed; a field that cannot be read yet is reported on Generate instead.
  const rules = rulesFromDraft(draft.rules, strings, []);
  const warnings = rules ? rulesWarnings(rules).map((warning) => renderMessage(warning, strings.language)) : [];

  const generate = (): void => {
    const result = settingsFromOptionsDraft(draft, props.settings, strings);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    const settings = result.settings;
    void generating
      .run(async (progress) => {
        const generated = await services.generateSummary(settings, progress);
        props.onSettingsChange(settings);
        return generated;
      })
      .then((generated) => generated && setFigures(generated));
  };
  const goToSheet = (): void => {
    if (figures) void navigating.run(() => services.activateSheet(figures.sheet));
  };

  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{strings.summary.heading}</Subtitle2>
      <fieldset className={styles.options} disabled={busy}>
        <legend className={styles.legend}>{strings.summary.optionsHeading}</legend>
        <Switch label={strings.summary.includeChart} checked={draft.includeChart} onChange={(_e, data) => setDraft((d) => ({ ...d, includeChart: data.checked }))} />
        <Switch label={strings.summary.includeAnnex} checked={draft.includeAnnex} onChange={(_e, data) => setDraft((d) => ({ ...d, includeAnnex: data.checked }))} />
        <Field label={strings.summary.fundTotal} hint={strings.summary.fundTotalHint}>
          <Input className={layout.fillInput} value={draft.fundTotal} onChange={setText('fundTotal')} inputMode="decimal" contentAfter="€" />
        </Field>
        <Field label={strings.summary.fundReference} hint={strings.summary.fundReferenceHint(defaultFundReference(props.settings.reportYear))}>
          <Input className={layout.fillInput} value={draft.fundReference} onChange={setText('fundReference')} />
        </Field>
        <Accordion collapsible>
          <AccordionItem value="rules">
            <AccordionHeader>{strings.summary.rules.heading}</AccordionHeader>
            <AccordionPanel>
              <RulesSection draft={draft.rules} onChange={setRules} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </fieldset>
      {/* Outside the accordion, so a payout to "Non raggiunto" objectives is seen even with the rules folded. */}
      {warnings.map((warning) => (
        <MessageBar key={warning} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.summary.rules.warningsTitle}</MessageBarTitle>
            {warning}
          </MessageBarBody>
        </MessageBar>
      ))}
      <FormErrors errors={errors} />
      <div>
        <Button appearance="primary" icon={<TableSimpleRegular />} disabled={busy} onClick={generate}>
          {figures ? strings.summary.refresh : strings.summary.generate}
        </Button>
      </div>
      <OperationFeedback operation={generating} />
      {figures?.renamed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.summary.renamedSheet(figures.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {figures && <HeadlineFigures figures={figures} busy={busy} onGoToSheet={goToSheet} />}
      <OperationFeedback operation={navigating} />
      <RelazioneExport busy={busy} />
      <MonitoringSection busy={busy} />
      <NewYearSection busy={busy} reportYear={props.settings.reportYear} />
    </div>
  );
}
