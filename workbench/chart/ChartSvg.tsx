// Draws a recorded bar or column chart as SVG: categories, one bar per series value, value axis with gridlines.
import * as React from 'react';
import { DRAWN_CHART_TYPES, valueScale, type ChartView } from './chart-view';

const SERIES_COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const POINTS_TO_PIXELS = 4 / 3;

export interface ChartSvgProps {
  chart: ChartView;
  /** Formats an axis or label value with the axis' number format, as Italian Excel shows it. */
  formatValue(value: number, numberFormat: string): string;
}

export function ChartSvg({ chart, formatValue }: ChartSvgProps): React.JSX.Element {
  const width = Math.round(chart.width * POINTS_TO_PIXELS);
  const horizontal = chart.type === 'BarClustered';
  const height = Math.round(chart.height * POINTS_TO_PIXELS);
  if (!DRAWN_CHART_TYPES.has(chart.type)) {
    return (
      <figure className="wb-chart" data-chart={chart.name} style={{ width }}>
        <figcaption>
          {chart.title || chart.name}: il workbench disegna solo grafici a barre e a colonne raggruppate (qui: {chart.type}).
        </figcaption>
      </figure>
    );
  }
  const scale = valueScale(chart);
  const labelFormat = chart.valueAxis.numberFormat;
  const titleHeight = chart.title ? 28 : 8;
  // Room for the longest category label (about 6.5 px a character at 11 px), at most a third of the chart.
  const longestLabel = chart.categories.reduce((max, category) => Math.max(max, category.length), 0);
  const categoryLabelSize = horizontal ? Math.min(Math.round(width / 3), 16 + Math.round(longestLabel * 6.5)) : 40;
  const plot = horizontal
    ? { left: categoryLabelSize, top: titleHeight, width: width - categoryLabelSize - 20, height: height - titleHeight - 24 }
    : { left: 56, top: titleHeight, width: width - 70, height: height - titleHeight - categoryLabelSize };
  const valueLength = horizontal ? plot.width : plot.height;
  const toLength = (value: number) => ((value - scale.min) / (scale.max - scale.min)) * valueLength;
  const ticks: number[] = [];
  for (let v = scale.min; v <= scale.max + scale.step / 1000; v += scale.step) ticks.push(Number(v.toPrecision(12)));
  const band = (horizontal ? plot.height : plot.width) / Math.max(1, chart.categories.length);
  const barThickness = (band * 0.7) / Math.max(1, chart.series.length);
  // With hundreds of categories the labels would overprint each other: Excel skips them too.
  const showCategoryLabels = band >= (horizontal ? 10 : 24);
  const zero = toLength(Math.max(scale.min, Math.min(0, scale.max)));

  return (
    <figure className="wb-chart" data-chart={chart.name} style={{ margin: 0 }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={chart.title || chart.name}>
        <rect x={0} y={0} width={width} height={height} fill="#ffffff" stroke="#d9d9d9" />
        {chart.title && (
          <text x={width / 2} y={19} textAnchor="middle" fontSize={14} fontWeight={600} fill="#404040">
            {chart.title}
          </text>
        )}
        {ticks.map((tick) => {
          const at = toLength(tick);
          const label = formatValue(tick, chart.valueAxis.numberFormat);
          return horizontal ? (
            <g key={tick}>
              <line x1={plot.left + at} x2={plot.left + at} y1={plot.top} y2={plot.top + plot.height} stroke="#e6e6e6" />
              <text x={plot.left + at} y={plot.top + plot.height + 15} textAnchor="middle" fontSize={10} fill="#595959">
                {label}
              </text>
            </g>
          ) : (
            <g key={tick}>
              <line x1={plot.left} x2={plot.left + plot.width} y1={plot.top + plot.height - at} y2={plot.top + plot.height - at} stroke="#e6e6e6" />
              <text x={plot.left - 4} y={plot.top + plot.height - at + 3} textAnchor="end" fontSize={10} fill="#595959">
                {label}
              </text>
            </g>
          );
        })}
        {chart.categories.map((category, index) => {
          const bandStart = index * band + band * 0.15;
          return (
            <g key={`${index}-${category}`} data-category={category}>
              {!showCategoryLabels ? null : horizontal ? (
                <text x={plot.left - 6} y={plot.top + index * band + band / 2 + 4} textAnchor="end" fontSize={11} fill="#404040">
                  {truncate(category, Math.floor(categoryLabelSize / 6.5))}
                  <title>{category}</title>
                </text>
              ) : (
                <text x={plot.left + index * band + band / 2} y={plot.top + plot.height + 14} textAnchor="middle" fontSize={11} fill="#404040">
                  {truncate(category, Math.max(3, Math.floor(band / 6.5)))}
                  <title>{category}</title>
                </text>
              )}
              {chart.series.map((series, s) => {
                const value = series.values[index];
                if (value === null || value === undefined) return null;
                const end = toLength(Math.max(scale.min, Math.min(value, scale.max)));
                const start = Math.min(zero, end);
                const length = Math.abs(end - zero);
                const offset = bandStart + s * barThickness;
                const color = SERIES_COLORS[s % SERIES_COLORS.length];
                const label = formatValue(value, labelFormat);
                return horizontal ? (
                  <g key={s}>
                    <rect x={plot.left + start} y={plot.top + offset} width={length} height={barThickness} fill={color}>
                      <title>{`${series.name} — ${category}: ${label}`}</title>
                    </rect>
                  </g>
                ) : (
                  <g key={s}>
                    <rect x={plot.left + offset} y={plot.top + plot.height - start - length} width={barThickness} height={length} fill={color}>
                      <title>{`${series.name} — ${category}: ${label}`}</title>
                    </rect>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line
          x1={plot.left + (horizontal ? zero : 0)}
          x2={plot.left + (horizontal ? zero : plot.width)}
          y1={plot.top + (horizontal ? 0 : plot.height - zero)}
          y2={plot.top + (horizontal ? plot.height : plot.height - zero)}
          stroke="#8c8c8c"
        />
      </svg>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
