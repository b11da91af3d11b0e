// The objective sheets found in the workbook: number, title, status, final degree; selecting one opens its sheet.
import * as React from 'react';
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useStrings } from '../../i18n/strings-context';
import { StatusBadge } from '../../components/StatusBadge';
import { formatPercent } from '../../format';
import type { ObjectiveListItem } from '../../services/types';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  open: { flexGrow: 1, minWidth: 0, justifyContent: 'flex-start', textAlign: 'start', height: 'auto', paddingTop: tokens.spacingVerticalXS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface ObjectiveListProps {
  items: ObjectiveListItem[];
  disabled: boolean;
  onOpen(item: ObjectiveListItem): void;
  onEdit(item: ObjectiveListItem): void;
}

export function ObjectiveList(props: ObjectiveListProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.objectives.listLabel}>
      {props.items.map((item) => (
        <li key={`${item.number}-${item.sheet}`} className={styles.item}>
          <Button appearance="subtle" className={styles.open} disabled={props.disabled} onClick={() => props.onOpen(item)} title={strings.objectives.open(item.number)}>
            <span className={styles.body}>
              <Text weight="semibold" className={styles.title}>
                {strings.objectives.itemLabel(item.number, item.title)}
              </Text>
              <span className={styles.meta}>
                <StatusBadge status={item.status} />
                <Caption1>
                  {item.finalDegree === null ? strings.objectives.noDegree : strings.objectives.finalDegree(formatPercent(item.finalDegree, strings.locale))}
                </Caption1>
              </span>
            </span>
          </Button>
          <Button
            appearance="subtle"
            icon={<EditRegular />}
            disabled={props.disabled}
            aria-label={strings.objectives.edit(item.number)}
            title={strings.objectives.edit(item.number)}
            onClick={() => props.onEdit(item)}
          />
        </li>
      ))}
    </ul>
  );
}
