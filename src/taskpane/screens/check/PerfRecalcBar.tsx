// "Ricalcola le formule PERF": how many PERF cells Excel has not computed (#NOME?), and the one action that fixes them.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { msg, renderMessage } from '../../../core/messages';
import type { UnevaluatedPerf } from '../../../excel';
import { useStrings } from '../../i18n/strings-context';

export interface PerfRecalcBarProps {
  found: UnevaluatedPerf;
  running: boolean;
  onRecalculate(): void;
}

export function PerfRecalcBar({ found, running, onRecalculate }: PerfRecalcBarProps): React.JSX.Element {
  const { language } = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{renderMessage(msg('perfRecalc.found', { cells: found.cells, sheets: found.sheets }), language)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" icon={<ArrowSyncRegular />} disabled={running} onClick={onRecalculate}>
          {renderMessage(msg('perfRecalc.action'), language)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
