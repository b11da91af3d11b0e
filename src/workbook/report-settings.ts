// What a report brings to the workbook settings when it is built or imported: its cut-offs, fund, year and title.
import type { FundSettings, StatusCutoffs } from '../core/model';
import type { WorkbookSettings } from './settings';

/** The parts of a report (or of an import preview) that belong in the settings. */
export interface ReportSettingsSource {
  title?: string;
  /** 0 or absent when the report does not say. */
  year?: number;
  cutoffs?: StatusCutoffs;
  fund?: FundSettings;
}

/** The summary's title: the year when the report gives one, else its title; else the workbook's own. */
function summaryTitleFor(report: ReportSettingsSource, current: string | null): string | null {
  if (report.year !== undefined && report.year > 0) return `Riepilogo – Relazione sulla Performance ${report.year}`;
  const title = report.title?.trim();
  return title ? `Riepilogo – ${title}` : current;
}

/** The workbook's settings with what the report states in their place; everything else stays as it is. */
export function settingsWithReport(current: WorkbookSettings, report: ReportSettingsSource): WorkbookSettings {
  return {
    ...current,
    cutoffs: report.cutoffs ?? current.cutoffs,
    // A report's payment threshold is the old rule "proportional from a threshold".
    payout: report.fund?.threshold === undefined ? current.payout : { ...current.payout, kind: 'proportional', from: report.fund.threshold },
    fundTotal: report.fund?.total ?? current.fundTotal,
    reportYear: report.year !== undefined && report.year > 0 ? report.year : current.reportYear,
    summaryTitle: summaryTitleFor(report, current.summaryTitle),
  };
}
