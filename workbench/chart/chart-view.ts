// A recorded chart as the workbench draws it: the spec's type, titles and axes, and the series read live from cells.

export interface ChartSeriesView {
  name: string;
  values: (number | null)[];
}

export interface ChartView {
  id: string;
  name: string;
  /** Excel.ChartType value, e.g. "BarClustered". */
  type: string;
  title: string;
  categories: string[];
  series: ChartSeriesView[];
  valueAxis: { minimum: number | null; maximum: number | null; numberFormat: string };
  /** Size in points, as Chart.width/height. */
  width: number;
  height: number;
}

/** Chart types the workbench draws; any other recorded type is named, not faked. */
export const DRAWN_CHART_TYPES: ReadonlySet<string> = new Set(['BarClustered', 'ColumnClustered']);

/** The value scale: the axis bounds when set, else 0..max rounded up to a "nice" step (as Excel's auto axis). */
export function valueScale(view: ChartView): { min: number; max: number; step: number } {
  const values = view.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const dataMin = Math.min(0, ...values);
  const dataMax = Math.max(0, ...values);
  const min = view.valueAxis.minimum ?? dataMin;
  const rawMax = view.valueAxis.maximum ?? dataMax;
  const span = rawMax - min || 1;
  const step = niceStep(span / 5);
  const max = view.valueAxis.maximum ?? Math.ceil(rawMax / step) * step;
  return { min, max: max > min ? max : min + step, step };
}

function niceStep(rough: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}
