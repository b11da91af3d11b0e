import fc from 'fast-check';
import { CoreError } from '../../src/core/errors';
import { evaluateIndicator } from '../../src/core/evaluate';
import { fastValue } from '../../src/core/fast-value';
import { scanItalianNumber } from '../../src/core/number-scan';
import { ParseError, parseValue, parseValueText } from '../../src/core/parse';
import { pointsToFraction } from '../../src/core/percent';
import { canonicalTarget, parseTarget } from '../../src/core/target';
import type { ComparisonOp, Target } from '../../src/core/target';

/** Pieces of what analysts type, so random strings reach deep into the grammar, not only "not a value". */
const FRAGMENTS = [
  '0', '1', '3', '8', '30', '75', '100', '112', '1958', '3196', '2022', '31', '07', '7', '12',
  '.', ',', '/', '-', '−', '+', '%', ' ', '  ', '*', '€', 'e', 'E', "'", '\u00A0',
  '<', '>', '=', '≤', '≥', '<=', '>=', 'entro', 'entro il', 'by', 'gg', 'giorni', 'days', 'euro', 'n.', 'n.d.',
  'SI', 'sì', 'NO', 'yes', 'VERO', 'attivazione', 'luglio', 'settembre', 'progetti', 'del sistema', '(*)', '¹', '2022-07-31', '31/7/2022',
];
const analystText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(''));
const anyText = fc.oneof(analystText, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));

const ops: ComparisonOp[] = ['<', '<=', '=', '>=', '>'];
const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0));
const realisticNumber = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => n / 1000),
);
const unit = fc.constantFrom(undefined, 'gg', '€', 'ore', 'progetti');
const comparisonTarget: fc.Arbitrary<Target> = fc
  .record({
    op: fc.constantFrom(...ops),
    percent: fc.boolean(),
    number: fc.oneof(realisticNumber, finiteDouble),
    unit,
  })
  .map(({ op, percent, number, unit: u }): Target => {
    const value = percent ? pointsToFraction(number) || 0 : number;
    return u === undefined ? { kind: 'comparison', op, value, percent } : { kind: 'comparison', op, value, percent, unit: u };
  });
const target: fc.Arbitrary<Target> = fc.oneof(
  comparisonTarget,
  fc.integer({ min: 1, max: 2_958_465 }).map((serial): Target => ({ kind: 'deadline', serial })),
  fc.boolean().map((expected): Target => ({ kind: 'boolean', expected })),
);

function onlyParseErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
}

describe('parser properties', () => {
  it('parseValue never throws anything but ParseError', () => {
    fc.assert(fc.property(anyText, (text) => onlyParseErrors(() => parseValue(text))), { numRuns: 3000 });
  });

  it('parseTarget never throws anything but ParseError', () => {
    fc.assert(fc.property(anyText, (text) => onlyParseErrors(() => parseTarget(text))), { numRuns: 3000 });
  });

  it('a parsed value of a number is finite, and a percent is a fraction of its points', () => {
    fc.assert(
      fc.property(analystText, (text) => {
        try {
          const value = parseValue(text);
          if (value?.kind === 'number' || value?.kind === 'ratio') expect(Number.isFinite(value.value)).toBe(true);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('canonicalTarget re-parses to an equal Target', () => {
    fc.assert(
      fc.property(target, (t) => {
        expect(parseTarget(canonicalTarget(t))).toEqual(t);
      }),
      { numRuns: 3000 },
    );
  });

  it('canonical text of any parsed target is a fixed point', () => {
    fc.assert(
      fc.property(analystText, (text) => {
        let parsed: Target;
        try {
          parsed = parseTarget(text);
        } catch (error) {
          if (error instanceof ParseError) return;
          throw error;
        }
        const canonical = canonicalTarget(parsed);
        expect(parseTarget(canonical)).toEqual(parsed);
        expect(canonicalTarget(parseTarget(canonical))).toBe(canonical);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('evaluator properties', () => {
  const actual = fc.oneof(
    fc.constant(undefined),
    finiteDouble,
    realisticNumber,
    fc.integer({ min: 1, max: 2_958_465 }),
    fc.boolean(),
    analystText,
  );
  const options = fc.record(
    {
      baseline: fc.oneof(fc.constant(null), realisticNumber),
      threshold: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })),
    },
    { requiredKeys: [] },
  );

  it('degree in [0,1]; achieved ⇒ degree 1; degree < 1 ⇒ not achieved; unmeasured ⇒ nulls', () => {
    fc.assert(
      fc.property(actual, target, options, (a, t, o) => {
        let result;
        try {
          result = evaluateIndicator(a, t, o);
        } catch (error) {
          if (error instanceof CoreError) return;
          throw error;
        }
        if (!result.measured) {
          expect(result.achieved).toBeNull();
          expect(result.degree).toBeNull();
          return;
        }
        const degree = result.degree as number;
        expect(degree).toBeGreaterThanOrEqual(0);
        expect(degree).toBeLessThanOrEqual(1);
        if (result.achieved) expect(degree).toBe(1);
        if (degree < 1) expect(result.achieved).toBe(false);
        if (!result.achieved) expect(degree).toBeLessThan(1);
      }),
      { numRuns: 5000 },
    );
  });

  it('higher is better: more never scores less', () => {
    fc.assert(
      fc.property(realisticNumber, realisticNumber, fc.integer({ min: 1, max: 10_000 }), (x, y, goal) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const target = `≥ ${goal}`;
        expect(evaluateIndicator(high, target).degree as number).toBeGreaterThanOrEqual(evaluateIndicator(low, target).degree as number);
      }),
    );
  });

  it('lower is better: less never scores less', () => {
    fc.assert(
      fc.property(realisticNumber, realisticNumber, fc.integer({ min: 1, max: 10_000 }), (x, y, goal) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const target = `≤ ${goal}`;
        expect(evaluateIndicator(low, target).degree as number).toBeGreaterThanOrEqual(evaluateIndicator(high, target).degree as number);
      }),
    );
  });
});

describe('shortcuts agree with the full grammar', () => {
  const digits = fc.stringMatching(/^\d{1,7}$/);
  const shaped = fc.oneof(
    fc.tuple(fc.constantFrom('', '-'), digits, fc.constantFrom('', ',5', ',25', ',125')).map(([s, d, f]) => s + d + f),
    fc.tuple(fc.constantFrom('', '-'), fc.integer({ min: 1, max: 999 }), fc.array(fc.stringMatching(/^\d{3}$/), { minLength: 1, maxLength: 3 }), fc.constantFrom('', ',5'))
      .map(([s, head, groups, f]) => `${s}${head}.${groups.join('.')}${f}`),
    fc.tuple(digits, fc.constantFrom('', ',5', ',46')).map(([d, f]) => `${d}${f}%`),
    fc.tuple(digits, fc.constantFrom('/', ' / ', ' /'), digits).map(([a, sep, b]) => a + sep + b),
    fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1890, max: 2100 })).map(([d, m, y]) => `${d}/${m}/${y}`),
    fc.constantFrom('SI', 'Si', 'si', 'sì', 'Sì', 'SÌ', 'NO', 'No', 'no'),
  );

  it('fastValue gives what parseValueText gives, or defers to it', () => {
    fc.assert(
      fc.property(shaped, (text) => {
        const fast = fastValue(text);
        if (fast === undefined) return;
        expect(fast).toEqual(parseValueText(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('a plain number as text evaluates as the full grammar reads it (the trailing space sends it there)', () => {
    const plainText = fc.oneof(
      fc.tuple(fc.constantFrom('', '-'), digits, fc.constantFrom('', ',5', ',25')).map(([s, d, f]) => s + d + f),
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^\d{3}$/), fc.constantFrom('', ',75')).map(([head, group, f]) => `${head}.${group}${f}`),
    );
    fc.assert(
      fc.property(plainText, fc.constantFrom('>= 700', '< 75 gg', '<= 0', '100%', '= 6', '> 100', '≥ 90%'), (text, target) => {
        expect(evaluateIndicator(text, target)).toEqual(evaluateIndicator(`${text} `, target));
      }),
      { numRuns: 3000 },
    );
  });

  it('every shape the scan reads evaluates as the full grammar reads it, errors included', () => {
    const outcome = (text: string, target: string): unknown => {
      try {
        return evaluateIndicator(text, target, { deadlineToleranceDays: 3 });
      } catch (error) {
        if (error instanceof CoreError) return [error.name, error.reason.code];
        throw error;
      }
    };
    const targets = ['>= 700', '< 75 gg', '<= 0', '100%', '= 6', '> 100', '≥ 90%', '= 1', '<= 0,5', 'entro 31/07/2022', 'SI', 'NO'];
    fc.assert(
      fc.property(shaped, fc.constantFrom(...targets), (text, target) => {
        expect(outcome(text, target)).toEqual(outcome(`${text} `, target));
      }),
      { numRuns: 5000 },
    );
  });

  it('the character scan gives the double Number() gives for the same decimal, up to 15 digits', () => {
    const long = fc.tuple(fc.constantFrom('', '-'), fc.stringMatching(/^\d{1,8}$/), fc.stringMatching(/^\d{0,7}$/));
    fc.assert(
      fc.property(long, fc.constantFrom(0, 2), ([sign, whole, fraction], shift) => {
        const text = `${sign}${whole}${fraction === '' ? '' : `,${fraction}`}`;
        const plain = `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
        expect(scanItalianNumber(text, 0, text.length, shift)).toBe(Number(`${plain}e-${shift}`));
      }),
      { numRuns: 5000 },
    );
  });
});
