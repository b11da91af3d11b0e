// Excel.Chart and its parts, recorded as a spec the inspection API and the workbench read.
/* eslint-disable @typescript-eslint/no-explicit-any -- property types mirror @types/office-js (values: any[][]) */

import { ClientCollection, ClientResult } from '../client-object';
import { addChart, deleteChart, setChartData, setChartPosition, setChartType } from '../charts';
import { invalidArgument, itemNotFound, notEmulated } from '../errors';
import type { ChartAxisRecord, ChartRecord } from '../records';
import type { RangeBinding, WorkbookState } from '../workbook-state';
import { expectBoolean, expectNumberOrNull, expectText, Field, FieldObject } from './field-object';
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

const POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'];

export class EmulatedChartTitle extends FieldObject<ChartBinding> implements Pick<Excel.ChartTitle, 'text' | 'visible'> {
  override get _typeName(): string {
    return 'ChartTitle';
  }
  _fieldTable(): Record<string, Field<ChartBinding>> {
    return {
      // Setting the text also shows or hides the title, as Excel does.
      text: {
        read: (b) => b.chart.title.text,
        write: (b, v, _s, location) => {
          b.chart.title.text = expectText(v, 'chart title', location);
          b.chart.title.visible = b.chart.title.text !== '';
        },
      },
      visible: { read: (b) => b.chart.title.visible, write: (b, v, _s, location) => (b.chart.title.visible = expectBoolean(v, 'title visible', location)) },
    };
  }
  get text(): string {
    return this._get('text');
  }
  set text(value: string) {
    this._setField('text', value);
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._setField('visible', value);
  }
}

interface AxisBinding extends ChartBinding {
  axis: 'category' | 'value';
}

const axisOf = (b: AxisBinding): ChartAxisRecord => b.chart.axes[b.axis];

export class EmulatedChartAxis extends FieldObject<AxisBinding> implements Pick<Excel.ChartAxis, 'minimum' | 'maximum' | 'majorUnit' | 'numberFormat' | 'visible'> {
  override get _typeName(): string {
    return 'ChartAxis';
  }
  _fieldTable(): Record<string, Field<AxisBinding>> {
    const numeric = (key: 'minimum' | 'maximum' | 'majorUnit'): Field<AxisBinding> => ({
      read: (b) => axisOf(b)[key],
      write: (b, v, _s, location) => (axisOf(b)[key] = expectNumberOrNull(v, `axis ${key}`, location)),
    });
    return {
      minimum: numeric('minimum'),
      maximum: numeric('maximum'),
      majorUnit: numeric('majorUnit'),
      numberFormat: { read: (b) => axisOf(b).numberFormat, write: (b, v, _s, location) => (axisOf(b).numberFormat = expectText(v, 'axis number format', location)) },
      visible: { read: (b) => axisOf(b).visible, write: (b, v, _s, location) => (axisOf(b).visible = expectBoolean(v, 'axis visible', location)) },
    };
  }
  get minimum(): any {
    return this._get('minimum');
  }
  set minimum(value: any) {
    this._setField('minimum', value);
  }
  get maximum(): any {
    return this._get('maximum');
  }
  set maximum(value: any) {
    this._setField('maximum', value);
  }
  get majorUnit(): any {
    return this._get('majorUnit');
  }
  set majorUnit(value: any) {
    this._setField('majorUnit', value);
  }
  get numberFormat(): string {
    return this._get('numberFormat');
  }
  set numberFormat(value: string) {
    this._setField('numberFormat', value);
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._setField('visible', value);
  }
}

export class EmulatedChartAxes extends FieldObject<ChartBinding> {
  override get _typeName(): string {
    return 'ChartAxes';
  }
  _fieldTable(): Record<string, Field<ChartBinding>> {
    return {};
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

export class EmulatedChartLegend extends FieldObject<ChartBinding> implements Pick<Excel.ChartLegend, 'visible' | 'position'> {
  override get _typeName(): string {
    return 'ChartLegend';
  }
  _fieldTable(): Record<string, Field<ChartBinding>> {
    return {
      visible: { read: (b) => b.chart.legend.visible, write: (b, v, _s, location) => (b.chart.legend.visible = expectBoolean(v, 'legend visible', location)) },
      position: {
        read: (b) => b.chart.legend.position,
        write: (b, v, _s, location) => {
          if (typeof v !== 'string' || !POSITIONS.includes(v)) throw invalidArgument(`legend position "${String(v)}" must be one of ${POSITIONS.join(', ')}`, location);
          b.chart.legend.position = v;
        },
      },
    };
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._setField('visible', value);
  }
  get position(): Excel.ChartLegend['position'] {
    return this._get('position');
  }
  set position(value: Excel.ChartLegend['position']) {
    this._setField('position', value);
  }
}

export class EmulatedChartDataLabels extends FieldObject<ChartBinding> implements Pick<Excel.ChartDataLabels, 'showValue' | 'numberFormat'> {
  override get _typeName(): string {
    return 'ChartDataLabels';
  }
  _fieldTable(): Record<string, Field<ChartBinding>> {
    return {
      showValue: { read: (b) => b.chart.dataLabels.showValue, write: (b, v, _s, location) => (b.chart.dataLabels.showValue = expectBoolean(v, 'showValue', location)) },
      numberFormat: { read: (b) => b.chart.dataLabels.numberFormat, write: (b, v, _s, location) => (b.chart.dataLabels.numberFormat = expectText(v, 'data label number format', location)) },
    };
  }
  get showValue(): boolean {
    return this._get('showValue');
  }
  set showValue(value: boolean) {
    this._setField('showValue', value);
  }
  get numberFormat(): string {
    return this._get('numberFormat');
  }
  set numberFormat(value: string) {
    this._setField('numberFormat', value);
  }
}

export class EmulatedChart extends FieldObject<ChartBinding> implements Pick<Excel.Chart, 'name' | 'id' | 'chartType' | 'top' | 'left' | 'width' | 'height'> {
  override get _typeName(): string {
    return 'Chart';
  }
  _fieldTable(): Record<string, Field<ChartBinding>> {
    const size = (key: 'top' | 'left' | 'width' | 'height'): Field<ChartBinding> => ({
      read: (b) => b.chart.position[key],
      write: (b, v, _s, location) => {
        if (typeof v !== 'number' || !(v >= 0)) throw invalidArgument(`chart ${key} must be a number of points >= 0`, location);
        b.chart.position[key] = v;
      },
    });
    return {
      name: {
        read: (b) => b.chart.name,
        write: (b, v, state, location) => {
          const name = expectText(v, 'chart name', location);
          if (state.requireSheet(b.sheetId, location).charts.some((c) => c !== b.chart && c.name === name)) throw invalidArgument(`a chart named "${name}" is already on the sheet`, location);
          b.chart.name = name;
        },
      },
      id: { read: (b) => b.chart.id },
      chartType: { read: (b) => b.chart.type, write: (b, v, state, location) => setChartType(state, b.chart, v, location) },
      top: size('top'),
      left: size('left'),
      width: size('width'),
      height: size('height'),
    };
  }
  override _readScalar(name: string, binding: ChartBinding, state: WorkbookState): unknown {
    live(state, binding, `Chart.${name}`);
    return super._readScalar(name, binding, state);
  }
  override _navigationNames(): readonly string[] {
    return ['title', 'axes', 'legend', 'dataLabels', 'worksheet'];
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
  get dataLabels(): EmulatedChartDataLabels {
    return this.part('dataLabels', () => new EmulatedChartDataLabels({ context: this._context, parent: this, path: 'dataLabels', resolve: (_s, b) => b as ChartBinding }));
  }
  get worksheet(): EmulatedWorksheet {
    return this.part('worksheet', () => new EmulatedWorksheet({ context: this._context, parent: this, path: 'worksheet', resolve: (_s, b) => (b as ChartBinding).sheetId }));
  }
  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._setField('name', value);
  }
  get id(): string {
    return this._get('id');
  }
  get chartType(): Excel.Chart['chartType'] {
    return this._get('chartType');
  }
  set chartType(value: Excel.Chart['chartType']) {
    this._setField('chartType', value);
  }
  get top(): number {
    return this._get('top');
  }
  set top(value: number) {
    this._setField('top', value);
  }
  get left(): number {
    return this._get('left');
  }
  set left(value: number) {
    this._setField('left', value);
  }
  get width(): number {
    return this._get('width');
  }
  set width(value: number) {
    this._setField('width', value);
  }
  get height(): number {
    return this._get('height');
  }
  set height(value: number) {
    this._setField('height', value);
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

export class EmulatedChartCollection extends ClientCollection<string, ChartBinding, EmulatedChart> {
  override get _typeName(): string {
    return 'ChartCollection';
  }
  override _scalarNames(): readonly string[] {
    return ['count'];
  }
  override _readScalar(name: string, sheetId: string, state: WorkbookState): unknown {
    if (name === 'count') return state.requireSheet(sheetId, 'ChartCollection.count').charts.length;
    throw notEmulated(`ChartCollection.${name}`);
  }
  override _itemBindings(sheetId: string, state: WorkbookState): ChartBinding[] {
    return state.requireSheet(sheetId, 'ChartCollection.items').charts.map((chart) => ({ sheetId, chart }));
  }
  override _createItem(binding: ChartBinding): EmulatedChart {
    return new EmulatedChart({ context: this._context, parent: this, path: `getItem(${binding.chart.name})`, resolve: () => binding, binding });
  }
  get count(): number {
    return this._get('count');
  }
  private chart(path: string, find: (state: WorkbookState, sheetId: string, location: string) => ChartBinding | null): EmulatedChart {
    const location = `ChartCollection.${path.replace(/\(.*$/, '')}`;
    return new EmulatedChart({ context: this._context, parent: this, path, resolve: (state, sheetId) => find(state, sheetId as string, location) });
  }
  /** add(type, sourceData, seriesBy): records the chart; its data stays linked to the source cells. */
  add(type: Excel.ChartType | string, sourceData: EmulatedRange | string, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): EmulatedChart {
    return this.chart('add(...)', (state, sheetId, location) => {
      const sheet = state.requireSheet(sheetId, location);
      return { sheetId, chart: addChart(state, sheet, type, sourceOf(state, sourceData, sheetId, location), seriesBy, location) };
    });
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
