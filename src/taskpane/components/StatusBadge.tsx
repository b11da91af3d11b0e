// An objective's status as a coloured badge, in the pane's language.
import * as React from 'react';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { Status } from '../../core/model';
import { useStrings } from '../i18n/strings-context';

const COLORS: Record<Status, BadgeProps['color']> = {
  Raggiunto: 'success',
  'Parzialmente raggiunto': 'warning',
  'Non raggiunto': 'danger',
  'Non valutabile': 'informative',
};

export function StatusBadge(props: { status: Status }): React.JSX.Element {
  const strings = useStrings();
  return (
    <Badge appearance="tint" color={COLORS[props.status]} shape="rounded">
      {strings.status[props.status]}
    </Badge>
  );
}
