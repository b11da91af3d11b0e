// The PERF.* wrappers called in plain Node, as Excel would call them: values, ranges as rows, errors as values.
import { achieved, achievement, averageDays, fundShare, objectiveScore, paymentDelay, status, target } from '../../src/functions/functions';
import { PerfFunctionError } from '../../src/functions/errors';
import { thrownBy } from '../support/thrown';

/** What a function throws (the error value the cell would show). */
const thrown = (call: () => unknown) => thrownBy(call) as { code: string; message?: string };

const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

describe('plain Node', () => {
  it('runs with no Office global', () => {
    expect(typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBe('undefined');
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
  });
});

describe('PERF.ACHIEVED', () => {
  it.each([
    [49.96, '< 75 gg', true], // seed objective 2, entrate
    ['53,1', '< 60 gg', true], // seed objective 2, uscite
    ['-8,75', '≤ 0', true],
    [194, '> 100', true], // seed objective 9
    [23, '>= 8', true],
    ['1.134', '>= 700', true],
    [600, '>= 700', false],
    [100, '> 100', false],
    ['112/112', '100%', true],
    ['39 / 45', '100%', false],
    [44773, 'entro il 31/7/2022', true],
    ['01/08/2022', 'entro 31/07/2022', false],
    ['SI', 'attivazione', true],
    [true, 'SI', true],
  ])('%p against %p is %p', (actual, targetText, expected) => {
    expect(achieved(actual, targetText)).toBe(expected);
  });

  it('answers #N/A "Risultato non ancora rilevato" for a blank result', () => {
    for (const blank of [null, undefined, '', '   ', 'n.v.']) {
      expect(thrown(() => achieved(blank, '< 75 gg'))).toMatchObject({ code: '#N/A', message: 'Risultato non ancora rilevato' });
    }
  });

  it('answers #VALUE! quoting a target it cannot read', () => {
    const error = thrown(() => achieved(3, 'circa dieci'));
    expect(error).toBeInstanceOf(PerfFunctionError);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('"circa dieci"');
  });

  it('answers #VALUE! quoting a result it cannot read', () => {
    expect(thrown(() => achieved('tanti', '>= 8'))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('"tanti"') });
  });

  it('propagates an error value coming from the input cell unchanged', () => {
    const divisionByZero = new PerfFunctionError('#DIV/0!', '');
    expect(thrown(() => achieved(divisionByZero, '< 75 gg'))).toBe(divisionByZero);
    expect(thrown(() => achieved(5, divisionByZero as unknown as string))).toBe(divisionByZero);
  });
});

describe('PERF.ACHIEVEMENT', () => {
  it.each([
    [49.96, '< 75 gg', 1],
    [80, '< 60 gg', 0.75], // lower is better: target / actual
    [600, '>= 700', 600 / 700],
    ['1.134', '>= 700', 1],
    ['31/07/2022', 'entro il 31/7/2022', 1],
  ])('%p against %p is %p', (actual, targetText, expected) => {
    const degree = achievement(actual, targetText);
    expect(typeof degree).toBe('number');
    expect(degree).toBeCloseTo(expected, 12);
  });

  it('counts a degree under the threshold as 0', () => {
    expect(achievement(300, '>= 700', null, 0.5)).toBe(0);
    expect(achievement(600, '>= 700', null, '50%')).toBeCloseTo(600 / 700, 12);
  });

  it('refuses a threshold written as 50 instead of 50%', () => {
    expect(thrown(() => achievement(600, '>= 700', null, 50))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('80%') });
  });
});

describe('PERF.OBJECTIVESCORE', () => {
  it('is the weighted mean of the degrees, leaving out blanks and "n.v."', () => {
    expect(objectiveScore(column(1, 0.8, 'n.v.', null), column(2, 1, 1, 1))).toBeCloseTo(2.8 / 3, 12);
    expect(objectiveScore(column('100%', '80%', ''))).toBeCloseTo(0.9, 12);
  });

  it('gives #VALUE! naming both ranges when their shapes differ', () => {
    const error = thrown(() => objectiveScore(column(1, 0.8), column(1, 1, 1)));
    expect(error).toMatchObject({ code: '#VALUE!' });
    expect(error.message).toBe('Gli intervalli gradi (2×1) e pesi (3×1) devono avere le stesse dimensioni');
  });

  it('gives #N/A when nothing is evaluable, #DIV/0! when every weight is 0', () => {
    expect(thrown(() => objectiveScore(column(null, 'n.v.')))).toMatchObject({ code: '#N/A' });
    expect(thrown(() => objectiveScore(column(1), column(0)))).toMatchObject({ code: '#DIV/0!' });
  });

  it('refuses a degree typed as 80 rather than 80%, naming its row', () => {
    expect(thrown(() => objectiveScore(column(1, 80)))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('riga 2') });
  });

  it('propagates an error in the range', () => {
    const notAvailable = new PerfFunctionError('#N/A', 'Risultato non ancora rilevato');
    expect(thrown(() => objectiveScore(column(1, notAvailable)))).toBe(notAvailable);
  });
});

describe('PERF.STATUS', () => {
  it.each([
    [1, 'Raggiunto'],
    [0.85, 'Parzialmente raggiunto'],
    [0.2, 'Non raggiunto'],
    [null, 'Non valutabile'],
    ['n.v.', 'Non valutabile'],
  ])('%p is %p', (degree, expected) => {
    expect(status(degree)).toBe(expected);
  });

  it('uses the cut-offs given', () => {
    expect(status(0.9, 0.9)).toBe('Raggiunto');
    expect(status(0.45, 1, 0.4)).toBe('Parzialmente raggiunto');
    expect(thrown(() => status(0.5, 0.4, 0.6))).toMatchObject({ code: '#VALUE!' });
  });
});

describe('PERF.FUNDSHARE', () => {
  it('is amount × degree, 0 under the threshold, never rounded', () => {
    expect(fundShare(12500, 0.9)).toBe(11250);
    expect(fundShare('12.500,00 €', '90%', 0.6)).toBe(11250);
    expect(fundShare(12500, 0.5, 0.6)).toBe(0);
    expect(fundShare(1000, 1 / 3)).toBeCloseTo(333.3333333, 6);
  });

  it('says what is missing', () => {
    expect(thrown(() => fundShare(12500, null))).toMatchObject({ code: '#N/A', message: 'Manca il grado' });
    expect(thrown(() => fundShare(-1, 1))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('negativo') });
  });
});

describe('PERF.PAYMENTDELAY and PERF.AVERAGEDAYS', () => {
  it('weights the days of delay by amount; unpaid rows are left out', () => {
    // 10 days early on 1000 €, 16 days late on 500 €: (-10000 + 8000) / 1500.
    const itp = paymentDelay(column(44640, '15/04/2022', null), column(44650, '30/03/2022', '01/05/2022'), column(1000, '500', 300));
    expect(itp).toBeCloseTo(-2000 / 1500, 12);
  });

  it('names the row of a paid invoice with no due date', () => {
    expect(thrown(() => paymentDelay(column(44640, 44641), column(44650, null), column(1, 1)))).toMatchObject({
      code: '#VALUE!',
      message: 'Manca la data di scadenza (riga 2)',
    });
  });

  it('gives #DIV/0! for a zero total, #N/A when nothing is paid, #VALUE! for ranges of different size', () => {
    expect(thrown(() => paymentDelay(column(44640), column(44650), column(0)))).toMatchObject({ code: '#DIV/0!' });
    expect(thrown(() => paymentDelay(column(null), column(44650), column(10)))).toMatchObject({ code: '#N/A' });
    expect(thrown(() => paymentDelay(column(1, 2), column(1), column(1, 2)))).toMatchObject({ code: '#VALUE!' });
  });

  it('averages the days between pairs of dates, leaving out open pairs', () => {
    expect(averageDays(column('10/01/2022', 44600, 44610), column('25/01/2022', null, 44620))).toBe(12.5);
  });
});

describe('PERF.TARGET', () => {
  it.each([
    ['<= 0 gg', '≤ 0 gg'],
    ['>=8', '≥ 8'],
    ['entro il 31/7/2022', 'entro 31/07/2022'],
    ['attivazione', 'SI'],
  ])('%p reads as %p', (text, canonical) => {
    expect(target(text)).toBe(canonical);
  });

  it('reads a number typed in the target cell as "at least", the Italian way', () => {
    expect(target(3.196)).toBe('≥ 3,196');
    expect(achieved(1.2, 1.125)).toBe(true); // not 1125, as the text "1.125" would read
    expect(achieved('SI', true)).toBe(true);
  });
});

describe('inside Excel', () => {
  const globals = globalThis as { CustomFunctions?: unknown; Office?: unknown };

  afterEach(() => {
    delete globals.CustomFunctions;
    delete globals.Office;
  });

  it('throws CustomFunctions.Error, with a message only where Excel shows one', () => {
    class FakeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    globals.CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!' },
    };
    const blank = thrown(() => achieved(null, '< 75 gg'));
    expect(blank).toBeInstanceOf(FakeError);
    expect(blank).toMatchObject({ code: '#N/A', message: 'Risultato non ancora rilevato' });
    const zeroWeights = thrown(() => objectiveScore(column(1), column(0)));
    expect(zeroWeights).toBeInstanceOf(FakeError);
    expect(zeroWeights).toMatchObject({ code: '#DIV/0!', message: undefined });
  });

  it('writes messages in English when Office displays English', () => {
    globals.Office = { context: { displayLanguage: 'en-US' } };
    expect(thrown(() => achieved(null, '< 75 gg')).message).toBe('No result yet');
    expect(thrown(() => achieved(3, 'circa dieci')).message).toContain('"circa dieci"');
    globals.Office = { context: { displayLanguage: 'it-IT' } };
    expect(thrown(() => achieved(null, '< 75 gg')).message).toBe('Risultato non ancora rilevato');
  });
});

describe('FUNDSHARE under the payout rules, ACHIEVED with a deadline tolerance', () => {
  it('pays by the rule named in Italian or English, with bands as a two-column range', () => {
    expect(fundShare(1000, 0.7, 0.6, 'tutto o niente')).toBe(1000);
    expect(fundShare(1000, 0.5, 0.6, 'all-or-nothing')).toBe(0);
    const bands = [
      [0.95, 1],
      ['80%', '80%'],
      [null, null],
    ];
    expect(fundShare(1000, 0.9, 0, 'fasce', bands)).toBe(800);
    expect(fundShare(1000, 0.96, 0, 'bands', bands)).toBe(1000);
    expect(fundShare(1000, 0.5, 0, 'bands', bands)).toBe(0);
  });

  it('refuses an unknown rule and a band with half its values', () => {
    expect(thrown(() => fundShare(1000, 0.9, 0, 'forse'))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('forse') });
    expect(thrown(() => fundShare(1000, 0.9, 0, 'fasce', [[0.8, null]]))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('quota della fascia') });
  });

  it('meets a deadline within the tolerance', () => {
    expect(achieved('03/08/2022', 'entro 31/07/2022')).toBe(false);
    expect(achieved('03/08/2022', 'entro 31/07/2022', 3)).toBe(true);
    expect(achievement('03/08/2022', 'entro 31/07/2022', null, null, 3)).toBe(1);
  });
});
