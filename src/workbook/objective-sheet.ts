// One sheet per objective: a header block (what the plan says), the indicators table (targets, results
// and live PERF formulas) and the objective's score, final degree, status and payable amount.
import type { CellInput, Indicator, Objective, ObjectiveKind } from '../core/model';
import { parseValue } from '../core/parse';
import { parseTarget } from '../core/target';
import { formulaCell, inputCell, numberCell, textCell } from './cells';
import type { CellBlock, LayoutCell, NameSpec, SheetLayout } from './layout';
import { objectiveSheetName } from './naming';
import {
  FIRST_HEADER_ROW,
  FOOTER_FIELDS,
  HEADER_FIELDS,
  HINT_ROW,
  INDICATOR_COLUMNS,
  objectiveCells,
  type HeaderField,
  type IndicatorColumn,
  type ObjectiveCells,
} from './objective-geometry';
import { NOT_EVALUABLE_FIGURE } from '../core/summary-totals';
import {
  achievedFormula,
  degreeFormula,
  finalDegreeFormula,
  payableFormula,
  scoreFormula,
  statusFormula,
} from './objective-formulas';
import { NUMBER_FORMATS, stylesFor, TABLE_STYLE } from './styles';
import { objectiveCellName } from './tags';

export interface ObjectiveSheetOptions {
  /** Preferred sheet name; default "Obiettivo N". */
  sheetName?: string;
}

export const KIND_LABELS: Record<ObjectiveKind, string> = {
  nuovo: 'Nuovo',
  mantenimento: 'Mantenimento',
  straordinario: 'Straordinario',
};

/** Workbook-unique name of an objective's indicators table. */
export function objectiveTableName(number: number): string {
  return `TrgObiettivo${number}`;
}

export function objectiveTitle(objective: Pick<Objective, 'number' | 'title'>): string {
  return `Obiettivo n. ${objective.number} – ${objective.title}`;
}

function headerValueCell(objective: Objective, field: HeaderField): LayoutCell {
  switch (field) {
    case 'number':
      return numberCell(objective.number, NUMBER_FORMATS.integer);
    case 'title':
      return textCell(objective.title, 'computed');
    case 'planReferences':
      return textCell(objective.planReferences.map((reference) => reference.code).join('; '));
    case 'kind':
      return textCell(objective.kind ? KIND_LABELS[objective.kind] : '');
    case 'description':
      return textCell(objective.description ?? '');
    case 'benefits':
      return textCell(objective.benefits ?? '');
    case 'weight':
      return numberCell(objective.weight ?? 1);
    case 'allocatedAmount':
      return numberCell(objective.allocatedAmount, NUMBER_FORMATS.euro);
    case 'oivScore':
      return inputCell(objective.oiv?.score, NUMBER_FORMATS.general);
    case 'oivText':
      return inputCell(objective.oiv?.text, NUMBER_FORMATS.text);
    case 'neutralisation':
      return inputCell(objective.neutralisation?.reason, NUMBER_FORMATS.text);
    case 'resultsText':
      return inputCell(objective.resultsText, NUMBER_FORMATS.text);
    case 'notes':
      return inputCell(objective.notes, NUMBER_FORMATS.text);
  }
}

function headerDetailCell(objective: Objective, field: HeaderField): LayoutCell | null {
  if (field === 'planReferences') {
    return textCell(objective.planReferences.map((reference) => `${reference.code} - ${reference.text}`).join('\n'));
  }
  if (field === 'kind') return textCell(objective.kindText ?? '');
  return null;
}

function headerBlock(objective: Objective): CellBlock {
  const rows: (LayoutCell | null)[][] = HEADER_FIELDS.map((field) => [
    textCell(field.label, 'label'),
    headerValueCell(objective, field.key),
    headerDetailCell(objective, field.key),
  ]);
  return { address: `A${FIRST_HEADER_ROW}`, cells: rows };
}

function isDeadline(targetText: string): boolean {
  try {
    return parseTarget(targetText).kind === 'deadline';
  } catch {
    return false;
  }
}

/**
 * A result as the cell should hold it: for a deadline, a date text becomes a real date (serial) shown
 * dd/mm/yyyy; anything else is kept as written, in a text cell so "1.134" or "100%" stay as typed.
 */
function actualCell(indicator: Indicator): LayoutCell {
  const target = indicator.revision?.revised ?? indicator.target;
  const actual: CellInput = indicator.actual;
  if (isDeadline(target)) {
    let serial: number | null = typeof actual === 'number' ? actual : null;
    if (typeof actual === 'string') {
      try {
        const parsed = parseValue(actual);
        if (parsed?.kind === 'date') serial = parsed.serial;
      } catch {
        serial = null; // kept as written; the reader reports why it cannot be read
      }
    }
    if (serial !== null) return inputCell(serial, NUMBER_FORMATS.date);
    if (actual === null || actual === undefined || actual === '') return inputCell(null, NUMBER_FORMATS.date);
  }
  return inputCell(actual ?? null, NUMBER_FORMATS.text);
}

function indicatorCell(indicator: Indicator, column: IndicatorColumn, cells: ObjectiveCells, row: number): LayoutCell {
  switch (column) {
    case 'name':
      return textCell(indicator.name, 'wrapped');
    case 'target':
      return textCell(indicator.target);
    case 'revisedTarget':
      return inputCell(indicator.revision?.revised, NUMBER_FORMATS.text);
    case 'revisionReason':
      return inputCell(indicator.revision?.reason, NUMBER_FORMATS.text, 'inputWrapped');
    case 'baseline':
      return numberCell(indicator.baseline);
    case 'threshold':
      return numberCell(indicator.threshold, NUMBER_FORMATS.percentWhole);
    case 'actual':
      return actualCell(indicator);
    case 'achieved':
      return indicator.neutralised ? textCell(NOT_EVALUABLE_FIGURE, 'hint') : formulaCell(achievedFormula(cells, row));
    case 'degree':
      return indicator.neutralised
        ? textCell(NOT_EVALUABLE_FIGURE, 'hint')
        : formulaCell(degreeFormula(cells, row), NUMBER_FORMATS.percent);
    case 'weight':
      return numberCell(indicator.weight ?? 1);
    case 'notes':
      return inputCell(indicator.notes, NUMBER_FORMATS.text, 'inputWrapped');
  }
}

// An objective with no indicator still gets one empty row: an Excel table needs a data row.
const EMPTY_INDICATOR: Indicator = { name: '', target: '' };

function indicatorsBlock(objective: Objective, cells: ObjectiveCells): CellBlock {
  const indicators = objective.indicators.length > 0 ? objective.indicators : [EMPTY_INDICATOR];
  const header = INDICATOR_COLUMNS.map((column) => textCell(column.header, 'header'));
  const rows = indicators.map((indicator, index) =>
    INDICATOR_COLUMNS.map((column) => {
      const cell = indicatorCell(indicator, column.key, cells, cells.firstIndicatorRow + index);
      // The empty placeholder row has no formulas: nothing to evaluate yet.
      return indicator === EMPTY_INDICATOR && cell.formula !== undefined ? { ...cell, formula: undefined } : cell;
    }),
  );
  return { address: `A${cells.tableHeaderRow}`, cells: [header, ...rows] };
}

function footerBlock(cells: ObjectiveCells): CellBlock {
  const formulas: Record<(typeof FOOTER_FIELDS)[number]['key'], LayoutCell> = {
    score: formulaCell(scoreFormula(cells), NUMBER_FORMATS.percent),
    finalDegree: formulaCell(finalDegreeFormula(cells), NUMBER_FORMATS.percent),
    status: formulaCell(statusFormula(cells)),
    payable: formulaCell(payableFormula(cells), NUMBER_FORMATS.euro),
  };
  return {
    address: `A${cells.lastIndicatorRow + 2}`,
    cells: FOOTER_FIELDS.map((field) => [textCell(field.label, 'label'), formulas[field.key]]),
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
  const cells = objectiveCells(objective.indicators.length);
  const blocks: CellBlock[] = [
    { address: 'A1', cells: [[textCell(objectiveTitle(objective), 'title')]] },
    {
      address: `A${HINT_ROW}`,
      cells: [[textCell('Le celle in giallo sono da compilare; le altre sono scritte o calcolate da Traguardo.', 'hint')]],
    },
    headerBlock(objective),
    indicatorsBlock(objective, cells),
    footerBlock(cells),
  ];
  return {
    key: `objective:${objective.number}`,
    name: options.sheetName ?? objectiveSheetName(objective.number),
    tag: { kind: 'objective', number: objective.number },
    onExisting: 'refresh',
    visibility: 'Visible',
    blocks,
    styles: stylesFor(['title', 'hint', 'label', 'text', 'wrapped', 'input', 'inputWrapped', 'computed', 'header']),
    columnWidths: OBJECTIVE_COLUMN_WIDTHS,
    tables: [
      {
        name: objectiveTableName(objective.number),
        range: `A${cells.tableHeaderRow}:K${cells.lastIndicatorRow}`,
        style: TABLE_STYLE,
      },
    ],
    names: objectiveNames(objective, cells),
    conditionalFormats: [],
    charts: [],
    freezeRows: 0,
  };
}

/** Column widths in points: indicator names and notes get room, numbers stay narrow. */
const OBJECTIVE_COLUMN_WIDTHS = [
  { column: 'A', width: 210 },
  { column: 'B', width: 95 },
  { column: 'C', width: 95 },
  { column: 'D', width: 150 },
  { column: 'E', width: 60 },
  { column: 'F', width: 55 },
  { column: 'G', width: 85 },
  { column: 'H', width: 70 },
  { column: 'I', width: 65 },
  { column: 'J', width: 45 },
  { column: 'K', width: 220 },
];
