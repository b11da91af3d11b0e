// The "Riepilogo": one row per objective linked by formulas to its sheet (by the sheet's current name),
// totals and the fund's remainder, counts by status, traffic lights, a bar chart and the indicators annex.
import { defaultFundReference } from '../core/fund';
import type { Language } from '../core/messages';
import type { Status, StatusCutoffs } from '../core/model';
import { NOT_EVALUABLE_FIGURE } from '../core/summary-totals';
import { columnLetter } from './address';
import { formulaCell, textCell } from './cells';
import { formula, ifEmpty, sheetRef, textLiteral } from './formula';
import type { CellBlock, ConditionalFormatSpec, LayoutCell, SheetLayout } from './layout';
import { SUMMARY_SHEET_NAME } from './naming';
import type { ObjectiveCells } from './objective-geometry';
import { NOT_EVALUABLE_STATUS } from './objective-formulas';
import { SETTING_NAMES } from './settings';
import { coverageFormula } from './summary-coverage';
import { NUMBER_FORMATS, STATUS_COLORS, stylesFor, TABLE_STYLE } from './styles';
import { SUMMARY_ANCHOR_NAME } from './tags';

/** An objective sheet as the summary links to it: its current name and where its cells are. */
export interface ObjectiveSheetRef {
  number: number;
  sheetName: string;
  cells: ObjectiveCells;
  /** Indicator rows actually filled (the rows first..first+count-1). */
  indicatorCount: number;
  /** Per indicator row, whether its result is a date (a deadline's): the annex shows it as one. */
  dateResults?: ReadonlyArray<boolean>;
  /** Optional indicator columns the sheet lacks (built before them): the annex leaves them blank. */
  absentColumns?: ReadonlySet<string>;
}

export interface SummaryOptions {
  includeChart: boolean;
  includeAnnex: boolean;
  /** Used by the traffic lights; the statuses themselves come from the settings' named cells. */
  cutoffs: StatusCutoffs;
  /** Shown in the title row. */
  title?: string;
  /** The fund's line: which resources of the Fondo risorse decentrate, under which article; absent = for a year not known. */
  fundLabel?: string;
  /** Preferred sheet name (default "Riepilogo"). */
  sheetName?: string;
  /** The language of the coverage line (default Italian, as the rest of the sheet). */
  language?: Language;
}

export const SUMMARY_TABLE_NAME = 'TrgRiepilogo';
export const ANNEX_TABLE_NAME = 'TrgAllegatoIndicatori';
export const SUMMARY_CHART_NAME = 'TrgGradoFinale';

export const SUMMARY_COLUMNS = [
  { key: 'number', header: 'N.' },
  { key: 'title', header: 'Obiettivo' },
  { key: 'plan', header: 'Riferimento Piano' },
  { key: 'indicators', header: 'N. indicatori' },
  { key: 'score', header: 'Grado calcolato' },
  { key: 'oiv', header: 'Valutazione OIV' },
  { key: 'finalDegree', header: 'Grado finale' },
  { key: 'status', header: 'Esito' },
  { key: 'allocated', header: 'Importo stanziato' },
  { key: 'payable', header: 'Importo riconosciuto' },
  { key: 'weight', header: 'Peso' },
] as const;

type SummaryColumn = (typeof SUMMARY_COLUMNS)[number]['key'];

const COLUMN: Record<SummaryColumn, string> = Object.fromEntries(
  SUMMARY_COLUMNS.map((column, index) => [column.key, String.fromCharCode(65 + index)]),
) as Record<SummaryColumn, string>;

export const ANNEX_COLUMNS = ['N.', 'Indicatore', 'Target', 'Risultato', 'Raggiunto', 'Grado', 'Valore anno precedente', 'Andamento'] as const;

/** The headline figures, in the order they appear under the totals row (label in B, value in C). */
export const SUMMARY_FIGURES = [
  { key: 'overallDegree', label: 'Grado complessivo ponderato' },
  { key: 'fundTotal', label: 'Risorse per obiettivi (fondo risorse decentrate)' },
  { key: 'allocated', label: 'Importo stanziato' },
  { key: 'payable', label: 'Importo riconosciuto' },
  { key: 'remainder', label: 'Residuo che torna al bilancio' },
  { key: 'notEvaluableAmount', label: 'Importo su obiettivi non valutabili' },
  { key: 'Raggiunto', label: 'Obiettivi raggiunti' },
  { key: 'Parzialmente raggiunto', label: 'Obiettivi parzialmente raggiunti' },
  { key: 'Non raggiunto', label: 'Obiettivi non raggiunti' },
  { key: 'Non valutabile', label: 'Obiettivi non valutabili' },
  { key: 'achievedFrom', label: 'Soglia "Raggiunto"' },
  { key: 'partialFrom', label: 'Soglia "Parzialmente raggiunto"' },
  { key: 'paymentThreshold', label: 'Soglia di pagamento' },
] as const;

export type SummaryFigure = (typeof SUMMARY_FIGURES)[number]['key'];

/** Where the summary's parts are, for a summary of `objectiveCount` objectives. */
export interface SummaryGeometry {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  totalsRow: number;
  /** Address (column C) of each headline figure. */
  figures: Record<SummaryFigure, string>;
  annexHeaderRow: number;
}

const TABLE_HEADER_ROW = 4;

export function summaryGeometry(objectiveCount: number): SummaryGeometry {
  const firstRow = TABLE_HEADER_ROW + 1;
  const lastRow = firstRow + Math.max(1, objectiveCount) - 1;
  const totalsRow = lastRow + 1;
  const firstFigureRow = totalsRow + 2;
  const figures = {} as Record<SummaryFigure, string>;
  SUMMARY_FIGURES.forEach((figure, index) => {
    figures[figure.key] = `C${firstFigureRow + index}`;
  });
  return {
    headerRow: TABLE_HEADER_ROW,
    firstRow,
    lastRow,
    totalsRow,
    figures,
    annexHeaderRow: firstFigureRow + SUMMARY_FIGURES.length + 2,
  };
}

function columnRange(column: SummaryColumn, geometry: SummaryGeometry): string {
  return `${COLUMN[column]}${geometry.firstRow}:${COLUMN[column]}${geometry.lastRow}`;
}

/** A linked cell that shows "" instead of Excel's 0 when the source is empty. */
function linkOrBlank(ref: string): string {
  return formula(ifEmpty(ref, '""', ref));
}

function objectiveRow(ref: ObjectiveSheetRef): LayoutCell[] {
  const at = (address: string) => sheetRef(ref.sheetName, address);
  const { header, footer, columns, firstIndicatorRow, lastIndicatorRow } = ref.cells;
  const cells: Record<SummaryColumn, LayoutCell> = {
    number: formulaCell(formula(at(header.number)), NUMBER_FORMATS.integer, 'text'),
    title: formulaCell(formula(at(header.title)), NUMBER_FORMATS.general, 'wrapped'),
    plan: formulaCell(linkOrBlank(at(header.planReferences)), NUMBER_FORMATS.general, 'text'),
    indicators: formulaCell(
      formula(`COUNTA(${at(`${columns.name}${firstIndicatorRow}:${columns.name}${lastIndicatorRow}`)})`),
      NUMBER_FORMATS.integer,
      'text',
    ),
    score: formulaCell(formula(at(footer.score)), NUMBER_FORMATS.percent, 'text'),
    oiv: formulaCell(linkOrBlank(at(header.oivScore)), NUMBER_FORMATS.general, 'text'),
    finalDegree: formulaCell(formula(at(footer.finalDegree)), NUMBER_FORMATS.percent),
    status: formulaCell(formula(at(footer.status))),
    allocated: formulaCell(linkOrBlank(at(header.allocatedAmount)), NUMBER_FORMATS.euro, 'text'),
    payable: formulaCell(formula(at(footer.payable)), NUMBER_FORMATS.euro),
    weight: formulaCell(formula(ifEmpty(at(header.weight), '1', at(header.weight))), NUMBER_FORMATS.general, 'text'),
  };
  return SUMMARY_COLUMNS.map((column) => cells[column.key]);
}

/** "9 raggiunti su 10 valutabili (1 non valutabile)": a neutralised objective is counted apart, never as a shortfall. */
function evaluableCount(statuses: string): string {
  const achieved = `COUNTIF(${statuses},${textLiteral('Raggiunto')})`;
  const notEvaluable = `COUNTIF(${statuses},${textLiteral(NOT_EVALUABLE_STATUS)})`;
  const apart = `IF(${notEvaluable}=0,"",IF(${notEvaluable}=1," (1 non valutabile)"," ("&${notEvaluable}&" non valutabili)"))`;
  return `${achieved}&" raggiunti su "&(COUNTA(${statuses})-${notEvaluable})&" valutabili"&${apart}`;
}

function totalsRow(geometry: SummaryGeometry): LayoutCell[] {
  const weights = columnRange('weight', geometry);
  const statuses = columnRange('status', geometry);
  const evaluatedWeight = `SUMIFS(${weights},${statuses},${textLiteral(`<>${NOT_EVALUABLE_STATUS}`)})`;
  // Text ("n.v.") counts as 0 in SUMPRODUCT and its weight is left out of the denominator; errors propagate.
  const overall = formula(
    `IF(${evaluatedWeight}=0,${textLiteral(NOT_EVALUABLE_FIGURE)},SUMPRODUCT(${weights},${columnRange('finalDegree', geometry)})/${evaluatedWeight})`,
  );
  const cells: Record<SummaryColumn, LayoutCell> = {
    number: textCell('Totale', 'total'),
    title: textCell('', 'total'),
    plan: textCell('', 'total'),
    indicators: formulaCell(formula(`SUM(${columnRange('indicators', geometry)})`), NUMBER_FORMATS.integer, 'total'),
    score: textCell('', 'total'),
    oiv: textCell('', 'total'),
    finalDegree: formulaCell(overall, NUMBER_FORMATS.percent, 'total'),
    status: formulaCell(formula(evaluableCount(statuses)), NUMBER_FORMATS.general, 'total'),
    allocated: formulaCell(formula(`SUM(${columnRange('allocated', geometry)})`), NUMBER_FORMATS.euro, 'total'),
    payable: formulaCell(formula(`SUM(${columnRange('payable', geometry)})`), NUMBER_FORMATS.euro, 'total'),
    weight: formulaCell(formula(`SUM(${weights})`), NUMBER_FORMATS.general, 'total'),
  };
  return SUMMARY_COLUMNS.map((column) => cells[column.key]);
}

function figureFormula(key: SummaryFigure, geometry: SummaryGeometry): LayoutCell {
  const total = (column: SummaryColumn) => `${COLUMN[column]}${geometry.totalsRow}`;
  const statuses = columnRange('status', geometry);
  switch (key) {
    case 'overallDegree':
      return formulaCell(formula(total('finalDegree')), NUMBER_FORMATS.percent);
    case 'fundTotal':
      return formulaCell(
        formula(`IF(ISNUMBER(${SETTING_NAMES.fundTotal}),${SETTING_NAMES.fundTotal},${total('allocated')})`),
        NUMBER_FORMATS.euro,
      );
    case 'allocated':
      return formulaCell(formula(total('allocated')), NUMBER_FORMATS.euro);
    case 'payable':
      return formulaCell(formula(total('payable')), NUMBER_FORMATS.euro);
    case 'remainder':
      return formulaCell(formula(`${geometry.figures.fundTotal}-${geometry.figures.payable}`), NUMBER_FORMATS.euro);
    case 'notEvaluableAmount':
      return formulaCell(
        formula(`SUMIFS(${columnRange('allocated', geometry)},${statuses},${textLiteral(NOT_EVALUABLE_STATUS)})`),
        NUMBER_FORMATS.euro,
      );
    case 'achievedFrom':
      return formulaCell(formula(SETTING_NAMES.achievedFrom), NUMBER_FORMATS.percentWhole);
    case 'partialFrom':
      return formulaCell(formula(SETTING_NAMES.partialFrom), NUMBER_FORMATS.percentWhole);
    case 'paymentThreshold':
      return formulaCell(formula(SETTING_NAMES.paymentThreshold), NUMBER_FORMATS.percentWhole);
    default:
      return formulaCell(formula(`COUNTIF(${statuses},${textLiteral(key satisfies Status)})`), NUMBER_FORMATS.integer);
  }
}

function figuresBlock(geometry: SummaryGeometry, fundLabel: string): CellBlock {
  return {
    address: `B${geometry.totalsRow + 2}`,
    cells: SUMMARY_FIGURES.map((figure) => [textCell(figure.key === 'fundTotal' ? fundLabel : figure.label, 'label'), figureFormula(figure.key, geometry)]),
  };
}

function annexBlock(refs: ReadonlyArray<ObjectiveSheetRef>, headerRow: number): { block: CellBlock; lastRow: number } {
  const rows: (LayoutCell | null)[][] = [ANNEX_COLUMNS.map((header) => textCell(header, 'header'))];
  for (const ref of refs) {
    const { columns, firstIndicatorRow, header } = ref.cells;
    for (let index = 0; index < ref.indicatorCount; index++) {
      const row = firstIndicatorRow + index;
      const at = (column: keyof ObjectiveCells['columns']) => sheetRef(ref.sheetName, `${columns[column]}${row}`);
      // The revised target where there is one, as effectiveTarget picks it on the objective sheet.
      const target = ifEmpty(at('revisedTarget'), at('target'), at('revisedTarget'));
      rows.push([
        formulaCell(formula(sheetRef(ref.sheetName, header.number)), NUMBER_FORMATS.integer, 'text'),
        formulaCell(formula(at('name')), NUMBER_FORMATS.general, 'wrapped'),
        formulaCell(formula(target), NUMBER_FORMATS.general, 'text'),
        formulaCell(linkOrBlank(at('actual')), ref.dateResults?.[index] ? NUMBER_FORMATS.date : NUMBER_FORMATS.general, 'text'),
        formulaCell(formula(at('achieved')), NUMBER_FORMATS.general, 'text'),
        formulaCell(formula(at('degree')), NUMBER_FORMATS.percent, 'text'),
        ref.absentColumns?.has('previousValue') ? null : formulaCell(linkOrBlank(at('previousValue')), NUMBER_FORMATS.general, 'text'),
        ref.absentColumns?.has('trend') ? null : formulaCell(formula(at('trend')), NUMBER_FORMATS.general, 'text'),
      ]);
    }
  }
  if (rows.length === 1) rows.push(ANNEX_COLUMNS.map(() => null));
  return { block: { address: `A${headerRow}`, cells: rows }, lastRow: headerRow + rows.length - 1 };
}

/** Chart data beside the table: "Ob. N" and the final degree, #N/A (a gap in the chart) when not evaluable. */
function chartDataBlock(geometry: SummaryGeometry, objectiveCount: number): CellBlock {
  const rows: LayoutCell[][] = [[textCell('Obiettivo', 'header'), textCell('Grado finale', 'header')]];
  for (let index = 0; index < Math.max(1, objectiveCount); index++) {
    const row = geometry.firstRow + index;
    const degree = `${COLUMN.finalDegree}${row}`;
    rows.push([
      formulaCell(formula(`"Ob. "&${COLUMN.number}${row}`), NUMBER_FORMATS.general, 'text'),
      formulaCell(formula(`IF(ISNUMBER(${degree}),${degree},NA())`), NUMBER_FORMATS.percent, 'text'),
    ]);
  }
  return { address: `${CHART_DATA_COLUMN}${geometry.headerRow}`, cells: rows };
}

const CHART_DATA_COLUMN = 'M';

function trafficLights(geometry: SummaryGeometry, cutoffs: StatusCutoffs): ConditionalFormatSpec[] {
  const statusRange = columnRange('status', geometry);
  const degreeRange = columnRange('finalDegree', geometry);
  const statusCell = `$${COLUMN.status}${geometry.firstRow}`;
  const degreeCell = `$${COLUMN.finalDegree}${geometry.firstRow}`;
  const statusRules = (Object.keys(STATUS_COLORS) as Status[]).map((status) => ({
    range: statusRange,
    formula: `=${statusCell}=${textLiteral(status)}`,
    fill: STATUS_COLORS[status].fill,
    fontColor: STATUS_COLORS[status].font,
  }));
  const isNumber = `ISNUMBER(${degreeCell})`;
  const degreeRules: ConditionalFormatSpec[] = [
    { formula: `=AND(${isNumber},${degreeCell}>=${cutoffs.achievedFrom})`, colors: STATUS_COLORS.Raggiunto },
    {
      formula: `=AND(${isNumber},${degreeCell}>=${cutoffs.partialFrom},${degreeCell}<${cutoffs.achievedFrom})`,
      colors: STATUS_COLORS['Parzialmente raggiunto'],
    },
    { formula: `=AND(${isNumber},${degreeCell}<${cutoffs.partialFrom})`, colors: STATUS_COLORS['Non raggiunto'] },
  ].map((rule) => ({ range: degreeRange, formula: rule.formula, fill: rule.colors.fill, fontColor: rule.colors.font }));
  return [...statusRules, ...degreeRules];
}

/** The summary sheet's layout, rows in objective order. */
export function summarySheetLayout(objectiveSheets: ReadonlyArray<ObjectiveSheetRef>, options: SummaryOptions): SheetLayout {
  const refs = [...objectiveSheets].sort((a, b) => a.number - b.number);
  const geometry = summaryGeometry(refs.length);
  const tableRows: (LayoutCell | null)[][] = refs.length > 0 ? refs.map(objectiveRow) : [SUMMARY_COLUMNS.map(() => null)];
  const blocks: CellBlock[] = [
    { address: 'A1', cells: [[textCell(options.title ?? 'Riepilogo degli obiettivi', 'title')]] },
    {
      address: 'A2',
      cells: [[textCell('Collegato ai fogli degli obiettivi: si aggiorna da solo quando cambiano i risultati.', 'hint')]],
    },
    // "10 di 11": the rows whose N. still links to a number, against the objectives the settings sheet records.
    { address: 'A3', cells: [[formulaCell(coverageFormula(`COUNT(${columnRange('number', geometry)})`, options.language ?? 'it'), NUMBER_FORMATS.general, 'label')]] },
    {
      address: `A${geometry.headerRow}`,
      cells: [SUMMARY_COLUMNS.map((column) => textCell(column.header, 'header')), ...tableRows, totalsRow(geometry)],
    },
    figuresBlock(geometry, options.fundLabel ?? defaultFundReference(null)),
  ];
  const tables = [
    { name: SUMMARY_TABLE_NAME, range: `A${geometry.headerRow}:K${geometry.lastRow}`, style: TABLE_STYLE },
  ];
  if (options.includeAnnex) {
    const annex = annexBlock(refs, geometry.annexHeaderRow);
    blocks.push({ address: `A${geometry.annexHeaderRow - 1}`, cells: [[textCell('Allegato: indicatori', 'title')]] });
    blocks.push(annex.block);
    tables.push({ name: ANNEX_TABLE_NAME, range: `A${geometry.annexHeaderRow}:${columnLetter(ANNEX_COLUMNS.length - 1)}${annex.lastRow}`, style: TABLE_STYLE });
  }
  const charts: SheetLayout['charts'] = [];
  if (options.includeChart) {
    blocks.push(chartDataBlock(geometry, refs.length));
    charts.push({
      type: 'barClustered',
      source: `${CHART_DATA_COLUMN}${geometry.headerRow}:N${geometry.lastRow}`,
      title: 'Grado finale per obiettivo',
      seriesBy: 'Columns',
      topLeft: 'P4',
      bottomRight: 'X24',
      name: SUMMARY_CHART_NAME,
      showLegend: false,
      valueAxis: { minimum: 0, maximum: 1, numberFormat: NUMBER_FORMATS.percentWhole },
    });
  }
  return {
    key: 'summary',
    name: options.sheetName ?? SUMMARY_SHEET_NAME,
    tag: { kind: 'summary' },
    onExisting: 'replace',
    visibility: 'Visible',
    position: 0,
    blocks,
    styles: stylesFor(['title', 'hint', 'label', 'text', 'wrapped', 'computed', 'header', 'total']),
    columnWidths: SUMMARY_COLUMN_WIDTHS,
    tables,
    names: [{ name: SUMMARY_ANCHOR_NAME, address: 'A1' }],
    conditionalFormats: trafficLights(geometry, options.cutoffs),
    charts,
    freezeRows: geometry.headerRow,
  };
}

const SUMMARY_COLUMN_WIDTHS = [
  { column: 'A', width: 40 },
  { column: 'B', width: 260 },
  { column: 'C', width: 110 },
  { column: 'D', width: 60 },
  { column: 'E', width: 70 },
  { column: 'F', width: 70 },
  { column: 'G', width: 70 },
  { column: 'H', width: 130 },
  { column: 'I', width: 95 },
  { column: 'J', width: 95 },
  { column: 'K', width: 45 },
  { column: 'M', width: 60 },
  { column: 'N', width: 70 },
];
