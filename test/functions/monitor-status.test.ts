import { monitorStatus, yearTrend } from '../../src/functions/functions';

describe('PERF.MONITORSTATUS and PERF.YEARTREND in a cell', () => {
  it('gives the forecast words, blank without a value', () => {
    expect(monitorStatus(2, '>= 8', '30/06/2023')).toBe('A rischio');
    expect(monitorStatus(4, '>= 8', 45107)).toBe('In linea'); // 30/06/2023 as a date cell
    expect(monitorStatus('NO', 'entro 31/03/2023', '30/06/2023')).toBe('Non raggiungibile');
    expect(monitorStatus('95%', '100%', '30/06/2023', 0.95, 0.5)).toBe('In linea');
    expect(monitorStatus('', '>= 8', '30/06/2023')).toBe('');
  });

  it('refuses a missing date and an unreadable value with a reason', () => {
    expect(() => monitorStatus(2, '>= 8', '')).toThrow();
    expect(() => monitorStatus('molti', '>= 8', '30/06/2023')).toThrow();
  });

  it('gives the trend words', () => {
    expect(yearTrend(80, '49,96', '< 75 gg')).toBe('Migliore');
    expect(yearTrend('', '49,96', '< 75 gg')).toBe('');
  });
});
