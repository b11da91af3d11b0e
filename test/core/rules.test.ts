// The body's evaluation rules: a "Non raggiunto" objective is paid nothing unless the payout rule says so, and then the
// rules carry a warning; the defaults never pay one.
import fc from 'fast-check';
import { evaluateObjective } from '../../src/core/aggregate';
import { evaluateIndicator, statusOf } from '../../src/core/evaluate';
import { InputError } from '../../src/core/errors';
import { fundShare } from '../../src/core/fund';
import { renderMessage } from '../../src/core/messages';
import { DEFAULT_CUTOFFS, type StatusCutoffs } from '../../src/core/model';
import { MAX_PAYOUT_BANDS, payoutKindOf, type PayoutRule } from '../../src/core/payout';
import { DEFAULT_RULES, rulesWarnings } from '../../src/core/rules';

/** Degrees that sit on the edges matter most: 0, 1, the usual cut-offs, and any value in between. */
const degree = fc.oneof(fc.constantFrom(0, 0.5, 0.6, 0.8, 0.95, 1), fc.double({ min: 0, max: 1, noNaN: true }));

const cutoffs: fc.Arbitrary<StatusCutoffs> = fc
  .tuple(degree, degree)
  .map(([a, b]) => ({ achievedFrom: Math.max(a, b), partialFrom: Math.min(a, b) }));

const payout: fc.Arbitrary<PayoutRule> = fc.record({
  kind: fc.constantFrom<PayoutRule['kind']>('proportional', 'all-or-nothing', 'bands'),
  from: degree,
  bands: fc.array(fc.record({ from: degree, share: degree }), { maxLength: MAX_PAYOUT_BANDS }),
});

const warned = (rules: { cutoffs: StatusCutoffs; payout: PayoutRule }): boolean =>
  rulesWarnings(rules).some((warning) => warning.code === 'rules.paysNotAchieved');

describe('the payout rule and "Non raggiunto" objectives', () => {
  it('pays a "Non raggiunto" objective only under rules that carry the warning', () => {
    // Degrees right on, or a hair under, where the rule and the cut-offs change are where an off-by-one would hide.
    const ruleAndDegree = fc.tuple(cutoffs, payout).chain(([cuts, rule]) => {
      const edges = [cuts.partialFrom, rule.from, ...rule.bands.map((band) => band.from)].flatMap((edge) => [edge, edge - 1e-9, edge - 2e-9]);
      const near = fc.constantFrom(...edges.map((edge) => Math.min(1, Math.max(0, edge))));
      return fc.tuple(fc.constant(cuts), fc.constant(rule), fc.oneof(degree, near));
    });
    fc.assert(
      fc.property(ruleAndDegree, fc.double({ min: 0.01, max: 1e6, noNaN: true }), ([cuts, rule, finalDegree], amount) => {
        const notAchieved = statusOf(finalDegree, cuts) === 'Non raggiunto';
        const paid = fundShare(amount, finalDegree, rule);
        if (notAchieved && paid > 0) expect(warned({ cutoffs: cuts, payout: rule })).toBe(true);
      }),
      { numRuns: 2000, seed: 20230101 },
    );
  });

  it('warns only when some "Non raggiunto" degree is actually paid', () => {
    fc.assert(
      fc.property(cutoffs, payout, (cuts, rule) => {
        const [warning] = rulesWarnings({ cutoffs: cuts, payout: rule });
        if (warning === undefined) return;
        // The paid degree it names (a hair under it, as cut-offs allow), or halfway to the cut-off, is paid and not achieved.
        const from = warning.params.paidFrom as number;
        const candidates = [Math.max(0, from - 1e-9), (Math.max(0, from - 1e-9) + cuts.partialFrom - 1e-9) / 2];
        const paidNotAchieved = candidates.some((d) => statusOf(d, cuts) === 'Non raggiunto' && fundShare(100, d, rule) > 0);
        expect(paidNotAchieved).toBe(true);
      }),
      { numRuns: 2000, seed: 20230102 },
    );
  });

  it('never pays a "Non raggiunto" objective under the default rules, whatever its degree', () => {
    expect(rulesWarnings(DEFAULT_RULES)).toEqual([]);
    fc.assert(
      fc.property(degree, (finalDegree) => {
        if (statusOf(finalDegree, DEFAULT_CUTOFFS) === 'Non raggiunto') expect(fundShare(1000, finalDegree, DEFAULT_RULES.payout)).toBe(0);
      }),
    );
  });

  it('says which rule pays and from which degree, in Italian and English', () => {
    const [warning] = rulesWarnings({ cutoffs: DEFAULT_CUTOFFS, payout: { kind: 'proportional', from: 0, bands: [] } });
    expect(renderMessage(warning, 'it')).toMatch(/^La regola di pagamento \(proporzionale\) riconosce una quota anche agli obiettivi "Non raggiunto": paga da un grado del 0%, sotto la soglia di "Parzialmente raggiunto" \(50%\)/);
    expect(renderMessage(warning, 'en')).toMatch(/^The payout rule \(proportional\) pays a share to "Not achieved" objectives too: it pays from a degree of 0%/);
    const bands = rulesWarnings({ cutoffs: DEFAULT_CUTOFFS, payout: { kind: 'bands', from: 0, bands: [{ from: 0.95, share: 1 }, { from: 0.3, share: 0.2 }] } });
    expect(bands[0].params).toMatchObject({ kind: 'bands', paidFrom: 0.3 });
    // A band that pays nothing under the cut-off is no reason to warn.
    expect(rulesWarnings({ cutoffs: DEFAULT_CUTOFFS, payout: { kind: 'bands', from: 0, bands: [{ from: 0.3, share: 0 }, { from: 0.5, share: 0.5 }] } })).toEqual([]);
  });

  it('reads the rule by its code or its Italian word', () => {
    expect(['proportional', 'Proporzionale', 'tutto o niente', 'ALL-OR-NOTHING', ' fasce ', 'bands', 'forse'].map(payoutKindOf)).toEqual([
      'proportional',
      'proportional',
      'all-or-nothing',
      'all-or-nothing',
      'bands',
      'bands',
      null,
    ]);
  });
});

describe('the deadline tolerance and the final degree', () => {
  it('counts a deadline met within the tolerance as met, and one day later as missed', () => {
    const target = 'entro 31/07/2022';
    expect(evaluateIndicator('05/08/2022', target).achieved).toBe(false);
    expect(evaluateIndicator('05/08/2022', target, { deadlineToleranceDays: 5 })).toMatchObject({ achieved: true, degree: 1 });
    expect(evaluateIndicator('06/08/2022', target, { deadlineToleranceDays: 5 }).achieved).toBe(false);
    // Only deadlines: a tolerance in days says nothing about quantities.
    expect(evaluateIndicator('7', '>= 8', { deadlineToleranceDays: 5 }).achieved).toBe(false);
    expect(() => evaluateIndicator('05/08/2022', target, { deadlineToleranceDays: -1 })).toThrow(InputError);
  });

  it('takes the OIV score when present, or always the computed degree when the rules say so', () => {
    const objective = {
      number: 3,
      title: 'Pagamenti',
      planReferences: [],
      indicators: [{ name: 'Relazione', target: 'entro 31/07/2022', actual: '02/08/2022' }],
      oiv: { score: 99, text: '99/100' },
    };
    expect(evaluateObjective(objective).finalDegree).toBe(0.99);
    expect(evaluateObjective(objective, DEFAULT_CUTOFFS, { ...DEFAULT_RULES, finalDegree: 'computed' }).finalDegree).toBe(0);
    expect(evaluateObjective(objective, DEFAULT_CUTOFFS, { finalDegree: 'computed', deadlineToleranceDays: 2 }).finalDegree).toBe(1);
  });
});
