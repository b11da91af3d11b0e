// The chart's value axis: fixed bounds win, otherwise 0..max rounded up to a step Excel would pick.
import { valueScale, type ChartView } from '../../workbench/chart/chart-view';

function chart(values: (number | null)[], minimum: number | null = null, maximum: number | null = null): ChartView {
  return {
    id: '1',
    name: 'Grado',
    type: 'BarClustered',
    title: 'Grado finale',
    categories: values.map((_, i) => `Obiettivo ${i + 1}`),
    series: [{ name: 'Grado finale', values }],
    valueAxis: { minimum, maximum, numberFormat: '0%' },
    width: 360,
    height: 216,
  };
}

test('degrees up to 100% give a 0..1 axis in steps of 0.2', () => {
  expect(valueScale(chart([1, 0.99, 0.5, null]))).toEqual({ min: 0, max: 1, step: 0.2 });
});

test('axis bounds set on the chart are kept', () => {
  const scale = valueScale(chart([0.3], 0, 1.2));
  expect(scale.min).toBe(0);
  expect(scale.max).toBe(1.2);
});

test('a chart with no numbers still has a usable axis', () => {
  const scale = valueScale(chart([null, null]));
  expect(scale.max).toBeGreaterThan(scale.min);
});
