import type { ObjectiveResult } from '../../src/core/aggregate';
import { InputError } from '../../src/core/errors';
import { renderMessage } from '../../src/core/messages';
import { defaultFundReference, fundShare, quantifyFund, roundCents } from '../../src/core/fund';
import type { PayoutRule } from '../../src/core/payout';

const proportional = (from = 0): PayoutRule => ({ kind: 'proportional', from, bands: [] });

const result = (number: number, allocatedAmount: number | undefined, finalDegree: number | null, neutralised = false): ObjectiveResult => ({
  objective: { number, title: `Obiettivo ${number}`, planReferences: [], indicators: [], allocatedAmount },
  indicators: [],
  computedDegree: finalDegree,
  finalDegree: neutralised ? null : finalDegree,
  status: 'Raggiunto',
  neutralised,
});

describe('fundShare', () => {
  it.each<[number, number, number | undefined, number]>([
    [1000, 1, undefined, 1000],
    [1000, 0.8, undefined, 800],
    [1000, 1.2, undefined, 1000],
    [1000, -0.1, undefined, 0],
    [1000, 0.5, 0.6, 0],
    [1000, 0.6, 0.6, 600],
    [1234.56, 0.333, undefined, 1234.56 * 0.333],
  ])('%p × %p (threshold %p) = %p', (amount, degree, threshold, expected) => {
    expect(fundShare(amount, degree, proportional(threshold))).toBe(expected);
  });

  it.each<[number, number, number]>([
    [-1, 1, 0],
    [Number.NaN, 1, 0],
    [1000, Number.NaN, 0],
    [1000, 1, 1.5],
  ])('rejects amount %p, degree %p, threshold %p', (amount, degree, threshold) => {
    expect(() => fundShare(amount, degree, proportional(threshold))).toThrow(InputError);
  });
});

describe('fundShare under the other payout rules', () => {
  const bands: PayoutRule = { kind: 'bands', from: 0, bands: [{ from: 0.8, share: 0.8 }, { from: 0.95, share: 1 }] };
  it.each<[number, number]>([
    [1, 1000],
    [0.95, 1000],
    [0.9499999999, 1000],
    [0.94, 800],
    [0.8, 800],
    [0.79, 0],
  ])('bands: degree %p pays %p', (degree, expected) => {
    expect(fundShare(1000, degree, bands)).toBe(expected);
  });

  it('all-or-nothing pays the whole amount from the threshold, nothing under it', () => {
    const rule: PayoutRule = { kind: 'all-or-nothing', from: 0.6, bands: [] };
    expect([fundShare(1000, 0.6, rule), fundShare(1000, 0.59, rule)]).toEqual([1000, 0]);
  });

  it('refuses a band outside 0..100%', () => {
    expect(() => fundShare(1000, 1, { kind: 'bands', from: 0, bands: [{ from: 1.2, share: 1 }] })).toThrow(InputError);
  });
});

describe('quantifyFund', () => {
  const results = [result(1, 1000, 1), result(2, 2000, 0.5), result(3, 500, null), result(11, 700, 1, true), result(4, undefined, 1)];

  it('lines for objectives with an allocated amount; totals and remainder', () => {
    const fund = quantifyFund(results);
    expect(fund.lines).toEqual([
      { number: 1, allocated: 1000, degree: 1, payable: 1000, neutralised: false },
      { number: 2, allocated: 2000, degree: 0.5, payable: 1000, neutralised: false },
      { number: 3, allocated: 500, degree: null, payable: 0, neutralised: false },
      { number: 11, allocated: 700, degree: null, payable: 0, neutralised: true },
    ]);
    expect(fund).toMatchObject({ total: 4200, allocated: 4200, payable: 2000, neutralisedAmount: 700, remainder: 2200 });
    expect(fund.warnings).toBeUndefined();
  });

  it('threshold pays nothing under it', () => {
    expect(quantifyFund(results, { threshold: 0.6 }).payable).toBe(1000);
  });

  it('an explicit total', () => {
    expect(quantifyFund(results, { total: 10000 })).toMatchObject({ total: 10000, remainder: 8000 });
  });

  it('warns when the allocations exceed the total', () => {
    const [warning] = quantifyFund(results, { total: 1000 }).warnings ?? [];
    expect(renderMessage(warning, 'it')).toContain('superiori al totale del fondo');
  });

  it('no allocated amounts: an empty quantification', () => {
    expect(quantifyFund([result(1, undefined, 1)])).toEqual({ total: 0, allocated: 0, payable: 0, neutralisedAmount: 0, remainder: 0, lines: [] });
  });

  it('pays nothing under the "Parzialmente" cut-off when neither a threshold nor a rule is given', () => {
    expect(quantifyFund([result(5, 1000, 0.4)]).payable).toBe(0);
  });

  it('rejects a negative allocation naming the objective', () => {
    expect(() => quantifyFund([result(7, -5, 1)])).toThrow("per l'obiettivo 7");
  });
});

describe("the fund's label in the Riepilogo", () => {
  it('names the art. 67 resource up to 2022 and the art. 79 fund from 2023, as part of the Fondo risorse decentrate', () => {
    expect(defaultFundReference(2022)).toBe('Fondo risorse decentrate, risorse per obiettivi (art. 67 c. 5 lett. b) CCNL Funzioni Locali 21/5/2018)');
    expect(defaultFundReference(2023)).toMatch(/^Fondo risorse decentrate, risorse per obiettivi \(art\. 79 .*CCNL Funzioni Locali 16\/11\/2022\)$/);
    expect(defaultFundReference(null)).toBe(defaultFundReference(2023));
  });
});

describe('roundCents (presentation only)', () => {
  it.each<[number, number]>([
    [1.005, 1.01],
    [2.675, 2.68],
    [-2.675, -2.68],
    [1234.5649, 1234.56],
    [0.1 + 0.2, 0.3],
    [-0.001, 0],
    [1000, 1000],
  ])('%p -> %p', (x, expected) => expect(roundCents(x)).toBe(expected));
});
