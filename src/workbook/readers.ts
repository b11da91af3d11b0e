// From an objective sheet's values and formulas back to the model, with every problem found.
// Cells are found by their labels (analysts insert rows), so a sheet that was edited still reads.
import { formatNumberIt } from '../core/format-number';
import type { Indicator, Objective, ObjectiveKind, PlanReference, Status } from '../core/model';
import { ParseError, parseValue } from '../core/parse';
import { NOT_EVALUABLE_FIGURE } from '../core/summary-totals';
import { parseTarget } from '../core/target';
import { cellAddress, columnLetter, parseCellAddress } from './address';
import {
  FOOTER_FIELDS,
  HEADER_FIELDS,
  INDICATOR_COLUMNS,
  objectiveCells,
  type FooterField,
  type HeaderField,
  type IndicatorColumn,
  type ObjectiveCells,
} from './objective-geometry';
import { KIND_LABELS } from './objective-sheet';
import type { Problem, ProblemCode } from './problems';
import { ratioInconsistency } from './ratio-check';
import {
  isEmptyEntry,
  isErrorValue,
  snapshotCellAt,
  snapshotLastRow,
  type SheetSnapshot,
  type SnapshotCell,
  type SnapshotValue,
} from './snapshot';

export interface IndicatorComputed {
  achieved: boolean | null;
  degree: number | null;
}

/** What the sheet's formulas computed (null where blank, "n.v." or an error; errors are listed as problems). */
export interface ObjectiveComputed {
  score: number | null;
  finalDegree: number | null;
  status: Status | null;
  /** The Excel error the status cell shows instead of a status (e.g. "#VALUE!"), else null. */
  statusError: string | null;
  payable: number | null;
  indicators: IndicatorComputed[];
}

export interface ObjectiveReading {
  /** The sheet's current name. */
  sheetName: string;
  objective: Objective;
  computed: ObjectiveComputed;
  /** Where the cells are on this sheet, as found. */
  cells: ObjectiveCells;
  /** Number of indicator rows read (the summary links exactly these). */
  indicatorCount: number;
  problems: Problem[];
}

const STATUSES: ReadonlySet<string> = new Set(['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile']);

function normalisedLabel(entry: SnapshotValue): string {
  return typeof entry === 'string' ? entry.trim().toLowerCase() : '';
}

function isFormula(entry: SnapshotValue): boolean {
  return typeof entry === 'string' && entry.startsWith('=');
}

/** What the analyst entered: the constant, or the computed value when the cell holds a formula. */
function entered(cell: SnapshotCell): SnapshotValue {
  const raw = isFormula(cell.formula) ? cell.value : cell.formula;
  return isEmptyEntry(raw) ? null : raw;
}

function asText(entry: SnapshotValue): string {
  if (entry === null) return '';
  if (typeof entry === 'number') return formatNumberIt(entry);
  return String(entry).trim();
}

class SheetReader {
  readonly problems: Problem[] = [];

  constructor(
    readonly snapshot: SheetSnapshot,
    readonly objectiveNumber: number | null,
  ) {}

  cell(row: number, column: number): SnapshotCell {
    return snapshotCellAt(this.snapshot, { row, column });
  }

  at(address: string): SnapshotCell {
    return snapshotCellAt(this.snapshot, parseCellAddress(address));
  }

  report(code: ProblemCode, address: string, message: string): void {
    this.problems.push({ sheet: this.snapshot.name, address, objective: this.objectiveNumber, code, message });
  }

  get lastRow(): number {
    return snapshotLastRow(this.snapshot);
  }
}

interface LocatedTable {
  headerRow: number;
  columns: Record<IndicatorColumn, number>;
}

function locateTable(reader: SheetReader): LocatedTable | null {
  for (let row = 0; row < reader.lastRow; row++) {
    if (normalisedLabel(reader.cell(row, 0).formula) !== 'indicatore') continue;
    const columns = {} as Record<IndicatorColumn, number>;
    const headers = new Map<string, number>();
    for (let column = 0; column < 64; column++) {
      const label = normalisedLabel(reader.cell(row, column).formula);
      if (label !== '' && !headers.has(label)) headers.set(label, column);
    }
    const missing: string[] = [];
    for (const column of INDICATOR_COLUMNS) {
      const index = headers.get(column.header.toLowerCase());
      if (index === undefined) missing.push(column.header);
      else columns[column.key] = index;
    }
    if (missing.length > 0) {
      reader.report('layout-damaged', cellAddress({ row, column: 0 }), `Tabella degli indicatori senza le colonne: ${missing.join(', ')}`);
      return null;
    }
    return { headerRow: row, columns };
  }
  reader.report('layout-damaged', 'A1', 'Tabella degli indicatori non trovata (manca l\'intestazione "Indicatore")');
  return null;
}

/** Rows (0-based) of the labels in column A, searched between two rows. */
function locateLabels<K extends string>(
  reader: SheetReader,
  fields: ReadonlyArray<{ key: K; label: string }>,
  fromRow: number,
  toRow: number,
): Partial<Record<K, number>> {
  const byLabel = new Map(fields.map((field) => [field.label.toLowerCase(), field.key]));
  const found: Partial<Record<K, number>> = {};
  for (let row = fromRow; row < toRow; row++) {
    const key = byLabel.get(normalisedLabel(reader.cell(row, 0).formula));
    if (key !== undefined && found[key] === undefined) found[key] = row;
  }
  return found;
}

function isFooterLabel(entry: SnapshotValue): boolean {
  const label = normalisedLabel(entry);
  return FOOTER_FIELDS.some((field) => field.label.toLowerCase() === label);
}

function readNumberEntry(entry: SnapshotValue): { value: number | null; error: string | null } {
  if (entry === null) return { value: null, error: null };
  if (typeof entry === 'number') return { value: entry, error: null };
  try {
    const parsed = parseValue(entry);
    if (parsed === null) return { value: null, error: null };
    if (parsed.kind === 'number' || parsed.kind === 'ratio') return { value: parsed.value, error: null };
    return { value: null, error: `"${asText(entry)}" non è un numero` };
  } catch (error) {
    if (error instanceof ParseError) return { value: null, error: error.message };
    throw error;
  }
}

function kindFromLabel(label: string): ObjectiveKind | undefined {
  const lower = label.trim().toLowerCase();
  return (Object.keys(KIND_LABELS) as ObjectiveKind[]).find((kind) => kind === lower || KIND_LABELS[kind].toLowerCase() === lower);
}

function planReferencesFrom(codes: string, texts: string): PlanReference[] {
  const lines = texts.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const fromText = lines.map((line) => {
    const match = /^(\S+)\s+-\s+(.*)$/.exec(line);
    return match ? { code: match[1], text: match[2] } : { code: line, text: '' };
  });
  const codeList = codes.split(/[;,]/).map((code) => code.trim()).filter((code) => code !== '');
  if (fromText.length > 0 && codeList.every((code) => fromText.some((reference) => reference.code === code))) return fromText;
  return codeList.map((code) => fromText.find((reference) => reference.code === code) ?? { code, text: '' });
}

function computedNumber(value: SnapshotValue): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function computedBoolean(value: SnapshotValue): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function label(objective: number | null, indicatorName: string): string {
  const who = objective === null ? '' : `Obiettivo ${objective}, `;
  return `${who}indicatore "${indicatorName || 'senza nome'}"`;
}

/** Reads one tagged objective sheet. */
export function readObjectiveSheet(sheet: SheetSnapshot): ObjectiveReading {
  const taggedNumber = sheet.tag?.kind === 'objective' ? sheet.tag.number : null;
  const reader = new SheetReader(sheet, taggedNumber);
  const fresh = objectiveCells(1);
  const table = locateTable(reader);
  const headerEnd = table?.headerRow ?? reader.lastRow;
  const headerRows = locateLabels<HeaderField>(reader, HEADER_FIELDS, 0, headerEnd);

  const header = {} as Record<HeaderField, string>;
  for (const field of HEADER_FIELDS) {
    const row = headerRows[field.key];
    if (row === undefined) {
      reader.report('layout-damaged', fresh.header[field.key], `Intestazione: manca la riga "${field.label}"`);
      header[field.key] = fresh.header[field.key];
    } else {
      header[field.key] = cellAddress({ row, column: 1 });
    }
  }
  const headerEntry = (field: HeaderField) => entered(reader.at(header[field]));
  const detail = (field: HeaderField) => header[field].replace(/^B/, 'C');

  const numberEntry = headerEntry('number');
  const neutralisation = asText(headerEntry('neutralisation'));
  const number = taggedNumber ?? (typeof numberEntry === 'number' ? numberEntry : 0);
  const objectiveLabel = `Obiettivo ${number}`;

  // Indicators: rows under the table header until an empty row or the footer.
  const indicators: Indicator[] = [];
  const computedIndicators: IndicatorComputed[] = [];
  let lastIndicatorRow = (table?.headerRow ?? 0) + 1;
  const columnLetters = {} as Record<IndicatorColumn, string>;
  if (table) {
    for (const column of INDICATOR_COLUMNS) columnLetters[column.key] = columnLetter(table.columns[column.key]);
    for (let row = table.headerRow + 1; row < reader.lastRow; row++) {
      if (isFooterLabel(reader.cell(row, 0).formula)) break;
      const cellOf = (column: IndicatorColumn) => reader.cell(row, table.columns[column]);
      const inputs: IndicatorColumn[] = ['name', 'target', 'revisedTarget', 'revisionReason', 'baseline', 'threshold', 'actual', 'weight', 'notes'];
      if (inputs.every((column) => entered(cellOf(column)) === null)) break;
      lastIndicatorRow = row + 1;
      const reading = readIndicatorRow(reader, cellOf, number, neutralisation === '');
      indicators.push(reading.indicator);
      computedIndicators.push(reading.computed);
    }
  } else {
    Object.assign(columnLetters, fresh.columns);
  }
  const firstIndicatorRow = (table?.headerRow ?? fresh.tableHeaderRow - 1) + 2;

  const footerRows = locateLabels<FooterField>(reader, FOOTER_FIELDS, lastIndicatorRow, reader.lastRow);
  const footer = {} as Record<FooterField, string>;
  for (const field of FOOTER_FIELDS) {
    const row = footerRows[field.key];
    if (row === undefined) {
      reader.report('layout-damaged', `A${lastIndicatorRow + 2}`, `Manca la riga "${field.label}" sotto la tabella`);
      footer[field.key] = `B${lastIndicatorRow + 2 + FOOTER_FIELDS.indexOf(field)}`;
    } else {
      footer[field.key] = cellAddress({ row, column: 1 });
    }
  }

  const objective: Objective = { number, title: asText(headerEntry('title')), planReferences: [], indicators };
  objective.planReferences = planReferencesFrom(asText(headerEntry('planReferences')), asText(entered(reader.at(detail('planReferences')))));
  const kind = kindFromLabel(asText(headerEntry('kind')));
  if (kind) objective.kind = kind;
  const kindText = asText(entered(reader.at(detail('kind'))));
  if (kindText) objective.kindText = kindText;
  const setText = (field: 'description' | 'benefits' | 'resultsText' | 'notes') => {
    const text = asText(headerEntry(field));
    if (text) objective[field] = text;
  };
  setText('description');
  setText('benefits');
  setText('resultsText');
  setText('notes');

  const weight = readNumberEntry(headerEntry('weight'));
  if (weight.error || (weight.value !== null && weight.value < 0)) {
    reader.report('weight-not-number', header.weight, `${objectiveLabel}: peso non valido (${weight.error ?? `${weight.value} è negativo`})`);
  } else if (weight.value !== null) objective.weight = weight.value;

  const amount = readNumberEntry(headerEntry('allocatedAmount'));
  if (amount.error || (amount.value !== null && amount.value < 0)) {
    reader.report('amount-not-number', header.allocatedAmount, `${objectiveLabel}: importo stanziato non valido (${amount.error ?? `${amount.value} è negativo`})`);
  } else if (amount.value !== null) objective.allocatedAmount = amount.value;

  const oivEntry = headerEntry('oivScore');
  const oivText = asText(headerEntry('oivText'));
  if (oivEntry !== null) {
    if (typeof oivEntry === 'number' && oivEntry >= 0 && oivEntry <= 100) objective.oiv = { score: oivEntry, text: oivText };
    else reader.report('oiv-not-number', header.oivScore, `${objectiveLabel}: la valutazione OIV "${asText(oivEntry)}" non è un numero da 0 a 100`);
  }
  if (neutralisation) objective.neutralisation = { reason: neutralisation };

  const footerValue = (field: FooterField) => reader.at(footer[field]).value;
  const statusValue = footerValue('status');
  const computed: ObjectiveComputed = {
    score: computedNumber(footerValue('score')),
    finalDegree: computedNumber(footerValue('finalDegree')),
    status: typeof statusValue === 'string' && STATUSES.has(statusValue) ? (statusValue as Status) : null,
    statusError: isErrorValue(statusValue) ? statusValue : null,
    payable: computedNumber(footerValue('payable')),
    indicators: computedIndicators,
  };
  // A footer error not explained by a row problem (e.g. PERF functions missing) is reported once.
  const explained = reader.problems.some((problem) => problem.code !== 'missing-result');
  if (!explained) {
    for (const field of FOOTER_FIELDS) {
      const value = footerValue(field.key);
      if (isErrorValue(value) && !(field.key === 'score' && value.startsWith('#N/A'))) {
        reader.report('formula-error', footer[field.key], `${objectiveLabel}: "${field.label}" dà l'errore ${value}`);
        break;
      }
    }
  }

  const cells: ObjectiveCells = {
    header,
    headerDetail: { planReferences: detail('planReferences'), kind: detail('kind') },
    tableHeaderRow: (table?.headerRow ?? fresh.tableHeaderRow - 1) + 1,
    firstIndicatorRow,
    lastIndicatorRow: Math.max(firstIndicatorRow, lastIndicatorRow),
    columns: columnLetters,
    footer,
  };
  return { sheetName: sheet.name, objective, computed, cells, indicatorCount: indicators.length, problems: reader.problems };
}

function readIndicatorRow(
  reader: SheetReader,
  cellOf: (column: IndicatorColumn) => SnapshotCell,
  objectiveNumber: number,
  expectResult: boolean,
): { indicator: Indicator; computed: IndicatorComputed } {
  const name = asText(entered(cellOf('name')));
  const who = label(objectiveNumber, name);
  const problemsBefore = reader.problems.length;
  const indicator: Indicator = { name, target: '' };
  if (!name) reader.report('missing-indicator-name', cellOf('name').address, `Obiettivo ${objectiveNumber}: indicatore senza nome`);

  const targetEntry = entered(cellOf('target'));
  indicator.target = asText(targetEntry);
  const revised = asText(entered(cellOf('revisedTarget')));
  const reason = asText(entered(cellOf('revisionReason')));
  if (revised) {
    indicator.revision = { original: indicator.target, revised, reason };
    if (!reason) reader.report('revision-without-reason', cellOf('revisionReason').address, `${who}: target rivisto "${revised}" senza il motivo della revisione`);
  }
  const evaluatedTarget = revised || indicator.target;
  const targetCell = revised ? cellOf('revisedTarget') : cellOf('target');
  if (!evaluatedTarget) reader.report('missing-target', targetCell.address, `${who}: target mancante`);
  else {
    try {
      parseTarget(evaluatedTarget);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      reader.report('unparseable-target', targetCell.address, `${who}: ${error.message}`);
    }
  }

  const baseline = readNumberEntry(entered(cellOf('baseline')));
  if (baseline.error) reader.report('baseline-not-number', cellOf('baseline').address, `${who}: baseline non valida (${baseline.error})`);
  else if (baseline.value !== null) indicator.baseline = baseline.value;

  const threshold = readNumberEntry(entered(cellOf('threshold')));
  if (threshold.error || (threshold.value !== null && (threshold.value < 0 || threshold.value > 1))) {
    reader.report('threshold-not-degree', cellOf('threshold').address, `${who}: soglia non valida (${threshold.error ?? `${formatNumberIt(threshold.value ?? 0)} non è tra 0% e 100%`})`);
  } else if (threshold.value !== null) indicator.threshold = threshold.value;

  const weight = readNumberEntry(entered(cellOf('weight')));
  if (weight.error || (weight.value !== null && weight.value < 0)) {
    reader.report('weight-not-number', cellOf('weight').address, `${who}: peso non valido (${weight.error ?? `${weight.value} è negativo`})`);
  } else if (weight.value !== null) indicator.weight = weight.value;

  const notes = asText(entered(cellOf('notes')));
  if (notes) indicator.notes = notes;

  const degreeCell = cellOf('degree');
  const neutralised = !isFormula(degreeCell.formula) && normalisedLabel(degreeCell.formula) === NOT_EVALUABLE_FIGURE;
  if (neutralised) indicator.neutralised = true;

  const actualCell = cellOf('actual');
  const actual = entered(actualCell);
  if (actual !== null) indicator.actual = actual;
  if (actual === null) {
    // Neutralised objectives and indicators expect no result.
    if (expectResult && !neutralised) reader.report('missing-result', actualCell.address, `${who}: risultato non ancora inserito`);
  } else if (typeof actual === 'string') {
    try {
      parseValue(actual);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      reader.report('unparseable-result', actualCell.address, `${who}: ${error.message}`);
    }
    const inconsistency = ratioInconsistency(actual, notes ? [notes] : []);
    if (inconsistency) {
      const stated = inconsistency.statedPercent;
      const closest = [...inconsistency.readings].sort((a, b) => Math.abs(a - stated) - Math.abs(b - stated))[0];
      const percent = (fraction: number) => `${formatNumberIt(Math.round(fraction * 10000) / 100)}%`;
      reader.report(
        'ratio-inconsistent',
        actualCell.address,
        `${who}: il rapporto "${inconsistency.ratio}" non corrisponde al ${percent(stated)} dichiarato` +
          (closest === undefined ? '' : ` (nella lettura più vicina dà ${percent(closest)})`),
      );
    }
  }

  const achievedValue = cellOf('achieved').value;
  const degreeValue = degreeCell.value;
  if (reader.problems.length === problemsBefore) {
    for (const cell of [cellOf('achieved'), degreeCell]) {
      if (isErrorValue(cell.value) && !cell.value.startsWith('#N/A')) {
        reader.report('formula-error', cell.address, `${who}: la formula dà l'errore ${cell.value}`);
        break;
      }
    }
  }
  return {
    indicator,
    computed: { achieved: computedBoolean(achievedValue), degree: computedNumber(degreeValue) },
  };
}
