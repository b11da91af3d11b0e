// What an import would create and what is still to complete; nothing is written until the analyst confirms.
import * as React from 'react';
import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { renderMessage } from '../../../core/messages';
import { fieldLabel } from '../../../import/field-label';
import type { ImportIssue } from '../../../import/issue';
import { pointsNotShown } from '../../../workbook/monitoring-fields';
import { useStrings } from '../../i18n/strings-context';
import { formatPercent } from '../../format';
import type { ImportCandidate } from './import-sources';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
  objective: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Each issue as "where: what", both in the pane's language; the field by its label, never its model path. */
function IssueList(props: { issues: ImportIssue[] }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const say = (issue: ImportIssue): string =>
    `${issue.field ? `${renderMessage(fieldLabel(issue), strings.language)}: ` : ''}${renderMessage(issue.message, strings.language)}`;
  return (
    <ul className={styles.issues}>
      {props.issues.map((issue, index) => (
        <li key={index}>
          <Caption1>{say(issue)}</Caption1>
        </li>
      ))}
    </ul>
  );
}

/** The cut-offs the report's own verdicts imply, each with its reason, and the analyst's choice to apply them. */
function ProposedCutoffs(props: { candidate: ImportCandidate; apply: boolean; onApplyChange(apply: boolean): void }): React.JSX.Element | null {
  const strings = useStrings();
  const { proposal } = props.candidate;
  if (!proposal) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.importScreen.proposalHeading}</MessageBarTitle>
        {proposal.reasons.map((reason, index) => (
          <Text key={index} block>
            {renderMessage(reason, strings.language)}
          </Text>
        ))}
        <Checkbox checked={props.apply} onChange={(_event, data) => props.onApplyChange(data.checked === true)} label={strings.importScreen.proposalApply} />
      </MessageBarBody>
    </MessageBar>
  );
}

export interface ImportPreviewProps {
  candidate: ImportCandidate;
  /** Whether the proposed cut-offs go with the import. */
  applyProposal: boolean;
  onApplyProposalChange(apply: boolean): void;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportPreview(props: ImportPreviewProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { objectives, incomplete, cutoffs } = props.candidate;
  const indicatorCount = objectives.reduce((sum, objective) => sum + objective.indicators.length, 0);
  const general = incomplete.filter((issue) => issue.objective === null || !objectives.some((o) => o.number === issue.objective));
  return (
    <section className={styles.preview} aria-labelledby="import-preview-title">
      <Subtitle2 as="h3" id="import-preview-title">
        {strings.importScreen.previewHeading}
      </Subtitle2>
      {objectives.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.importScreen.nothingToImport}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text>{strings.importScreen.previewSummary(objectives.length, indicatorCount)}</Text>
      )}
      {cutoffs && (
        <Caption1>
          {strings.importScreen.cutoffsNotice(formatPercent(cutoffs.achievedFrom, strings.locale), formatPercent(cutoffs.partialFrom, strings.locale))}
        </Caption1>
      )}
      <ProposedCutoffs candidate={props.candidate} apply={props.applyProposal} onApplyChange={props.onApplyProposalChange} />
      {pointsNotShown(objectives).map((notice, index) => (
        <Caption1 key={index}>{renderMessage(notice, strings.language)}</Caption1>
      ))}
      {/* The decision first: at 320 px the detailed list below is long. */}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy || objectives.length === 0} onClick={props.onConfirm}>
          {strings.importScreen.confirm(objectives.length)}
        </Button>
        <Button disabled={props.busy} onClick={props.onCancel}>
          {strings.importScreen.cancel}
        </Button>
      </div>
      <ul className={styles.list} aria-label={strings.importScreen.previewHeading}>
        {objectives.map((objective) => {
          const issues = incomplete.filter((issue) => issue.objective === objective.number);
          return (
            <li key={objective.number} className={styles.objective}>
              <Text weight="semibold">{strings.importScreen.previewObjective(objective.number, objective.title, objective.indicators.length)}</Text>
              <br />
              {issues.length === 0 ? (
                <Caption1>{strings.importScreen.complete}</Caption1>
              ) : (
                <>
                  <Caption1>{strings.importScreen.incompleteHeading(issues.length)}</Caption1>
                  <IssueList issues={issues} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {general.length > 0 && (
        <div>
          <Caption1>
            {strings.importScreen.incompleteGeneral} — {strings.importScreen.incompleteHeading(general.length)}
          </Caption1>
          <IssueList issues={general} />
        </div>
      )}
    </section>
  );
}
