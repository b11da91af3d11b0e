// Importa: JSON, CSV or the report's text (pasted, .txt, .docx) -> preview -> confirm -> objective sheets.
import * as React from 'react';
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular, BookOpenRegular } from '@fluentui/react-icons';
import { useStrings } from '../../i18n/strings-context';
import { errorText } from '../../error-text';
import { useServices } from '../../services/context';
import { OperationFeedback } from '../../components/OperationFeedback';
import { useOperation } from '../../components/use-operation';
import { ImportPreview } from './ImportPreview';
import { ACCEPTED_FILES, loadExample2022, readFile, readReportText, type ImportCandidate, type ImportSourceKind } from './import-sources';
import { msg, renderMessage } from '../../../core/messages';
import { proposedRules } from '../../../import/proposed-rules';
import { settingsWithReport } from '../../../workbook/report-settings';
import type { WorkbookSettings } from '../../../workbook/settings';

const SOURCES: readonly ImportSourceKind[] = ['json', 'csv', 'text'];

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  filePicker: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  hiddenInput: { display: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ImportScreenProps {
  settings: WorkbookSettings;
  onSettingsChange(settings: WorkbookSettings): void;
  onWorkbookChanged(): void;
}

export function ImportScreen(props: ImportScreenProps): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const reading = useOperation();
  const writing = useOperation();
  const [source, setSource] = React.useState<ImportSourceKind>('json');
  const [pasted, setPasted] = React.useState('');
  const [candidate, setCandidate] = React.useState<ImportCandidate | null>(null);
  const [applyProposal, setApplyProposal] = React.useState(true);
  // The count, not the sentence: the notice follows the pane into the other language.
  const [done, setDone] = React.useState<number | null>(null);
  const [chosen, setChosen] = React.useState<string | null>(null);
  // The file and the encoding it was read in, said under the picker (Italian Excel's CSV is Windows-1252).
  const [readAs, setReadAs] = React.useState<{ file: string; encoding: string } | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const fileLabel = strings.importScreen.fileLabel(
    ACCEPTED_FILES[source]
      .split(',')
      .filter((accepted) => accepted.startsWith('.'))
      .join(', '),
  );
  const busy = reading.running || writing.running;

  const preview = (load: () => Promise<ImportCandidate>, describe: (reason: string) => string, file: string | null = null): void => {
    setCandidate(null);
    setReadAs(null);
    setDone(null);
    writing.clearFailure();
    void reading
      .run(async () => {
        try {
          return await load();
        } catch (error) {
          // The reason names the file or source; the read wrote nothing, so no "already written" line.
          throw new Error(describe(errorText(error, strings.language)));
        }
      })
      .then((loaded) => {
        if (!loaded) return;
        setApplyProposal(true);
        if (file !== null && loaded.encoding) setReadAs({ file, encoding: loaded.encoding });
        // Against the cut-offs this workbook already has: the body's own system, or the defaults of a new one.
        setCandidate({ ...loaded, proposal: proposedRules(loaded, props.settings.cutoffs) ?? undefined });
      });
  };

  const onFile = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (!file) return;
    setChosen(file.name);
    // Readers that already name the file (the .docx one) are not wrapped a second time.
    preview(() => readFile(source, file), (reason) => (reason.includes(file.name) ? reason : strings.importScreen.readFailed(file.name, reason)), file.name);
    // Picking the same file again after a fix must fire change again.
    event.target.value = '';
  };

  const confirm = (): void => {
    if (!candidate) return;
    // The cut-offs the report's verdicts imply go with it unless the analyst declined them in the preview.
    const chosen = applyProposal && candidate.proposal ? { ...candidate, cutoffs: candidate.proposal.cutoffs } : candidate;
    void writing
      .run(async (progress) => {
        // The report's cut-offs and fund settings are stored with its sheets, in the same operation.
        const settings = settingsWithReport(props.settings, chosen);
        const outcome = await services.buildObjectives(chosen.objectives, { onProgress: progress, settings });
        props.onSettingsChange(settings);
        return outcome;
      })
      .then((outcome) => {
        if (!outcome) return;
        setCandidate(null);
        setDone(outcome.sheets.length);
        props.onWorkbookChanged();
      });
  };

  return (
    <div className={styles.screen}>
      <Subtitle2 as="h2">{strings.importScreen.heading}</Subtitle2>
      <Field label={strings.importScreen.sourceLabel}>
        <RadioGroup value={source} onChange={(_event, data) => {
            setSource(data.value as ImportSourceKind);
            setChosen(null);
          }} disabled={busy}>
          {SOURCES.map((kind) => (
            <Radio key={kind} value={kind} label={strings.importScreen.sources[kind]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.filePicker}>
        {/* The native picker speaks the browser's language; a Fluent button opens it and the pane says what was chosen. */}
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPTED_FILES[source]}
          className={styles.hiddenInput}
          tabIndex={-1}
          aria-label={fileLabel}
          onChange={onFile}
          disabled={busy}
        />
        <Button icon={<ArrowUploadRegular />} disabled={busy} onClick={() => fileInput.current?.click()} aria-describedby="import-file-hint">
          {strings.importScreen.chooseFile}
        </Button>
        <Caption1 id="import-file-hint">{chosen ? strings.importScreen.chosenFile(chosen) : fileLabel}</Caption1>
        {readAs && <Caption1>{renderMessage(msg('input.fileEncoding', { file: readAs.file, reading: msg('input.encoding', { encoding: readAs.encoding }) }), strings.language)}</Caption1>}
      </div>
      {source === 'text' && (
        <>
          <Field label={strings.importScreen.pasteLabel}>
            <Textarea value={pasted} onChange={(_event, data) => setPasted(data.value)} placeholder={strings.importScreen.pastePlaceholder} rows={6} resize="vertical" />
          </Field>
          <div>
            <Button
              disabled={busy || !pasted.trim()}
              onClick={() => preview(() => readReportText(pasted), (reason) => strings.importScreen.parseFailed(strings.importScreen.sources.text, reason))}
            >
              {strings.importScreen.analyse}
            </Button>
          </div>
        </>
      )}
      <div className={styles.actions}>
        <Button
          icon={<BookOpenRegular />}
          disabled={busy}
          onClick={() => preview(loadExample2022, (reason) => strings.importScreen.parseFailed(strings.importScreen.loadExample, reason))}
        >
          {strings.importScreen.loadExample}
        </Button>
      </div>
      <OperationFeedback operation={reading} />
      {done !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.importScreen.done(done)}</MessageBarBody>
        </MessageBar>
      )}
      <OperationFeedback operation={writing} />
      {candidate && (
        <>
          <Text size={200}>{strings.importScreen.previewNotice}</Text>
          <ImportPreview
            candidate={candidate}
            applyProposal={applyProposal}
            onApplyProposalChange={setApplyProposal}
            busy={busy}
            onConfirm={confirm}
            onCancel={() => setCandidate(null)}
          />
        </>
      )}
    </div>
  );
}
