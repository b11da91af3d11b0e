// Riepilogo → "Genera monitoraggio": the Monitoraggio sheet built from the objective sheets as they are now, and
// its counts by forecast, as the sheet shows them.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChartMultipleRegular } from '@fluentui/react-icons';
import { msg, renderMessage, type Message } from '../../../core/messages';
import { OperationFeedback } from '../../components/OperationFeedback';
import { useOperation } from '../../components/use-operation';
import { useStrings } from '../../i18n/strings-context';
import { useServices } from '../../services/context';
import type { MonitoringOutcome } from '../../services/types';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function MonitoringSection(props: { busy: boolean }): React.JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const styles = useStyles();
  const operation = useOperation();
  const say = (message: Message): string => renderMessage(message, strings.language);
  const [outcome, setOutcome] = React.useState<MonitoringOutcome | null>(null);

  const generate = (): void => {
    void operation.run((progress) => services.generateMonitoring(progress)).then((done) => done && setOutcome(done));
  };

  return (
    <section className={styles.section} aria-label={say(msg('monitoring.generate'))}>
      <Text>{say(msg('monitoring.hint'))}</Text>
      <div>
        <Button icon={<ChartMultipleRegular />} disabled={props.busy || operation.running} onClick={generate}>
          {say(msg('monitoring.generate'))}
        </Button>
      </div>
      <OperationFeedback operation={operation} workingLabel={say(msg('monitoring.generating'))} />
      {outcome && !operation.running && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {say(
              msg('monitoring.generated', {
                sheet: outcome.sheet,
                onTrack: outcome.counts['on-track'],
                atRisk: outcome.counts['at-risk'],
                unreachable: outcome.counts.unreachable,
                unmonitored: outcome.counts.unmonitored,
              }),
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
