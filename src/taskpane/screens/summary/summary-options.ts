// The Riepilogo options as form text (what the summary includes, the fund, the Regole) and back to the workbook settings.
import type { Dictionary } from '../../i18n/dictionary';
import { formatInputNumber } from '../../format';
import type { WorkbookSettings } from '../../../workbook/settings';
import { readAmount } from './form-numbers';
import { rulesDraftFromSettings, rulesFromDraft, type RulesDraft } from './rules-draft';

export interface SummaryOptionsDraft {
  includeChart: boolean;
  includeAnnex: boolean;
  fundTotal: string;
  /** The fund's line in the Riepilogo; blank = the default for the report's year. */
  fundReference: string;
  rules: RulesDraft;
}

export type OptionsResult = { ok: true; settings: WorkbookSettings } | { ok: false; errors: string[] };

export function optionsDraftFromSettings(settings: WorkbookSettings, locale: string): SummaryOptionsDraft {
  return {
    includeChart: settings.includeChart,
    includeAnnex: settings.includeAnnex,
    fundTotal: formatInputNumber(settings.fundTotal, locale),
    fundReference: settings.fundReference ?? '',
    rules: rulesDraftFromSettings(settings, locale),
  };
}

export function settingsFromOptionsDraft(draft: SummaryOptionsDraft, base: WorkbookSettings, strings: Dictionary): OptionsResult {
  const errors: string[] = [];
  const rules = rulesFromDraft(draft.rules, strings, errors);
  const fundTotal = readAmount(draft.fundTotal, strings.summary.fundTotal, strings, errors);
  if (errors.length > 0 || rules === undefined || fundTotal === undefined) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      ...base,
      cutoffs: rules.cutoffs,
      payout: rules.payout,
      deadlineToleranceDays: rules.deadlineToleranceDays,
      finalDegree: rules.finalDegree,
      verdictTolerance: rules.verdictTolerance,
      includeChart: draft.includeChart,
      includeAnnex: draft.includeAnnex,
      fundTotal,
      fundReference: draft.fundReference.trim() || null,
    },
  };
}
