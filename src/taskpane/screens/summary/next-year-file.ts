// Next year's report as the JSON the import screen reads: the rolled report with the rules' cut-offs and the fund's
// total, so a new workbook that imports it starts from this year's objectives; this workbook is only read.
import type { Report } from '../../../core/model';
import type { NextYearWorkbook } from '../../../workbook/next-year';

export interface NextYearFile {
  fileName: string;
  json: string;
}

export function nextYearFile(next: NextYearWorkbook): NextYearFile {
  const { settings } = next;
  const report: Report = { ...next.roll.report, cutoffs: settings.cutoffs };
  if (settings.fundTotal !== null) report.fund = { ...report.fund, total: settings.fundTotal };
  return { fileName: `relazione-${next.year}.json`, json: `${JSON.stringify(report, null, 2)}\n` };
}
