// Riepilogo → "Nuovo anno…": next year's report from this workbook, which is only read. A preview first (what is
// carried, emptied and left to decide), then the JSON to import into a new workbook: an add-in cannot make a new file.
import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, CalendarArrowRightRegular, EyeRegular } from '@fluentui/react-icons';
import { msg, renderMessage, type Message } from '../../../core/messages';
import { nextYearWorkbook, type NextYearWorkbook } from '../../../workbook/next-year';
import { OperationFeedback } from '../../components/OperationFeedback';
import { useOperation } from '../../components/use-operation';
import { useLayoutStyles } from '../../components/layout-styles';
import { useStrings } from '../../i18n/strings-context';
import { useServices } from '../../services/context';
import { downloadFile } from './relazione-delivery';
import { nextYearFile, type NextYearFile } from './next-year-file';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The year typed: four digits from 2000 to 2100, else the message saying so. */
function yearOf(text: string): number | Message {
  const value = text.trim();
  return /^\d{4}$/.test(value) && Number(value) >= 2000 && Number(value) <= 2100 ? Number(value) : msg('newYear.yearInvalid', { value });
}

export function NewYearSection(props: { busy: boolean; reportYear: number | null }): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const operation = useOperation();
  const say = (message: Message): string => renderMessage(message, strings.language);
  const [open, setOpen] = React.useState(false);
  const [yearText, setYearText] = React.useState('');
  const [refusal, setRefusal] = React.useState<Message | null>(null);
  const [next, setNext] = React.useState<NextYearWorkbook | null>(null);
  const [file, setFile] = React.useState<NextYearFile | null>(null);
  const [downloaded, setDownloaded] = React.useState<boolean | null>(null);

  // The year after the workbook's as it is when opened (an import may have set it since the screen was shown).
  const openSection = (): void => {
    setYearText(props.reportYear ? String(props.reportYear + 1) : '');
    setOpen(true);
  };
  const preview = (): void => {
    const year = yearOf(yearText);
    setNext(null);
    setFile(null);
    setDownloaded(null);
    if (typeof year !== 'number') {
      setRefusal(year);
      return;
    }
    setRefusal(null);
    void operation.run(async () => {
      const rolled = nextYearWorkbook(await services.readWorkbook(), year);
      if ('code' in rolled) setRefusal(rolled);
      else setNext(rolled);
    });
  };
  const download = (): void => {
    if (!next) return;
    const made = nextYearFile(next);
    setFile(made);
    setDownloaded(downloadFile(new Blob([made.json], { type: 'application/json' }), made.fileName));
  };

  if (!open) {
    return (
      <div>
        <Button icon={<CalendarArrowRightRegular />} disabled={props.busy} onClick={openSection}>
          {say(msg('newYear.open'))}
        </Button>
      </div>
    );
  }
  const counts = next?.roll.counts;
  return (
    <section className={styles.section} aria-label={say(msg('newYear.open'))}>
      <Text>{say(msg('newYear.hint'))}</Text>
      <Field label={say(msg('newYear.yearLabel'))} validationMessage={refusal ? say(refusal) : undefined}>
        <Input className={layout.fillInput} value={yearText} onChange={(_event, data) => setYearText(data.value)} inputMode="numeric" />
      </Field>
      <div>
        <Button icon={<EyeRegular />} disabled={props.busy || operation.running} onClick={preview}>
          {say(msg('newYear.preview'))}
        </Button>
      </div>
      <OperationFeedback operation={operation} />
      {next && counts && (
        <div role="region" aria-label={say(msg('newYear.preview'))}>
          <Text block>{say(msg('nextYear.previewCarried', { from: next.from, year: next.year, objectives: counts.objectives, indicators: counts.indicators, previousValues: counts.previousValues }))}</Text>
          <Text block>{say(msg('nextYear.previewEmptied', counts.emptied))}</Text>
          <Text block weight="semibold">
            {say(msg('nextYear.decisionsHeading', { count: next.roll.decisions.length }))}
          </Text>
          {next.roll.decisions.length === 0 ? (
            <Text block>{say(msg('newYear.noDecisions'))}</Text>
          ) : (
            <ul className={styles.list}>
              {next.roll.decisions.map((decision) => (
                <li key={say(decision.message)}>{say(decision.message)}</li>
              ))}
            </ul>
          )}
          <Text block>{say(msg('newYear.carriedRules'))}</Text>
          <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={download}>
            {say(msg('newYear.download', { year: next.year }))}
          </Button>
        </div>
      )}
      {file && downloaded === true && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{say(msg('newYear.nextStep', { file: file.fileName }))}</MessageBarBody>
        </MessageBar>
      )}
      {file && downloaded === false && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{say(msg('newYear.downloadRefused'))}</MessageBarBody>
          </MessageBar>
          <Textarea value={file.json} readOnly rows={8} aria-label={file.fileName} />
        </>
      )}
    </section>
  );
}
