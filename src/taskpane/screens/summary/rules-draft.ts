// The Regole section as form text (cut-offs, payout rule and bands, deadline tolerance, final degree) and back to rules.
import type { PayoutKind } from '../../../core/payout';
import type { EvaluationRules, FinalDegreeSource } from '../../../core/rules';
import type { Dictionary } from '../../i18n/dictionary';
import { formatInputNumber } from '../../format';
import { points, readDays, readPercent } from './form-numbers';

export interface BandDraft {
  from: string;
  share: string;
}

export interface RulesDraft {
  achievedFrom: string;
  partialFrom: string;
  payoutKind: PayoutKind;
  payoutFrom: string;
  bands: BandDraft[];
  deadlineToleranceDays: string;
  finalDegree: FinalDegreeSource;
  verdictTolerance: string;
}

export function rulesDraftFromSettings(rules: EvaluationRules, locale: string): RulesDraft {
  return {
    achievedFrom: points(rules.cutoffs.achievedFrom, locale),
    partialFrom: points(rules.cutoffs.partialFrom, locale),
    payoutKind: rules.payout.kind,
    payoutFrom: points(rules.payout.from, locale),
    bands: rules.payout.bands.map((band) => ({ from: points(band.from, locale), share: points(band.share, locale) })),
    deadlineToleranceDays: formatInputNumber(rules.deadlineToleranceDays, locale),
    finalDegree: rules.finalDegree,
    verdictTolerance: points(rules.verdictTolerance, locale),
  };
}

/** The bands typed, blank rows left out; undefined after listing what is wrong. */
function readBands(bands: readonly BandDraft[], strings: Dictionary, errors: string[]): EvaluationRules['payout']['bands'] | undefined {
  const labels = strings.summary.rules;
  const read = bands.flatMap((band, index) => {
    if (!band.from.trim() && !band.share.trim()) return [];
    if (!band.from.trim() || !band.share.trim()) {
      errors.push(strings.summary.errors.bandIncomplete(index + 1));
      return [undefined];
    }
    const from = readPercent(band.from, labels.bandFrom(index + 1), strings, errors);
    const share = readPercent(band.share, labels.bandShare(index + 1), strings, errors);
    return [from === undefined || share === undefined ? undefined : { from, share }];
  });
  return read.every((band) => band !== undefined) ? read : undefined;
}

/** The rules the section describes; undefined after pushing onto `errors` every field that is wrong. */
export function rulesFromDraft(draft: RulesDraft, strings: Dictionary, errors: string[]): EvaluationRules | undefined {
  const labels = strings.summary;
  const achievedFrom = readPercent(draft.achievedFrom, labels.achievedFrom, strings, errors);
  const partialFrom = readPercent(draft.partialFrom, labels.partialFrom, strings, errors);
  const payoutFrom = readPercent(draft.payoutFrom, labels.threshold, strings, errors);
  const bands = readBands(draft.bands, strings, errors);
  const deadlineToleranceDays = readDays(draft.deadlineToleranceDays, labels.rules.deadlineTolerance, strings, errors);
  const verdictTolerance = readPercent(draft.verdictTolerance, labels.rules.verdictTolerance, strings, errors);
  if (achievedFrom !== undefined && partialFrom !== undefined && achievedFrom < partialFrom) errors.push(labels.errors.cutoffOrder);
  if (achievedFrom === undefined || partialFrom === undefined || achievedFrom < partialFrom) return undefined;
  if (payoutFrom === undefined || bands === undefined || deadlineToleranceDays === undefined || verdictTolerance === undefined) return undefined;
  return {
    cutoffs: { achievedFrom, partialFrom },
    payout: { kind: draft.payoutKind, from: payoutFrom, bands },
    deadlineToleranceDays,
    finalDegree: draft.finalDegree,
    verdictTolerance,
  };
}
