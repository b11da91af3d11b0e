import { trendOf } from '../../src/core/trend';

describe('trendOf: this year against last year, in the target direction', () => {
  it('higher is better for at-least targets', () => {
    expect(trendOf('1.000', '1.134', '>= 700')).toBe('better');
    expect(trendOf(1200, '1.134', '>= 700')).toBe('worse');
    expect(trendOf('1.134', 1134, '>= 700')).toBe('same');
  });

  it('lower is better for ≤ 0 and < 75 gg', () => {
    expect(trendOf('-3,2', '-8,75', '≤ 0')).toBe('better');
    expect(trendOf('-8,75', '2', '≤ 0')).toBe('worse');
    expect(trendOf(80, '49,96', '< 75 gg')).toBe('better');
    expect(trendOf(40, '49,96', '< 75 gg')).toBe('worse');
  });

  it('compares percentages, ratios and fractions on one scale', () => {
    expect(trendOf('90%', '112/112', '100%')).toBe('better');
    expect(trendOf(0.5, '50%', '100%')).toBe('same');
  });

  it('an earlier day of the year is better for a deadline, a yes is better for a yes/no target', () => {
    expect(trendOf('15/09/2021', '31/07/2022', 'entro 31/07/2022')).toBe('better');
    expect(trendOf('30/06/2021', '31/07/2022', 'entro 31/07/2022')).toBe('worse');
    expect(trendOf('NO', 'SI', 'SI')).toBe('better');
    expect(trendOf('SI', 'SI', 'SI')).toBe('same');
  });

  it('is null while either value is missing, and refuses an unreadable value', () => {
    expect(trendOf(undefined, '5', '>= 8')).toBeNull();
    expect(trendOf('5', '', '>= 8')).toBeNull();
    expect(() => trendOf('cinque', '5', '>= 8')).toThrow();
  });
});
