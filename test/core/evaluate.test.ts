import { InputError } from '../../src/core/errors';
import { evaluateIndicator, statusOf } from '../../src/core/evaluate';
import type { EvaluateOptions, Evaluation } from '../../src/core/evaluate';
import type { CellInput, Status } from '../../src/core/model';
import { ParseError } from '../../src/core/parse';

const ok: Evaluation = { measured: true, achieved: true, degree: 1 };
const partly = (degree: number): Evaluation => ({ measured: true, achieved: false, degree });
const NOT_MEASURED: Evaluation = { measured: false, achieved: null, degree: null };

describe('a strict target met with equality', () => {
  it.each([[100, '>100'], [75, '< 75']])('%j against %j is missed with a degree below 1, so its status is not Raggiunto', (actual, target) => {
    const result = evaluateIndicator(actual, target);
    expect(result.achieved).toBe(false);
    expect(result.degree).toBeLessThan(1);
    expect(statusOf(result.degree)).toBe('Parzialmente raggiunto');
  });
});

describe('evaluateIndicator: the targets and results of the 2022 seed', () => {
  it.each<[number, CellInput, string, Evaluation]>([
    [1, '-8,75', '≤ 0', ok],
    [2, '49,96', '<75 gg', ok],
    [2, '53,1', '< 60 gg', ok],
    [2, '53.1', '< 60 gg', ok],
    [4, '31/07/2022', 'entro il 31/7/2022', ok],
    [4, 'luglio 2022', 'entro il 31/7/2022', ok],
    [7, '112/112', '100%', ok],
    [7, '1.958/1.958', '100%', ok],
    [7, '30/30', '100%', ok],
    [7, '100%', '100%', ok],
    [8, '0/30', '100%', partly(0)],
    [9, '194', '>100', ok],
    [9, '23', '>= 8', ok],
    [9, '1.134', '>= 700', ok],
    [10, '12', '≥ 10', ok],
    [10, 'SI', 'attivazione', ok],
  ])('objective %i: %j against %j', (_objective, actual, target, expected) => {
    expect(evaluateIndicator(actual, target)).toEqual(expected);
  });

  it("objective 7's inconsistent ratio 3.1296/3.196 is an error naming it, not a guess", () => {
    expect(() => evaluateIndicator('3.1296/3.196', '100%')).toThrow(ParseError);
    expect(() => evaluateIndicator('3.1296/3.196', '100%')).toThrow(/3\.1296/);
  });
});

describe('evaluateIndicator: rules', () => {
  it.each<[string, CellInput, string, EvaluateOptions, Evaluation]>([
    ['blank actual is not yet measured, not 0', undefined, '≥ 8', {}, NOT_MEASURED],
    ['empty text is not yet measured', '  ', '≥ 8', {}, NOT_MEASURED],
    ['n.d. is not yet measured', 'n.d.', '≥ 8', {}, NOT_MEASURED],
    ['higher: actual/target', 4, '≥ 8', {}, partly(0.5)],
    ['higher: over target is capped at 1', 16, '≥ 8', {}, ok],
    ['higher: negative actual floors at 0', -3, '≥ 8', {}, partly(0)],
    ['higher with baseline: share of the way', 7, '≥ 10', { baseline: 4 }, partly(0.5)],
    ['higher with baseline below it floors at 0', 2, '≥ 10', { baseline: 4 }, partly(0)],
    ['= v with v > 0 is a value to reach', 6, '= 6', {}, ok],
    ['= v reached beyond', 8, '= 6', {}, ok],
    ['= v not reached: actual/target', 3, '= 6', {}, partly(0.5)],
    ['= 0 achieved only at 0', 0, '= 0', {}, ok],
    ['= 0 missed scores 0', 2, '= 0', {}, partly(0)],
    ['= -5 reached by going down', -6, '= -5', {}, ok],
    ['lower: achieved', 50, '< 75', {}, ok],
    ['lower: missed, target/actual', 100, '< 75', {}, partly(0.75)],
    ['lower: target 0 missed without baseline scores 0', 5, '≤ 0', {}, partly(0)],
    ['lower with baseline: share of the way', 90, '< 60', { baseline: 120 }, partly(0.5)],
    ['lower with baseline, target 0', 5, '≤ 0', { baseline: 10 }, partly(0.5)],
    ['lower worse than baseline floors at 0', 130, '< 60', { baseline: 120 }, partly(0)],
    ['threshold: degree under it counts 0', 5, '≥ 10', { threshold: 0.6 }, partly(0)],
    ['threshold: degree at it stays', 6, '≥ 10', { threshold: 0.6 }, partly(0.6)],
    ['ratio compares by its value', '39 / 45', '≥ 90%', {}, partly(39 / 45 / 0.9)],
    ['percent target, number 1 is a fraction (100%)', 1, '100%', {}, ok],
    ['percent target, number 100 is percent points', 100, '100%', {}, ok],
    ['percent target, number 0,5 is 50%', 0.5, '≥ 60%', {}, partly(0.5 / 0.6)],
    ['percent target, text "50" is 50%', '50', '≥ 60%', {}, partly(0.5 / 0.6)],
    ['percent actual, plain target above 1 compares in points', '95%', '≥ 90', {}, ok],
    ['percent actual, plain fraction target', '95%', '≥ 0,9', {}, ok],
    ['percent baseline in points', '60%', '≥ 80%', { baseline: 40 }, partly(0.5)],
    ['deadline met on the day', '31/07/2022', 'entro 31/07/2022', {}, ok],
    ['deadline met before', '2022-06-30', 'entro 31/07/2022', {}, ok],
    ['deadline missed by a day', '01/08/2022', 'entro 31/07/2022', {}, partly(0)],
    ['deadline against an Excel date serial', 44773, 'entro 31/07/2022', {}, ok],
    ['deadline serial with a time of day', 44773.5, 'entro 31/07/2022', {}, ok],
    ['deadline missed, serial', 44774, 'entro 31/07/2022', {}, partly(0)],
    ['yes/no: SI', 'SI', 'SI', {}, ok],
    ['yes/no: NO against SI', 'NO', 'SI', {}, partly(0)],
    ['yes/no: TRUE boolean', true, 'attivazione', {}, ok],
    ['yes/no: FALSE boolean', false, 'attivazione', {}, partly(0)],
    ['yes/no: 1', 1, 'SI', {}, ok],
    ['yes/no: 0', 0, 'SI', {}, partly(0)],
    ['yes/no: a completion date means done', '15/10/2022', 'attivazione', {}, ok],
    ['yes/no: NO expected', 'no', 'NO', {}, ok],
    ['yes/no: Sì with its accent', 'Sì', 'SI', {}, ok],
    ['text with a unit after the number', '49,96 gg', '< 75 gg', {}, ok],
    ['a percentage as text against a percent target: 87,5 of 90', '87,5%', '≥ 90%', {}, partly(0.875 / 0.9)],
    ['a negative number as text floors at 0', '-3', '≥ 8', {}, partly(0)],
  ])('%s (%j vs %j)', (_label, actual, target, options, expected) => {
    const result = evaluateIndicator(actual, target, options);
    expect(result.measured).toBe(expected.measured);
    expect(result.achieved).toBe(expected.achieved);
    if (expected.degree === null) expect(result.degree).toBeNull();
    else expect(result.degree).toBeCloseTo(expected.degree, 12);
  });

  it('accepts a parsed target as well as its text', () => {
    expect(evaluateIndicator('49,96', { kind: 'comparison', op: '<', value: 75, percent: false })).toEqual(ok);
  });

  it.each<[string, CellInput, string, string]>([
    ['unparseable target', 5, 'boh', 'Target non riconosciuto "boh"'],
    ['unparseable actual', 'boh', '≥ 8', 'Valore non riconosciuto "boh"'],
    ['a date against a number target', '31/07/2022', '≥ 8', 'Risultato "31/07/2022" non confrontabile con il target "≥ 8"'],
    ['a yes/no against a number target', 'SI', '≥ 8', 'non confrontabile'],
    ['a yes/no against a deadline', 'SI', 'entro 31/07/2022', 'serve la data di completamento'],
    ['a text number against a deadline', '44773', 'entro 31/07/2022', 'serve la data di completamento'],
    ['a percent against yes/no', '50%', 'SI', 'serve SI o NO'],
    ['a number cell other than 0 or 1 against yes/no', 2, 'SI', 'Risultato "2" non confrontabile con il target "SI": serve SI o NO'],
    ['a number cell that is not finite', Number.NaN, '≥ 8', 'Numero non valido NaN'],
  ])('%s throws ParseError naming the input', (_label, actual, target, message) => {
    expect(() => evaluateIndicator(actual, target)).toThrow(ParseError);
    expect(() => evaluateIndicator(actual, target)).toThrow(message);
  });

  it.each<[string, EvaluateOptions, string]>([
    ['threshold above 1', { threshold: 60 }, 'Soglia 60 fuori scala'],
    ['negative threshold', { threshold: -0.1 }, 'fuori scala'],
    ['baseline above a higher-is-better target', { baseline: 20 }, 'Baseline 20 non utilizzabile con il target "≥ 10"'],
    ['non-numeric baseline', { baseline: Number.NaN }, 'Baseline non numerica'],
  ])('%s throws InputError', (_label, options, message) => {
    expect(() => evaluateIndicator(5, '≥ 10', options)).toThrow(InputError);
    expect(() => evaluateIndicator(5, '≥ 10', options)).toThrow(message);
  });

  it('null options are the same as absent', () => {
    expect(evaluateIndicator(5, '≥ 10', { baseline: null, threshold: null })).toEqual(partly(0.5));
  });
});

describe('statusOf', () => {
  it.each<[number | null, Status]>([
    [null, 'Non valutabile'],
    [1, 'Raggiunto'],
    [0.9999999999999999, 'Raggiunto'],
    [0.99, 'Parzialmente raggiunto'],
    [0.5, 'Parzialmente raggiunto'],
    [0.49, 'Non raggiunto'],
    [0, 'Non raggiunto'],
  ])('default cut-offs: %p -> %s', (degree, status) => expect(statusOf(degree)).toBe(status));

  it.each<[number, Status]>([
    [0.99, 'Raggiunto'],
    [0.95, 'Raggiunto'],
    [0.9, 'Parzialmente raggiunto'],
    [0.59, 'Non raggiunto'],
  ])('custom cut-offs 0,95 / 0,6: %p -> %s', (degree, status) => {
    expect(statusOf(degree, { achievedFrom: 0.95, partialFrom: 0.6 })).toBe(status);
  });

  it('rejects cut-offs out of order', () => {
    expect(() => statusOf(0.5, { achievedFrom: 0.5, partialFrom: 0.8 })).toThrow(InputError);
  });
});

describe('evaluateIndicator: a wrong baseline is reported even when the target is met', () => {
  it('throws InputError', () => {
    expect(() => evaluateIndicator(50, '≥ 10', { baseline: 20 })).toThrow(InputError);
  });
});
