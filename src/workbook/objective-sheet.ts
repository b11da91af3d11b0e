// One sheet per objective: a header block (what the plan says), the indicators table (targets, results
// and live PERF formulas) and the objective's score, final degree, status and payable amount.
import type { Indicator, Objective } from '../core/model';
import { NOT_EVALUABLE_FIGURE } from '../core/summary-totals';
import { formulaCell, inputCell, textCell } from './cells';
import type { CellBlock, LayoutCell, NameSpec, SheetLayout } from './layout';
import { objectiveSheetName } from './naming';
import { columnLetter } from './address';
import { HINT_ROW, FIRST_HEADER_ROW, objectiveCells, type ObjectiveCells } from './objective-geometry';
import {
  achievedFormula,
  degreeFormula,
  finalDegreeFormula,
  forecastFormula,
  payableFormula,
  scoreFormula,
  statusFormula,
  trendFormula,
} from './objective-formulas';
import { OBJECTIVE_SCHEMA, isComputed, type ObjectiveSchema, type ValueField } from './objective-schema';
import { NUMBER_FORMATS, stylesFor, TABLE_STYLE } from './styles';
import { objectiveCellName } from './tags';

/** The sheet's one-line legend (the sheet itself is written in Italian, the analysts' language). */
export const OBJECTIVE_SHEET_LEGEND = 'In giallo quel che si scrive (il piano, i risultati, le revisioni, la valutazione OIV); in grassetto quel che calcola Traguardo.';

export interface ObjectiveSheetOptions {
  /** Preferred sheet name; default "Obiettivo N". */
  sheetName?: string;
  /** The fields to lay out; the product's own unless a test extends it. */
  schema?: ObjectiveSchema;
}

/** Workbook-unique name of an objective's indicators table. */
export function objectiveTableName(number: number): string {
  return `TrgObiettivo${number}`;
}

export function objectiveTitle(objective: Pick<Objective, 'number' | 'title'>): string {
  return `Obiettivo n. ${objective.number} – ${objective.title}`;
}

/**
 * A value field's cell, yellow wherever the analyst may type: the plan's fields are rewritten from the plan each
 * time, the analyst's own (results, revisions, OIV, notes) only while empty.
 */
function valueCell<M>(field: ValueField<M>, model: M): LayoutCell {
  const written = field.write ? field.write(model) : { value: field.codec.toCell(field.get(model)), numberFormat: field.codec.numberFormat };
  if (field.role === 'input') return inputCell(written.value, written.numberFormat, field.style ?? 'input');
  const cell: LayoutCell = { numberFormat: written.numberFormat, style: field.style ?? 'input' };
  if (written.value !== undefined) cell.value = written.value;
  else if (written.numberFormat === NUMBER_FORMATS.text) cell.value = '';
  return cell;
}

function headerBlock(objective: Objective, schema: ObjectiveSchema): CellBlock {
  const rows: (LayoutCell | null)[][] = schema.header.map((field) => [
    textCell(field.label.it, 'label'),
    valueCell(field, objective),
    field.detail ? textCell(field.detail.get(objective) ?? '') : null,
  ]);
  return { address: `A${FIRST_HEADER_ROW}`, cells: rows };
}

/** The live formulas of the computed indicator columns, by key. */
const INDICATOR_FORMULAS: Readonly<Record<string, (cells: ObjectiveCells, row: number) => string>> = {
  achieved: achievedFormula,
  degree: degreeFormula,
  trend: trendFormula,
  forecast: forecastFormula,
};

// An objective with no indicator still gets one empty row: an Excel table needs a data row.
const EMPTY_INDICATOR: Indicator = { name: '', target: '' };

function indicatorsBlock(objective: Objective, cells: ObjectiveCells, schema: ObjectiveSchema): CellBlock {
  const indicators = objective.indicators.length > 0 ? objective.indicators : [EMPTY_INDICATOR];
  const header = schema.indicators.map((column) => textCell(column.label.it, 'header'));
  const rows = indicators.map((indicator, index) =>
    schema.indicators.map((column): LayoutCell => {
      if (!isComputed(column)) return valueCell(column, indicator);
      // Neutralised rows and the empty placeholder row have nothing to evaluate.
      if (indicator.neutralised) return textCell(NOT_EVALUABLE_FIGURE, 'hint');
      const formula = INDICATOR_FORMULAS[column.key];
      if (indicator === EMPTY_INDICATOR || formula === undefined) return { numberFormat: column.numberFormat, style: 'computed' };
      return formulaCell(formula(cells, cells.firstIndicatorRow + index), column.numberFormat);
    }),
  );
  return { address: `A${cells.tableHeaderRow}`, cells: [header, ...rows] };
}

const FOOTER_FORMULAS: Readonly<Record<string, (cells: ObjectiveCells) => string>> = {
  score: scoreFormula,
  finalDegree: finalDegreeFormula,
  status: statusFormula,
  payable: payableFormula,
};

function footerBlock(cells: ObjectiveCells, schema: ObjectiveSchema): CellBlock {
  return {
    address: `A${cells.lastIndicatorRow + 2}`,
    cells: schema.footer.map((field) => {
      const formula = FOOTER_FORMULAS[field.key];
      return [textCell(field.label.it, 'label'), formula ? formulaCell(formula(cells), field.numberFormat) : null];
    }),
  };
}

function objectiveNames(objective: Objective, cells: ObjectiveCells): NameSpec[] {
  return [
    { name: objectiveCellName(objective.number, 'SCORE'), address: cells.footer.score },
    { name: objectiveCellName(objective.number, 'DEGREE'), address: cells.footer.finalDegree },
    { name: objectiveCellName(objective.number, 'STATUS'), address: cells.footer.status },
    { name: objectiveCellName(objective.number, 'PAYABLE'), address: cells.footer.payable },
  ];
}

/** The layout of an objective's sheet. */
export function objectiveSheetLayout(objective: Objective, options: ObjectiveSheetOptions = {}): SheetLayout {
  const schema = options.schema ?? OBJECTIVE_SCHEMA;
  const cells = objectiveCells(objective.indicators.length, schema);
  const lastColumn = cells.columns[schema.indicators[schema.indicators.length - 1].key];
  const blocks: CellBlock[] = [
    { address: 'A1', cells: [[textCell(objectiveTitle(objective), 'title')]] },
    {
      address: `A${HINT_ROW}`,
      cells: [[textCell(OBJECTIVE_SHEET_LEGEND, 'hint')]],
    },
    headerBlock(objective, schema),
    indicatorsBlock(objective, cells, schema),
    footerBlock(cells, schema),
  ];
  return {
    key: `objective:${objective.number}`,
    name: options.sheetName ?? objectiveSheetName(objective.number),
    tag: { kind: 'objective', number: objective.number },
    onExisting: 'refresh',
    visibility: 'Visible',
    blocks,
    styles: stylesFor(['title', 'hint', 'label', 'text', 'wrapped', 'input', 'inputWrapped', 'computed', 'header']),
    columnWidths: schema.indicators.flatMap((field, index) =>
      field.width === undefined ? [] : [{ column: columnLetter(index), width: field.width }],
    ),
    tables: [
      {
        name: objectiveTableName(objective.number),
        range: `A${cells.tableHeaderRow}:${lastColumn}${cells.lastIndicatorRow}`,
        style: TABLE_STYLE,
      },
    ],
    names: objectiveNames(objective, cells),
    conditionalFormats: [],
    charts: [],
    freezeRows: 0,
  };
}
