// Shared layout for narrow panes (320 px): fields side by side only when they fit, inputs that may shrink.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useLayoutStyles = makeStyles({
  /** Two or three short fields per row when there is room, one per row at 320 px. */
  fieldRow: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(7.5rem, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
    '& > *': { minWidth: 0 },
  },
  /** An Input that fills its cell instead of keeping the native 20-character width. */
  fillInput: { width: '100%', minWidth: 0, '& input': { minWidth: 0 }, '& select': { minWidth: 0 } },
});
