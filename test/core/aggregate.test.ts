import { evaluateObjective, evaluateReport, objectiveScore } from '../../src/core/aggregate';
import { InputError } from '../../src/core/errors';
import { renderMessage, type Message } from '../../src/core/messages';
import type { Indicator, Objective, Report } from '../../src/core/model';

const italian = (message: Message | null | undefined): string => (message ? renderMessage(message, 'it') : '');

const indicator = (target: string, actual: Indicator['actual'], extra: Partial<Indicator> = {}): Indicator => ({ name: `${actual} vs ${target}`, target, actual, ...extra });
const objective = (number: number, indicators: Indicator[], extra: Partial<Objective> = {}): Objective => ({
  number,
  title: `Obiettivo ${number}`,
  planReferences: [],
  indicators,
  ...extra,
});

describe('objectiveScore: weighted mean of degrees', () => {
  it.each<[string, Array<number | null>, Array<number | null> | undefined, number | null]>([
    ['plain mean', [1, 0.5], undefined, 0.75],
    ['weights', [1, 0.5], [3, 1], 0.875],
    ['null degree leaves the mean', [1, null, 0.5], undefined, 0.75],
    ['null weight counts 1', [1, 0], [null, 1], 0.5],
    ['missing weights count 1', [1, 0, 0.5], [2], (2 + 0 + 0.5) / 4],
    ['zero weight leaves the mean', [1, 0], [1, 0], 1],
    ['all null -> null', [null, null], undefined, null],
    ['nothing -> null', [], undefined, null],
    ['all weights 0 -> null', [1, 0.5], [0, 0], null],
    ['all ones stay exactly 1', [1, 1, 1], [0.1, 0.2, 0.7], 1],
  ])('%s', (_label, degrees, weights, expected) => {
    const score = objectiveScore(degrees, weights);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 12);
  });

  it.each<[string, Array<number | null>, Array<number | null>, string]>([
    ['negative weight', [1], [-1], 'Peso non valido in posizione 1: -1'],
    ['NaN weight', [1, 1], [1, Number.NaN], 'Peso non valido in posizione 2'],
    ['degree above 1', [1.5], [1], 'Grado non valido in posizione 1: 1,5'],
    ['more weights than degrees', [1], [1, 1], 'Pesi (2) più numerosi dei gradi (1)'],
  ])('%s throws InputError', (_label, degrees, weights, message) => {
    expect(() => objectiveScore(degrees, weights)).toThrow(InputError);
    expect(() => objectiveScore(degrees, weights)).toThrow(message);
  });
});

describe('evaluateObjective', () => {
  it('seed objective 2: two lower-is-better indicators, OIV 100', () => {
    const result = evaluateObjective(
      objective(2, [indicator('<75 gg', '49,96'), indicator('< 60 gg', '53,1')], { oiv: { score: 100, text: 'Valutazione OIV = 100/100' } }),
    );
    expect(result.indicators.map((r) => r.evaluation)).toEqual([
      { measured: true, achieved: true, degree: 1 },
      { measured: true, achieved: true, degree: 1 },
    ]);
    expect(result.computedDegree).toBe(1);
    expect(result.finalDegree).toBe(1);
    expect(result.status).toBe('Raggiunto');
  });

  it('seed objective 5: the revised target is the one evaluated', () => {
    const result = evaluateObjective(
      objective(5, [
        indicator('≥ 8 progetti', 4, { revision: { original: '≥ 8 progetti', revised: '≥ 4 progetti', reason: 'monitoraggio intermedio' } }),
      ]),
    );
    expect(result.indicators[0].target).toEqual({ kind: 'comparison', op: '>=', value: 4, percent: false, unit: 'progetti' });
    expect(result.indicators[0].evaluation).toEqual({ measured: true, achieved: true, degree: 1 });
    expect(result.status).toBe('Raggiunto');
  });

  it('seed objective 8: 0 of 30 desks is Non raggiunto', () => {
    const result = evaluateObjective(objective(8, [indicator('100%', '0/30')]));
    expect(result.computedDegree).toBe(0);
    expect(result.status).toBe('Non raggiunto');
  });

  it('seed objective 11: neutralised, Non valutabile, no final degree', () => {
    const result = evaluateObjective(objective(11, [indicator('100%', undefined)], { neutralisation: { reason: 'decisione dei vertici' } }));
    expect(result.neutralised).toBe(true);
    expect(result.finalDegree).toBeNull();
    expect(result.status).toBe('Non valutabile');
  });

  it('seed objective 3: OIV 99/100 overrides the computed score', () => {
    const result = evaluateObjective(objective(3, [indicator('SI', 'SI')], { oiv: { score: 99, text: '99/100' } }));
    expect(result.computedDegree).toBe(1);
    expect(result.finalDegree).toBe(0.99);
    expect(result.status).toBe('Parzialmente raggiunto');
    expect(evaluateObjective(result.objective, { achievedFrom: 0.95, partialFrom: 0.5 }).status).toBe('Raggiunto');
  });

  it('seed objective 7: an unparseable ratio is reported on the indicator and blanks the computed score; the OIV decides', () => {
    const result = evaluateObjective(
      objective(7, [indicator('100%', '3.1296/3.196'), indicator('100%', '112/112')], { oiv: { score: 100, text: '100/100' } }),
    );
    expect(result.indicators[0].evaluation).toBeNull();
    expect(italian(result.indicators[0].error)).toContain('Numero ambiguo "3.1296"');
    expect(result.indicators[1].error).toBeNull();
    expect(result.computedDegree).toBeNull();
    expect(result.finalDegree).toBe(1);
    expect(result.status).toBe('Raggiunto');
  });

  it('an unparseable target is an error quoting it', () => {
    const result = evaluateObjective(objective(1, [indicator('boh', 5)]));
    expect(result.indicators[0].target).toBeNull();
    expect(italian(result.indicators[0].error)).toContain('"boh"');
    expect(result.status).toBe('Non valutabile');
  });

  it('unmeasured and neutralised indicators leave the mean; weights apply', () => {
    const result = evaluateObjective(
      objective(1, [
        indicator('≥ 10', 5, { weight: 1 }),
        indicator('≥ 10', 10, { weight: 3 }),
        indicator('≥ 10', undefined),
        indicator('≥ 10', 0, { neutralised: true }),
      ]),
    );
    expect(result.computedDegree).toBeCloseTo((0.5 + 3) / 4, 12);
    expect(result.status).toBe('Parzialmente raggiunto');
  });

  it('nothing measured yet is Non valutabile', () => {
    expect(evaluateObjective(objective(1, [indicator('≥ 10', undefined)])).status).toBe('Non valutabile');
  });

  it('baseline and threshold of an indicator are used', () => {
    const result = evaluateObjective(objective(1, [indicator('≥ 10', 7, { baseline: 4, threshold: 0.6 })]));
    expect(result.indicators[0].evaluation?.degree).toBe(0);
  });

  it('an OIV score outside 0..100 is an error, not a number', () => {
    const result = evaluateObjective(objective(1, [indicator('≥ 10', 10)], { oiv: { score: 120, text: '' } }));
    expect(result.finalDegree).toBeNull();
    expect(result.status).toBe('Non valutabile');
    expect(italian(result.error)).toContain('Valutazione OIV non valida per l\'obiettivo 1: 120');
  });
});

describe('evaluateReport', () => {
  const report: Report = {
    title: 'Relazione',
    year: 2022,
    objectives: [
      objective(1, [indicator('≤ 0', '-8,75')], { oiv: { score: 100, text: '' }, allocatedAmount: 1000 }),
      objective(2, [indicator('≥ 10', 5)], { weight: 2, allocatedAmount: 2000 }),
      objective(8, [indicator('100%', '0/30')], { allocatedAmount: 500 }),
      objective(11, [indicator('100%', undefined)], { neutralisation: { reason: 'posposto' }, allocatedAmount: 700 }),
      objective(12, [indicator('≥ 10', undefined)]),
    ],
  };

  it('weights final degrees by objective weight; neutralised and unevaluated objectives leave the mean', () => {
    const result = evaluateReport(report);
    expect(result.overallDegree).toBeCloseTo((1 + 2 * 0.5 + 0) / 4, 12);
    expect(result.counts).toEqual({ Raggiunto: 1, 'Parzialmente raggiunto': 1, 'Non raggiunto': 1, 'Non valutabile': 2 });
  });

  it('quantifies the fund from final degrees', () => {
    const { fund } = evaluateReport(report, { fund: { total: 5000 } });
    expect(fund.lines.map((l) => [l.number, l.payable])).toEqual([
      [1, 1000],
      [2, 1000],
      [8, 0],
      [11, 0],
    ]);
    expect(fund.allocated).toBe(4200);
    expect(fund.payable).toBe(2000);
    expect(fund.neutralisedAmount).toBe(700);
    expect(fund.total).toBe(5000);
    expect(fund.remainder).toBe(3000);
  });

  it('uses the report cut-offs unless overridden', () => {
    const withCutoffs: Report = { ...report, cutoffs: { achievedFrom: 0.5, partialFrom: 0.2 } };
    expect(evaluateReport(withCutoffs).counts.Raggiunto).toBe(2);
    expect(evaluateReport(withCutoffs, { cutoffs: { achievedFrom: 1, partialFrom: 0.5 } }).counts.Raggiunto).toBe(1);
  });

  it('uses the report fund settings unless overridden', () => {
    const withThreshold: Report = { ...report, fund: { threshold: 0.6 } };
    expect(evaluateReport(withThreshold).fund.payable).toBe(1000);
  });
});
