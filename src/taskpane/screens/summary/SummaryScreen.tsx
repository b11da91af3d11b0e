// Riepilogo: options saved in the workbook, generate/refresh the summary sheet, then its headline figures.
import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { TableSimpleRegular } from '@fluentui/react-icons';
import { useLayoutStyles } from '../../components/layout-styles';
import { useStrings } from '../../i18n/strings-context';
import { useServices } from '../../services/context';
import type { SummaryFigures } from '../../services/types';
import type { WorkbookSettings } from '../../../workbook/settings';
import { FormErrors } from '../../components/FormErrors';
import { OperationFeedback } from '../../components/OperationFeedback';
import { textFieldSetter } from '../../components/text-field-setter';
import { useOperation } from '../../components/use-operation';
import { HeadlineFigures } from './HeadlineFigures';
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
  const busy = generating.running || navigating.running;

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
        <div className={layout.fieldRow}>
          <Field label={strings.summary.achievedFrom}>
            <Input className={layout.fillInput} value={draft.achievedFrom} onChange={setText('achievedFrom')} inputMode="decimal" contentAfter="%" />
          </Field>
          <Field label={strings.summary.partialFrom}>
            <Input className={layout.fillInput} value={draft.partialFrom} onChange={setText('partialFrom')} inputMode="decimal" contentAfter="%" />
          </Field>
        </div>
        <Field label={strings.summary.threshold} hint={strings.summary.thresholdHint}>
          <Input className={layout.fillInput} value={draft.paymentThreshold} onChange={setText('paymentThreshold')} inputMode="decimal" contentAfter="%" />
        </Field>
        <Field label={strings.summary.fundTotal} hint={strings.summary.fundTotalHint}>
          <Input className={layout.fillInput} value={draft.fundTotal} onChange={setText('fundTotal')} inputMode="decimal" contentAfter="€" />
        </Field>
      </fieldset>
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
    </div>
  );
}
