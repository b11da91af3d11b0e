import { toExcelSerial } from '../../src/core/excel-date';
import { forecastOf } from '../../src/core/forecast';

const june30 = toExcelSerial(2023, 6, 30);

describe('forecastOf: a monitored value against the target, by the final verdict rules', () => {
  it('a count to reach by year end is held to its share due by 30/06: off the pace is a rischio', () => {
    expect(forecastOf(2, '>= 8', june30)).toBe('at-risk');
    expect(forecastOf(4, '>= 8', june30)).toBe('on-track');
    expect(forecastOf(1, '>= 8', june30)).toBe('unreachable');
    expect(forecastOf(8, '>= 8', toExcelSerial(2023, 12, 31))).toBe('on-track');
  });

  it('averages and rates are held to the target as written, lower is better for < 60 gg', () => {
    expect(forecastOf('53,1', '< 60 gg', june30)).toBe('on-track');
    expect(forecastOf(70, '< 60 gg', june30)).toBe('at-risk');
    expect(forecastOf(200, '< 60 gg', june30)).toBe('unreachable');
    expect(forecastOf('40%', '100%', june30)).toBe('unreachable');
  });

  it('follows the rules: their cut-offs and their tolerance on deadlines', () => {
    expect(forecastOf('95%', '100%', june30)).toBe('at-risk');
    expect(forecastOf('95%', '100%', june30, { cutoffs: { achievedFrom: 0.95, partialFrom: 0.5 } })).toBe('on-track');
    expect(forecastOf('NO', 'entro 31/03/2023', june30)).toBe('unreachable');
    expect(forecastOf('NO', 'entro 31/07/2023', june30)).toBe('on-track');
    expect(forecastOf('NO', 'entro 28/06/2023', june30, { deadlineToleranceDays: 5 })).toBe('on-track');
    expect(forecastOf('15/03/2023', 'entro 31/03/2023', june30)).toBe('on-track');
  });

  it('a yes/no not done yet is a rischio; nothing monitored gives no forecast', () => {
    expect(forecastOf('NO', 'SI', june30)).toBe('at-risk');
    expect(forecastOf('SI', 'SI', june30)).toBe('on-track');
    expect(forecastOf('', '>= 8', june30)).toBeNull();
  });
});
