// The "Monitoraggio": one row per indicator linked by formulas to its objective sheet (the monitored value, its date,
// the live forecast), and the counts by forecast under the table, so it follows every value typed on the sheets.
import { FORECAST_WORDS } from '../core/forecast';
import { NOT_EVALUABLE_FIGURE } from '../core/summary-totals';
import { formulaCell, textCell } from './cells';
import { formula, ifBlank, sheetRef, textLiteral } from './formula';
import type { CellBlock, ConditionalFormatSpec, LayoutCell, SheetLayout } from './layout';
import { effectiveTarget } from './objective-formulas';
import { SETTING_NAMES } from './settings';
import { NUMBER_FORMATS, STATUS_COLORS, stylesFor, TABLE_STYLE } from './styles';
import type { ObjectiveSheetRef } from './summary-sheet';
import { MONITORING_ANCHOR_NAME } from './tags';

export const MONITORING_SHEET_NAME = 'Monitoraggio';
export const MONITORING_TABLE_NAME = 'TrgMonitoraggio';

export const MONITORING_COLUMNS = ['N.', 'Obiettivo', 'Indicatore', 'Target', 'Valore monitorato', 'Monitoraggio al', 'Previsione'] as const;

/** The counts under the table, label in B and value in C, in this order. */
export const MONITORING_COUNTS = [
  { key: 'on-track', label: FORECAST_WORDS['on-track'] },
  { key: 'at-risk', label: FORECAST_WORDS['at-risk'] },
  { key: 'unreachable', label: FORECAST_WORDS.unreachable },
  { key: 'unmonitored', label: 'Non monitorati' },
  { key: 'notEvaluable', label: 'Non valutabili (neutralizzati)' },
] as const;

export type MonitoringCount = (typeof MONITORING_COUNTS)[number]['key'];

export interface MonitoringGeometry {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Address (column C) of each count. */
  counts: Record<MonitoringCount, string>;
}

const HEADER_ROW = 4;
const FORECAST_COLUMN = 'G';

export function monitoringGeometry(indicatorRows: number): MonitoringGeometry {
  const firstRow = HEADER_ROW + 1;
  const lastRow = firstRow + Math.max(1, indicatorRows) - 1;
  const counts = {} as Record<MonitoringCount, string>;
  MONITORING_COUNTS.forEach((count, index) => {
    counts[count.key] = `C${lastRow + 2 + index}`;
  });
  return { headerRow: HEADER_ROW, firstRow, lastRow, counts };
}

function indicatorRow(ref: ObjectiveSheetRef, index: number): LayoutCell[] {
  const at = (address: string) => sheetRef(ref.sheetName, address);
  const { header, columns, firstIndicatorRow } = ref.cells;
  const row = firstIndicatorRow + index;
  const cell = (key: keyof typeof columns) => at(`${columns[key]}${row}`);
  const monitored = !ref.absentColumns?.has('monitoredValue');
  const value = monitored ? cell('monitoredValue') : null;
  // A neutralised objective is out of the monitoring as it is out of the evaluation.
  const neutralised = (body: string) => `IF(LEN(${at(header.neutralisation)})>0,${textLiteral(NOT_EVALUABLE_FIGURE)},${body})`;
  const year = SETTING_NAMES.reportYear;
  const date = value === null ? '""' : ifBlank(value, '""', `IF(ISNUMBER(${cell('monitoringDate')}),${cell('monitoringDate')},IF(ISNUMBER(${year}),DATE(${year},6,30),""))`);
  return [
    formulaCell(formula(at(header.number)), NUMBER_FORMATS.integer, 'text'),
    formulaCell(formula(at(header.title)), NUMBER_FORMATS.general, 'wrapped'),
    formulaCell(formula(cell('name')), NUMBER_FORMATS.general, 'wrapped'),
    formulaCell(formula(effectiveTarget(ref.cells, row, at)), NUMBER_FORMATS.general, 'text'),
    formulaCell(formula(value === null ? '""' : ifBlank(value, '""', value)), NUMBER_FORMATS.general, 'text'),
    formulaCell(formula(date), NUMBER_FORMATS.date, 'text'),
    formulaCell(formula(neutralised(monitored ? `${cell('forecast')}&""` : '""')), NUMBER_FORMATS.general),
  ];
}

function countFormula(key: MonitoringCount, geometry: MonitoringGeometry, rowCount: number): string {
  const forecasts = `${FORECAST_COLUMN}${geometry.firstRow}:${FORECAST_COLUMN}${geometry.lastRow}`;
  const countOf = (word: string) => `COUNTIF(${forecasts},${textLiteral(word)})`;
  switch (key) {
    case 'unmonitored': {
      // Every indicator row that is neither forecast nor neutralised: blank, or an error to look at on its sheet.
      const counted = MONITORING_COUNTS.filter((count) => count.key !== 'unmonitored').map((count) => countOf(count.key === 'notEvaluable' ? NOT_EVALUABLE_FIGURE : count.label));
      return formula(`${rowCount}-${counted.join('-')}`);
    }
    case 'notEvaluable':
      return formula(countOf(NOT_EVALUABLE_FIGURE));
    default:
      return formula(countOf(FORECAST_WORDS[key]));
  }
}

/** Traffic lights on the forecast column, in the status colours: in linea green, a rischio amber, non raggiungibile red. */
function forecastColors(geometry: MonitoringGeometry): ConditionalFormatSpec[] {
  const range = `${FORECAST_COLUMN}${geometry.firstRow}:${FORECAST_COLUMN}${geometry.lastRow}`;
  const first = `$${FORECAST_COLUMN}${geometry.firstRow}`;
  const colours = [
    { word: FORECAST_WORDS['on-track'], colors: STATUS_COLORS.Raggiunto },
    { word: FORECAST_WORDS['at-risk'], colors: STATUS_COLORS['Parzialmente raggiunto'] },
    { word: FORECAST_WORDS.unreachable, colors: STATUS_COLORS['Non raggiunto'] },
  ];
  return colours.map(({ word, colors }) => ({ range, formula: `=${first}=${textLiteral(word)}`, fill: colors.fill, fontColor: colors.font }));
}

/** The Monitoraggio sheet's layout, rows in objective order then indicator order. */
export function monitoringSheetLayout(objectiveSheets: ReadonlyArray<ObjectiveSheetRef>, options: { sheetName?: string } = {}): SheetLayout {
  const refs = [...objectiveSheets].sort((a, b) => a.number - b.number);
  const rows = refs.flatMap((ref) => Array.from({ length: ref.indicatorCount }, (_, index) => indicatorRow(ref, index)));
  const geometry = monitoringGeometry(rows.length);
  const blocks: CellBlock[] = [
    { address: 'A1', cells: [[textCell('Monitoraggio degli obiettivi', 'title')]] },
    {
      address: 'A2',
      cells: [[textCell("Collegato ai fogli degli obiettivi: la previsione segue il valore monitorato e la sua data (vuota = 30/06 dell'anno della relazione).", 'hint')]],
    },
    {
      address: `A${geometry.headerRow}`,
      cells: [MONITORING_COLUMNS.map((header) => textCell(header, 'header')), ...(rows.length > 0 ? rows : [MONITORING_COLUMNS.map(() => null)])],
    },
    {
      address: `B${geometry.lastRow + 2}`,
      cells: MONITORING_COUNTS.map((count) => [textCell(count.label, 'label'), formulaCell(countFormula(count.key, geometry, rows.length), NUMBER_FORMATS.integer)]),
    },
  ];
  return {
    key: 'monitoring',
    name: options.sheetName ?? MONITORING_SHEET_NAME,
    tag: { kind: 'monitoring' },
    onExisting: 'replace',
    visibility: 'Visible',
    blocks,
    styles: stylesFor(['title', 'hint', 'label', 'text', 'wrapped', 'computed', 'header']),
    columnWidths: [
      { column: 'A', width: 40 },
      { column: 'B', width: 220 },
      { column: 'C', width: 220 },
      { column: 'D', width: 95 },
      { column: 'E', width: 95 },
      { column: 'F', width: 85 },
      { column: 'G', width: 110 },
    ],
    tables: [{ name: MONITORING_TABLE_NAME, range: `A${geometry.headerRow}:${FORECAST_COLUMN}${geometry.lastRow}`, style: TABLE_STYLE }],
    names: [{ name: MONITORING_ANCHOR_NAME, address: 'A1' }],
    conditionalFormats: forecastColors(geometry),
    charts: [],
    freezeRows: geometry.headerRow,
  };
}
