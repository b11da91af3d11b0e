// The summary's headline figures by the summary sheet's rules, in Excel's semantics: blank weight 1, text
// skipped, "Non valutabile" out of the overall degree, errors in summed cells propagate, COUNTIF skips errors.
import { restatedRow, summaryTotals, type SummaryRowCells, type SummaryRules } from '../../src/core/summary-totals';
import type { PayoutRule } from '../../src/core/payout';

const proportional = (from: number): PayoutRule => ({ kind: 'proportional', from, bands: [] });
const RULES: SummaryRules = { cutoffs: { achievedFrom: 1, partialFrom: 0.5 }, payout: proportional(0), fundTotal: null };

function row(overrides: Partial<SummaryRowCells>): SummaryRowCells {
  return { weight: null, allocated: null, finalDegree: 1, status: 'Raggiunto', payable: 0, ...overrides };
}

describe('summaryTotals', () => {
  it('weighs final degrees by objective weight, a blank weight counting 1, leaving Non valutabile out', () => {
    const totals = summaryTotals(
      [row({ weight: 2, finalDegree: 0.5, status: 'Parzialmente raggiunto' }), row({}), row({ weight: 3, finalDegree: 'n.v.', status: 'Non valutabile' })],
      RULES,
    );
    expect(totals.overallDegree).toBeCloseTo((2 * 0.5 + 1) / 3, 12);
    expect(totals.counts).toEqual({ Raggiunto: 1, 'Parzialmente raggiunto': 1, 'Non raggiunto': 0, 'Non valutabile': 1 });
  });

  it('says n.v. when nothing weighs, and counts a text weight nowhere', () => {
    expect(summaryTotals([row({ finalDegree: 'n.v.', status: 'Non valutabile' })], RULES).overallDegree).toBe('n.v.');
    expect(summaryTotals([row({ weight: 'due', finalDegree: 0.4, status: 'Non raggiunto' }), row({ finalDegree: 0.8 })], RULES).overallDegree).toBeCloseTo(0.8, 12);
  });

  it('adds amounts and payables, the fund total defaulting to the allocated sum; the remainder is what is not paid', () => {
    const rows = [row({ allocated: 1000, payable: 1000 }), row({ allocated: 500, finalDegree: 'n.v.', status: 'Non valutabile', payable: 0 }), row({ allocated: 'mille' })];
    expect(summaryTotals(rows, RULES)).toMatchObject({ allocated: 1500, payable: 1000, fundTotal: 1500, remainder: 500, notEvaluableAmount: 500 });
    expect(summaryTotals(rows, { ...RULES, fundTotal: 4000 })).toMatchObject({ fundTotal: 4000, remainder: 3000 });
  });

  it('lets errors in summed cells through, never as a 0, while counts skip an error status as COUNTIF does', () => {
    const totals = summaryTotals([row({ payable: '#VALUE!', status: '#VALUE!', finalDegree: '#VALUE!' }), row({ allocated: 200, payable: 200 })], RULES);
    expect(totals).toMatchObject({ payable: '#VALUE!', remainder: '#VALUE!', overallDegree: '#VALUE!', allocated: 200 });
    expect(totals.counts.Raggiunto).toBe(1);
  });
});

describe('restatedRow', () => {
  it('gives the status and payable the objective sheet will show under new cut-offs and payout threshold', () => {
    const rules = { cutoffs: { achievedFrom: 0.9, partialFrom: 0.5 }, payout: proportional(0.6) };
    expect(restatedRow(row({ finalDegree: 0.95, allocated: 1000, status: 'Parzialmente raggiunto' }), rules)).toMatchObject({ status: 'Raggiunto', payable: 950 });
    expect(restatedRow(row({ finalDegree: 0.55, allocated: 1000 }), rules)).toMatchObject({ status: 'Parzialmente raggiunto', payable: 0 });
    expect(restatedRow(row({ finalDegree: 'n.v.', allocated: 1000 }), rules)).toMatchObject({ status: 'Non valutabile', payable: 0 });
  });

  it('shows "—" where nothing is allocated, and takes the stated verdict where nothing is measurable', () => {
    const rules = { cutoffs: { achievedFrom: 1, partialFrom: 0.5 }, payout: proportional(0.5) };
    expect(restatedRow(row({ finalDegree: 0.8 }), rules)).toMatchObject({ status: 'Parzialmente raggiunto', payable: '—' });
    expect(restatedRow(row({ finalDegree: 'n.v.', stated: 'Non raggiunto' }), rules)).toMatchObject({ status: 'Non raggiunto', payable: '—' });
    // A degree decides whenever there is one: the stated verdict is compared with it, never put in its place.
    expect(restatedRow(row({ finalDegree: 0.8, stated: 'Raggiunto' }), rules)).toMatchObject({ status: 'Parzialmente raggiunto' });
    expect(restatedRow(row({ finalDegree: '#VALUE!', stated: 'Raggiunto' }), rules)).toMatchObject({ status: '#VALUE!' });
  });

  it('keeps errors and refuses what PERF.STATUS and PERF.FUNDSHARE refuse (a degree over 100%, a negative amount)', () => {
    const rules = { cutoffs: { achievedFrom: 1, partialFrom: 0.5 }, payout: proportional(0) };
    expect(restatedRow(row({ finalDegree: '#N/A', allocated: 100 }), rules)).toMatchObject({ status: '#N/A', payable: '#N/A' });
    expect(restatedRow(row({ finalDegree: 1.2, allocated: 100 }), rules)).toMatchObject({ status: '#VALUE!', payable: '#VALUE!' });
    expect(restatedRow(row({ finalDegree: 0.5, allocated: -1 }), rules)).toMatchObject({ payable: '#VALUE!' });
    expect(restatedRow(row({ finalDegree: 0.5, allocated: '2.500,50' }), rules)).toMatchObject({ payable: 1250.25 });
  });
});
