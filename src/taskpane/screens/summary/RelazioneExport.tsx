// Riepilogo → "Genera la Relazione (.docx)": reads the workbook as the summary does, builds the document in the pane
// and downloads it; "Copia tabelle" puts its tables on the clipboard where the host refuses the download.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, DocumentArrowDownRegular } from '@fluentui/react-icons';
import { msg, renderMessage, type Message } from '../../../core/messages';
import { OperationFeedback } from '../../components/OperationFeedback';
import { useOperation } from '../../components/use-operation';
import { useStrings } from '../../i18n/strings-context';
import { useServices } from '../../services/context';
import { copyTables, downloadFile } from './relazione-delivery';
import type { RelazioneFiles } from './relazione-files';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function RelazioneExport(props: { busy: boolean }): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const operation = useOperation();
  const say = (message: Message): string => renderMessage(message, strings.language);
  const [files, setFiles] = React.useState<RelazioneFiles | null>(null);
  const [downloaded, setDownloaded] = React.useState<boolean | null>(null);
  const [copied, setCopied] = React.useState<boolean | null>(null);

  const generate = (): void => {
    void operation.run(async (progress) => {
      const source = await services.readRelazione(progress);
      // The docx library arrives only now, in its own chunk.
      const { relazioneFiles } = await import(/* webpackChunkName: "relazione" */ './relazione-files');
      const made = await relazioneFiles(source, strings.language);
      setFiles(made);
      setCopied(null);
      setDownloaded(downloadFile(made.docx, made.fileName));
    });
  };
  const copy = (): void => {
    if (files) void copyTables(files.html, files.text).then(setCopied);
  };

  return (
    <section className={styles.section} aria-label={say(msg('report.paneGenerate'))}>
      <Text>{say(msg('report.paneHint'))}</Text>
      <div className={styles.actions}>
        <Button icon={<DocumentArrowDownRegular />} disabled={props.busy || operation.running} onClick={generate}>
          {say(msg('report.paneGenerate'))}
        </Button>
        {files && (
          <Button icon={<CopyRegular />} disabled={operation.running} onClick={copy}>
            {say(msg('report.paneCopyTables'))}
          </Button>
        )}
      </div>
      <OperationFeedback operation={operation} workingLabel={say(msg('report.paneWorking'))} />
      {files && downloaded !== null && !operation.running && (
        <MessageBar intent={downloaded ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>
            {downloaded ? say(msg('report.paneDownloaded', { file: files.fileName, problems: files.problems })) : say(msg('report.paneDownloadRefused'))}
          </MessageBarBody>
        </MessageBar>
      )}
      {copied !== null && (
        <MessageBar intent={copied ? 'success' : 'error'} layout="multiline">
          <MessageBarBody>{say(msg(copied ? 'report.paneCopied' : 'report.paneCopyRefused'))}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
