// Excel.Chart and its parts, recorded as a spec the inspection API and the workbench read.

import { ClientCollection, ClientObject, ClientResult } from '../client-object';
import { addChart, deleteChart, setChartData, setChartPosition, setChartType } from '../charts';
import { invalidArgument, itemNotFound, notEmulated } from '../errors';
import type { ChartAxisRecord, ChartRecord } from '../records';
import type { RangeBinding, WorkbookState } from '../workbook-state';
import { expectBoolean, expectNumberOrNull, expectText, recordField, withAccessors } from './accessors';
import { EmulatedRange } from './range';
import { EmulatedWorksheet } from './worksheet';
import { resolveAddressOnSheet, resolveQualifiedAddress } from '../resolve-address';

export interface ChartBinding {
  sheetId: string;
  chart: ChartRecord;
}

function live(state: WorkbookState, binding: ChartBinding, location: string): ChartRecord {
  const sheet = state.requireSheet(binding.sheetId, location);
  if (!sheet.charts.includes(binding.chart)) throw itemNotFound(`chart "${binding.chart.name}" (deleted)`, location);
  return binding.chart;
}

function sourceOf(state: WorkbookState, source: unknown, defaultSheetId: string, location: string): RangeBinding {
  if (source instanceof EmulatedRange) {
    const binding = source._ensureBinding(state);
    if (binding === null) throw invalidArgument('the source range is a null object', location);
    return binding;
  }
  if (typeof source === 'string') {
    if (source.includes('!')) return resolveQualifiedAddress(state, source, location);
    return { sheetId: defaultSheetId, rect: resolveAddressOnSheet(state, state.requireSheet(defaultSheetId, location), source, location) };
  }
  throw invalidArgument('chart source data must be a Range or an address', location);
}

abstract class ChartPart extends ClientObject<ChartBinding> {}

const POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'];

export class EmulatedChartTitle extends withAccessors<Excel.ChartTitle>()(ChartPart, {
  // Setting the text also shows or hides the title, as Excel does.
  text: recordField(
    (b) => b.chart.title.text,
    (b, v, _s, location) => {
      b.chart.title.text = expectText(v, 'chart title', location);
      b.chart.title.visible = b.chart.title.text !== '';
    },
  ),
  visible: recordField((b) => b.chart.title.visible, (b, v, _s, location) => (b.chart.title.visible = expectBoolean(v, 'title visible', location))),
}) {
  override get _typeName(): string {
    return 'ChartTitle';
  }
}

interface AxisBinding extends ChartBinding {
  axis: 'category' | 'value';
}

const axisOf = (b: AxisBinding): ChartAxisRecord => b.chart.axes[b.axis];

const axisNumber = (key: 'minimum' | 'maximum' | 'majorUnit') =>
  recordField<AxisBinding>((b) => axisOf(b)[key], (b, v, _s, location) => (axisOf(b)[key] = expectNumberOrNull(v, `axis ${key}`, location)));

abstract class AxisPart extends ClientObject<AxisBinding> {}

export class EmulatedChartAxis extends withAccessors<Excel.ChartAxis>()(AxisPart, {
  minimum: axisNumber('minimum'),
  maximum: axisNumber('maximum'),
  majorUnit: axisNumber('majorUnit'),
  numberFormat: recordField((b) => axisOf(b).numberFormat, (b, v, _s, location) => (axisOf(b).numberFormat = expectText(v, 'axis number format', location))),
  visible: recordField((b) => axisOf(b).visible, (b, v, _s, location) => (axisOf(b).visible = expectBoolean(v, 'axis visible', location))),
}) {
  override get _typeName(): string {
    return 'ChartAxis';
  }
}

export class EmulatedChartAxes extends ChartPart {
  override get _typeName(): string {
    return 'ChartAxes';
  }
  override _navigationNames(): readonly string[] {
    return ['categoryAxis', 'valueAxis'];
  }
  private axis(axis: 'category' | 'value'): EmulatedChartAxis {
    const name = `${axis}Axis`;
    return this._nav(name, () => new EmulatedChartAxis({ context: this._context, parent: this, path: name, resolve: (_s, b) => ({ ...(b as ChartBinding), axis }) }));
  }
  get categoryAxis(): EmulatedChartAxis {
    return this.axis('category');
  }
  get valueAxis(): EmulatedChartAxis {
    return this.axis('value');
  }
}

export class EmulatedChartLegend extends withAccessors<Excel.ChartLegend>()(ChartPart, {
  visible: recordField((b) => b.chart.legend.visible, (b, v, _s, location) => (b.chart.legend.visible = expectBoolean(v, 'legend visible', location))),
  position: recordField(
    (b) => b.chart.legend.position,
    (b, v, _s, location) => {
      if (typeof v !== 'string' || !POSITIONS.includes(v)) throw invalidArgument(`legend position "${String(v)}" must be one of ${POSITIONS.join(', ')}`, location);
      b.chart.legend.position = v;
    },
  ),
}) {
  override get _typeName(): string {
    return 'ChartLegend';
  }
}

const chartSize = (key: 'top' | 'left' | 'width' | 'height') =>
  recordField<ChartBinding>(
    (b) => b.chart.position[key],
    (b, v, _s, location) => {
      if (typeof v !== 'number' || !(v >= 0)) throw invalidArgument(`chart ${key} must be a number of points >= 0`, location);
      b.chart.position[key] = v;
    },
  );

export class EmulatedChart extends withAccessors<Excel.Chart>()(ChartPart, {
  name: recordField(
    (b) => b.chart.name,
    (b, v, state, location) => {
      const name = expectText(v, 'chart name', location);
      if (state.requireSheet(b.sheetId, location).charts.some((c) => c !== b.chart && c.name === name)) throw invalidArgument(`a chart named "${name}" is already on the sheet`, location);
      b.chart.name = name;
    },
  ),
  id: recordField((b) => b.chart.id),
  chartType: recordField((b) => b.chart.type, (b, v, state, location) => setChartType(state, b.chart, v, location)),
  top: chartSize('top'),
  left: chartSize('left'),
  width: chartSize('width'),
  height: chartSize('height'),
}) {
  override get _typeName(): string {
    return 'Chart';
  }
  override _readScalar(name: string, binding: ChartBinding, state: WorkbookState): unknown {
    live(state, binding, `Chart.${name}`);
    return super._readScalar(name, binding, state);
  }
  override _navigationNames(): readonly string[] {
    return ['title', 'axes', 'legend', 'worksheet'];
  }
  private part<C>(name: string, create: () => C): C {
    return this._nav(name, create as () => never);
  }
  get title(): EmulatedChartTitle {
    return this.part('title', () => new EmulatedChartTitle({ context: this._context, parent: this, path: 'title', resolve: (_s, b) => b as ChartBinding }));
  }
  get axes(): EmulatedChartAxes {
    return this.part('axes', () => new EmulatedChartAxes({ context: this._context, parent: this, path: 'axes', resolve: (_s, b) => b as ChartBinding }));
  }
  get legend(): EmulatedChartLegend {
    return this.part('legend', () => new EmulatedChartLegend({ context: this._context, parent: this, path: 'legend', resolve: (_s, b) => b as ChartBinding }));
  }
  get worksheet(): EmulatedWorksheet {
    return this.part('worksheet', () => new EmulatedWorksheet({ context: this._context, parent: this, path: 'worksheet', resolve: (_s, b) => (b as ChartBinding).sheetId }));
  }
  /** Places the chart over startCell..endCell (addresses on the chart's sheet). */
  setPosition(startCell: EmulatedRange | string, endCell?: EmulatedRange | string): void {
    if (typeof startCell !== 'string' || (endCell !== undefined && typeof endCell !== 'string')) {
      throw notEmulated('Chart.setPosition with Range arguments; pass addresses');
    }
    this._invoke('setPosition', endCell === undefined ? [startCell] : [startCell, endCell], (state, b, location) => {
      setChartPosition(state, state.requireSheet(b.sheetId, location), live(state, b, location), startCell, endCell, location);
    });
  }
  setData(sourceData: EmulatedRange, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): void {
    this._invoke('setData', [sourceData, seriesBy ?? 'Auto'], (state, b, location) => {
      setChartData(state, live(state, b, location), sourceOf(state, sourceData, b.sheetId, location), seriesBy, location);
    });
  }
  delete(): void {
    this._invoke('delete', [], (state, b, location) => deleteChart(state, state.requireSheet(b.sheetId, location), live(state, b, location)));
  }
}

export class EmulatedChartCollection extends withAccessors<Excel.ChartCollection>()(ClientCollection<string, ChartBinding, EmulatedChart>, {
  count: { read: (sheetId, state, location) => state.requireSheet(sheetId, location).charts.length },
}) {
  override get _typeName(): string {
    return 'ChartCollection';
  }
  override _itemBindings(sheetId: string, state: WorkbookState): ChartBinding[] {
    return state.requireSheet(sheetId, 'ChartCollection.items').charts.map((chart) => ({ sheetId, chart }));
  }
  override _createItem(binding: ChartBinding): EmulatedChart {
    return new EmulatedChart({ context: this._context, parent: this, path: `getItem(${binding.chart.name})`, resolve: () => binding, binding });
  }
  private chart(path: string, find: (state: WorkbookState, sheetId: string, location: string) => ChartBinding | null, args?: readonly unknown[]): EmulatedChart {
    const location = `ChartCollection.${path.replace(/\(.*$/, '')}`;
    return new EmulatedChart({ context: this._context, parent: this, path, args, resolve: (state, sheetId) => find(state, sheetId as string, location) });
  }
  /** add(type, sourceData, seriesBy): records the chart; its data stays linked to the source cells. */
  add(type: Excel.ChartType | string, sourceData: EmulatedRange | string, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): EmulatedChart {
    return this.chart('add(...)', (state, sheetId, location) => {
      const sheet = state.requireSheet(sheetId, location);
      return { sheetId, chart: addChart(state, sheet, type, sourceOf(state, sourceData, sheetId, location), seriesBy, location) };
    }, seriesBy === undefined ? [type, sourceData] : [type, sourceData, seriesBy]);
  }
  getItem(name: string): EmulatedChart {
    return this.chart(`getItem(${name})`, (state, sheetId, location) => {
      const chart = state.requireSheet(sheetId, location).charts.find((c) => c.name === name);
      if (!chart) throw itemNotFound(`chart "${name}"`, location);
      return { sheetId, chart };
    });
  }
  getItemOrNullObject(name: string): EmulatedChart {
    return this.chart(`getItemOrNullObject(${name})`, (state, sheetId, location) => {
      const chart = state.requireSheet(sheetId, location).charts.find((c) => c.name === name);
      return chart ? { sheetId, chart } : null;
    });
  }
  getItemAt(index: number): EmulatedChart {
    return this.chart(`getItemAt(${index})`, (state, sheetId, location) => {
      const chart = state.requireSheet(sheetId, location).charts[index];
      if (!chart) throw itemNotFound(`chart at index ${index}`, location);
      return { sheetId, chart };
    });
  }
  getCount(): ClientResult<number> {
    return this._invokeForResult('getCount', [], (state, sheetId, location) => state.requireSheet(sheetId, location).charts.length);
  }
}
