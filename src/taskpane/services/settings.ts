// The settings a workbook starts with before the analyst changes anything.
import { DEFAULT_CUTOFFS } from '../../core/model';
import type { PaneSettings } from './types';

export const defaultPaneSettings: PaneSettings = {
  cutoffs: DEFAULT_CUTOFFS,
  threshold: 0,
  fundTotal: null,
  includeChart: true,
  includeAnnex: true,
  language: 'auto',
};
