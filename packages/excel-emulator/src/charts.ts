// Charts are recorded as specs (type, source range, titles, position); the data is read live from the cells.

import { CellRect, parseLocalAddress } from './address';
import { ExcelValue } from './cell-store';
import { invalidArgument } from './errors';
import { formatCellValue } from './number-format';
import { ChartAxisRecord, ChartRecord, SheetRecord } from './records';
import { RangeBinding, WorkbookState } from './workbook-state';
import { columnWidth, rowHeight } from './row-column-sizes';

/** Excel.ChartType values the emulator records (any of them draws from the same series data). */
export const CHART_TYPES: readonly string[] = [
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100',
  'Line', 'LineStacked', 'LineMarkers', 'Pie', 'Doughnut', 'Area', 'AreaStacked', 'XYScatter', 'Radar',
  '3DColumnClustered', '3DBarClustered', '3DPie', 'LineMarkersStacked', 'XYScatterLines', 'Histogram', 'Waterfall',
];

const SERIES_BY = ['Auto', 'Columns', 'Rows'] as const;

/** Excel's default chart size: 5 x 3 inches. */
const DEFAULT_CHART_SIZE = { width: 360, height: 216 };

function emptyAxis(): ChartAxisRecord {
  return { minimum: null, maximum: null, majorUnit: null, numberFormat: 'General', visible: true };
}

function checkType(type: unknown, location: string): string {
  const match = typeof type === 'string' ? CHART_TYPES.find((t) => t.toLowerCase() === type.toLowerCase()) : undefined;
  if (!match) throw invalidArgument(`chart type "${String(type)}" is not one of ${CHART_TYPES.join(', ')}`, location);
  return match;
}

function checkSeriesBy(seriesBy: unknown, location: string): string {
  if (seriesBy === undefined || seriesBy === null) return 'Auto';
  if (typeof seriesBy !== 'string' || !SERIES_BY.includes(seriesBy as (typeof SERIES_BY)[number])) {
    throw invalidArgument(`seriesBy "${String(seriesBy)}" must be Auto, Columns or Rows`, location);
  }
  return seriesBy;
}

/** ChartCollection.add(type, sourceData, seriesBy). */
export function addChart(state: WorkbookState, sheet: SheetRecord, type: unknown, source: RangeBinding, seriesBy: unknown, location: string): ChartRecord {
  state.requireSheet(source.sheetId, location);
  const used = new Set(sheet.charts.map((c) => c.name));
  let n = sheet.charts.length + 1;
  while (used.has(`Chart ${n}`)) n += 1;
  const chart: ChartRecord = {
    id: state.nextObjectId(),
    name: `Chart ${n}`,
    type: checkType(type, location),
    source: { sheetId: source.sheetId, rect: { ...source.rect } },
    seriesBy: checkSeriesBy(seriesBy, location),
    title: { text: '', visible: false },
    axes: { category: emptyAxis(), value: emptyAxis() },
    legend: { visible: true, position: 'Right' },
    position: { top: 0, left: 0, ...DEFAULT_CHART_SIZE },
    anchor: null,
  };
  sheet.charts.push(chart);
  state.touch();
  return chart;
}

export function setChartType(state: WorkbookState, chart: ChartRecord, type: unknown, location: string): void {
  chart.type = checkType(type, location);
  state.touch();
}

export function setChartData(state: WorkbookState, chart: ChartRecord, source: RangeBinding, seriesBy: unknown, location: string): void {
  state.requireSheet(source.sheetId, location);
  chart.source = { sheetId: source.sheetId, rect: { ...source.rect } };
  chart.seriesBy = checkSeriesBy(seriesBy, location);
  state.touch();
}

function offsetOf(sizes: (index: number) => number, index: number): number {
  let total = 0;
  for (let i = 0; i < index; i++) total += sizes(i);
  return total;
}

/** Chart.setPosition(startCell, endCell?): the chart covers the cells, as Excel places it. */
export function setChartPosition(state: WorkbookState, sheet: SheetRecord, chart: ChartRecord, startCell: unknown, endCell: unknown, location: string): void {
  const resolve = (cell: unknown, what: string): CellRect => {
    if (typeof cell !== 'string') throw invalidArgument(`${what} must be an address like "E2"`, location);
    const rect = parseLocalAddress(cell.replace(/^.*!/, ''));
    if (!rect) throw invalidArgument(`${what} "${cell}" is not an A1 address`, location);
    return rect;
  };
  const start = resolve(startCell, 'startCell');
  const end = endCell === undefined || endCell === null ? null : resolve(endCell, 'endCell');
  const width = (c: number) => columnWidth(sheet, c);
  const height = (r: number) => rowHeight(sheet, r);
  const left = offsetOf(width, start.col);
  const top = offsetOf(height, start.row);
  chart.position = { ...chart.position, left, top };
  if (end) {
    const lastCol = end.col + end.colCount - 1;
    const lastRow = end.row + end.rowCount - 1;
    chart.position.width = Math.max(0, offsetOf(width, lastCol + 1) - left);
    chart.position.height = Math.max(0, offsetOf(height, lastRow + 1) - top);
  }
  chart.anchor = { startCell: startCell as string, endCell: end ? (endCell as string) : null };
  state.touch();
}

export function deleteChart(state: WorkbookState, sheet: SheetRecord, chart: ChartRecord): void {
  sheet.charts.splice(sheet.charts.indexOf(chart), 1);
  state.touch();
}

export interface ChartSeriesData {
  name: string;
  values: (number | null)[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeriesData[];
}

const isLabel = (v: ExcelValue) => typeof v === 'string';

/**
 * The series Excel draws from the source range: with series in columns, a first column of text gives the categories
 * and a first row of text the series names (Auto picks columns unless the range is wider than tall).
 */
export function chartData(state: WorkbookState, chart: ChartRecord): ChartData {
  if (!chart.source) return { categories: [], series: [] };
  const sheet = state.sheetById(chart.source.sheetId);
  if (!sheet) return { categories: [], series: [] };
  const raw = state.cells.values(sheet.hfId, chart.source.rect);
  const formats = state.readNumberFormats({ sheetId: sheet.id, rect: chart.source.rect }, 'chartData');
  const byColumns = chart.seriesBy === 'Columns' || (chart.seriesBy === 'Auto' && chart.source.rect.rowCount >= chart.source.rect.colCount);
  const grid = byColumns ? raw : raw[0].map((_, c) => raw.map((line) => line[c]));
  const gridFormats = byColumns ? formats : formats[0].map((_, c) => formats.map((line) => line[c]));
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const hasCategoryColumn = cols > 1 && (grid.slice(1).some((line) => isLabel(line[0]) && line[0] !== '') || grid[0][0] === '');
  const firstSeriesCol = hasCategoryColumn ? 1 : 0;
  const hasNameRow = rows > 1 && grid[0].slice(firstSeriesCol).every((v) => isLabel(v)) && grid[0].slice(firstSeriesCol).some((v) => v !== '');
  const firstDataRow = hasNameRow ? 1 : 0;
  const categories = grid.slice(firstDataRow).map((line, r) =>
    hasCategoryColumn ? formatCellValue(line[0], gridFormats[r + firstDataRow][0], state.locale) : String(r + 1),
  );
  const series: ChartSeriesData[] = [];
  for (let c = firstSeriesCol; c < cols; c++) {
    series.push({
      name: hasNameRow ? String(grid[0][c]) : `Series${c - firstSeriesCol + 1}`,
      values: grid.slice(firstDataRow).map((line) => (typeof line[c] === 'number' ? (line[c] as number) : null)),
    });
  }
  return { categories, series };
}
