// The pane's settings and the workbook's: the same values under the pane's names, and where a workbook starts.
import { DEFAULT_SETTINGS, type WorkbookSettings } from '../../workbook/settings-sheet';
import type { PaneSettings } from './types';

/** The workbook's settings as the pane shows them ("auto" where the workbook leaves the language to Office). */
export function paneSettingsFrom(settings: WorkbookSettings): PaneSettings {
  return {
    cutoffs: settings.cutoffs,
    threshold: settings.paymentThreshold,
    fundTotal: settings.fundTotal,
    includeChart: settings.includeChart,
    includeAnnex: settings.includeAnnex,
    language: settings.language ?? 'auto',
  };
}

/** Only the settings given, under the workbook's names: what an operation stores, nothing else overwritten. */
export function workbookSettingsFrom(settings: Partial<PaneSettings>): Partial<WorkbookSettings> {
  const changes: Partial<WorkbookSettings> = {};
  if (settings.cutoffs !== undefined) changes.cutoffs = settings.cutoffs;
  if (settings.threshold !== undefined) changes.paymentThreshold = settings.threshold;
  if (settings.fundTotal !== undefined) changes.fundTotal = settings.fundTotal;
  if (settings.includeChart !== undefined) changes.includeChart = settings.includeChart;
  if (settings.includeAnnex !== undefined) changes.includeAnnex = settings.includeAnnex;
  if (settings.language !== undefined) changes.language = settings.language === 'auto' ? null : settings.language;
  return changes;
}

/** The settings a workbook starts with before the analyst changes anything. */
export const defaultPaneSettings: PaneSettings = paneSettingsFrom(DEFAULT_SETTINGS);
