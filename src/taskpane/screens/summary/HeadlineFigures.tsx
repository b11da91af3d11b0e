// The summary's headline figures: objectives by status, overall degree, fund amounts; and a way to the sheet.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { errorNameIn } from '../../../core/excel-errors';
import { msg, renderMessage, type Message } from '../../../core/messages';
import type { Status } from '../../../core/model';
import { compareCounts, coverageMessage } from '../../../workbook/summary-coverage';
import { SUMMARY_FIGURES } from '../../../workbook/summary-sheet';
import { useStrings } from '../../i18n/strings-context';
import { StatusBadge } from '../../components/StatusBadge';
import { formatEuro, formatPercent } from '../../format';
import type { SummaryFigures } from '../../services/types';

const STATUSES: readonly Status[] = ['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile'];

const useStyles = makeStyles({
  figures: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { margin: 0, overflowWrap: 'anywhere' },
  value: { margin: 0, textAlign: 'end', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  statuses: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  status: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** "9 raggiunti su 10 valutabili (1 non valutabile)": neutralised objectives are counted apart. */
function evaluableCount(figures: SummaryFigures): Message {
  const evaluable = STATUSES.filter((status) => status !== 'Non valutabile').reduce((sum, status) => sum + figures.counts[status], 0);
  return msg('report.achievedOfEvaluable', { achieved: figures.counts.Raggiunto, evaluable, notEvaluable: figures.counts['Non valutabile'] });
}

/** "10 di 11 registrati nella cartella": an objective missing from the totals is said where the totals are. */
function coverageOf({ counted, recorded }: SummaryFigures['coverage']): Message {
  return coverageMessage(counted, recorded, recorded === null ? 'equal' : compareCounts(counted, recorded));
}

export function HeadlineFigures(props: { figures: SummaryFigures; busy: boolean; onGoToSheet(): void }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { figures } = props;
  const euro = (amount: number): string => formatEuro(amount, strings.locale);
  // A figure in error is named as in the pane's language, its error as Excel shows it beside that language.
  const inError = figures.errors.map((error) => {
    const key = SUMMARY_FIGURES.find((figure) => figure.label === error.figure)?.key;
    const label = key === undefined ? error.figure : renderMessage(msg('summary.figure', { figure: key }), strings.language);
    return `${label} (${errorNameIn(error.value, strings.language)})`;
  });
  const rows: Array<[string, string, string]> = [
    ['overall', strings.summary.overallDegree, formatPercent(figures.overallDegree, strings.locale)],
    ['total', strings.summary.fundTotalFigure, euro(figures.fundTotal)],
    ['allocated', strings.summary.allocated, euro(figures.allocated)],
    ['payable', strings.summary.payable, euro(figures.payable)],
    ['remainder', strings.summary.remainder, euro(figures.remainder)],
  ];
  return (
    <section className={styles.figures} aria-labelledby="summary-figures-title">
      <Subtitle2 as="h3" id="summary-figures-title">
        {strings.summary.figuresHeading(figures.sheet)}
      </Subtitle2>
      {figures.errors.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.summary.figureErrors(inError.join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      <Text weight="semibold">{strings.summary.objectivesByStatus}</Text>
      <Text data-figure="evaluable">{renderMessage(evaluableCount(figures), strings.language)}</Text>
      <Text data-figure="coverage">{renderMessage(coverageOf(figures.coverage), strings.language)}</Text>
      <ul className={styles.statuses} aria-label={strings.summary.objectivesByStatus}>
        {STATUSES.map((status) => (
          <li key={status} className={styles.status} data-status={status}>
            <StatusBadge status={status} />
            <Text weight="semibold">{figures.counts[status]}</Text>
          </li>
        ))}
      </ul>
      <dl className={styles.table}>
        {rows.map(([key, term, value]) => (
          <React.Fragment key={key}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} data-figure={key}>
              {value}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      <div>
        <Button icon={<OpenRegular />} disabled={props.busy} onClick={props.onGoToSheet}>
          {strings.summary.goToSheet}
        </Button>
      </div>
    </section>
  );
}
