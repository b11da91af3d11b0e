// From an objective sheet's values and formulas back to the model, with every problem found.
// Cells are found by their labels (analysts insert rows), so a sheet that was edited still reads; a targeted read
// brings its places instead (objective-targets.ts).
import { msg } from '../core/messages';
import type { Objective, Status } from '../core/model';
import { cellAddress, columnIndex, columnLetter, parseCellAddress } from './address';
import { readIndicatorRow, type IndicatorComputed } from './indicator-row';
import { detailAddress, objectiveCells, type ObjectiveCells } from './objective-geometry';
import { OBJECTIVE_SCHEMA, type ObjectiveSchema } from './objective-schema';
import type { Problem } from './problems';
import { asText, entered, fieldLabel, normalisedLabel, SheetReader } from './sheet-reader';
import { isErrorValue, type SheetSnapshot, type SnapshotCell, type SnapshotValue } from './snapshot';

export type { IndicatorComputed } from './indicator-row';

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
  /** Optional header rows this sheet lacks (built before they existed): their `cells.header` address is not theirs. */
  absentHeader: ReadonlySet<string>;
  /** Optional indicator columns this sheet lacks: their `cells.columns` letter is not theirs. */
  absentColumns: ReadonlySet<string>;
  problems: Problem[];
}

/** What a column the sheet lacks holds on every row. */
const EMPTY_CELL: SnapshotCell = { address: '', value: null, formula: null };

const STATUSES: ReadonlySet<string> = new Set(['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile']);

function computedNumber(value: SnapshotValue): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Header rows found by label; a missing one is reported and assumed where a fresh sheet has it. */
function headerCells(reader: SheetReader, schema: ObjectiveSchema, toRow: number, fresh: ObjectiveCells): { header: Record<string, string>; absent: Set<string> } {
  const rows = reader.labelRows(schema.header, 0, toRow);
  const header: Record<string, string> = {};
  const absent = new Set<string>();
  for (const field of schema.header) {
    const row = rows.get(field.key);
    if (row === undefined) {
      absent.add(field.key);
      // A sheet built before an optional row existed simply lacks it: it is added when the sheet is refreshed.
      if (!field.optional) reader.report('layout-damaged', fresh.header[field.key], msg('sheet.headerRowMissing', { label: field.label.it }));
    }
    header[field.key] = row === undefined ? fresh.header[field.key] : cellAddress({ row, column: 1 });
  }
  return { header, absent };
}

/** The header's values into the objective, in schema order (the plan's codes before their words). */
function readHeader(reader: SheetReader, schema: ObjectiveSchema, header: Record<string, string>, absent: Set<string>, objective: Objective): void {
  const who = msg('label.objective', { number: objective.number });
  for (const field of schema.header) {
    if (field.key === 'number' || absent.has(field.key)) continue;
    const cell = reader.at(header[field.key]);
    const read = field.codec.read(entered(cell));
    if (!read.ok) reader.report(field.invalid, cell.address, msg('sheet.invalidField', { who, field: fieldLabel(field.label), reason: read.reason }));
    else if (read.value !== undefined) field.set(objective, read.value);
    const detail = field.detail ? asText(entered(reader.at(detailAddress(header[field.key])))) : '';
    if (field.detail && detail !== '') field.detail.set(objective, detail);
  }
}

/** The indicators table where `cells` (confirmed by the sheet's table and named items) puts it. */
function knownTable(cells: ObjectiveCells, schema: ObjectiveSchema): { headerRow: number; columns: Map<string, number> } {
  return { headerRow: cells.tableHeaderRow - 1, columns: new Map(schema.indicators.map((field) => [field.key, columnIndex(cells.columns[field.key])])) };
}

/** The footer rows (0-based) where `cells` puts them. */
function footerRowsOf(cells: ObjectiveCells): Map<string, number> {
  return new Map(Object.entries(cells.footer).map(([key, address]) => [key, parseCellAddress(address).row]));
}

/** Reads one tagged objective sheet; `schema` is the product's own unless a test extends it. */
export function readObjectiveSheet(sheet: SheetSnapshot, schema: ObjectiveSchema = OBJECTIVE_SCHEMA): ObjectiveReading {
  const taggedNumber = sheet.tag?.kind === 'objective' ? sheet.tag.number : null;
  const reader = new SheetReader(sheet, taggedNumber);
  const fresh = objectiveCells(1, schema);
  const known = sheet.cells;
  const table = known ? knownTable(known, schema) : reader.locateTable(schema.indicators);
  const { header, absent } = known ? { header: { ...known.header }, absent: new Set<string>() } : headerCells(reader, schema, table?.headerRow ?? reader.lastRow, fresh);

  const numberEntry = entered(reader.at(header.number));
  const number = taggedNumber ?? (typeof numberEntry === 'number' ? numberEntry : 0);
  const objective: Objective = { number, title: '', planReferences: [], indicators: [] };
  readHeader(reader, schema, header, absent, objective);

  // Indicators: rows under the table header until an empty row or the footer.
  const footerLabels = new Set(schema.footer.map((field) => field.label.it.toLowerCase()));
  const computedIndicators: IndicatorComputed[] = [];
  let lastIndicatorRow = (table?.headerRow ?? 0) + 1;
  const columns: Record<string, string> = { ...fresh.columns };
  if (table) {
    for (const [key, index] of table.columns) columns[key] = columnLetter(index);
    const inputKeys = schema.indicators.filter((field) => field.role !== 'computed').map((field) => field.key);
    // Where the places are known, the footer's labels were not read: its first row ends the table instead.
    const end = known ? parseCellAddress(known.footer.score).row : reader.lastRow;
    for (let row = table.headerRow + 1; row < end; row++) {
      if (footerLabels.has(normalisedLabel(reader.cell(row, 0).formula))) break;
      const cellOf = (key: string) => {
        const index = table.columns.get(key);
        return index === undefined ? EMPTY_CELL : reader.cell(row, index);
      };
      if (inputKeys.every((key) => entered(cellOf(key)) === null)) break;
      lastIndicatorRow = row + 1;
      const reading = readIndicatorRow(reader, cellOf, schema, number, objective.neutralisation === undefined);
      objective.indicators.push(reading.indicator);
      computedIndicators.push(reading.computed);
    }
  }
  const firstIndicatorRow = (table?.headerRow ?? fresh.tableHeaderRow - 1) + 2;

  const footerRows = known ? footerRowsOf(known) : reader.labelRows(schema.footer, lastIndicatorRow, reader.lastRow);
  const footer: Record<string, string> = {};
  schema.footer.forEach((field, index) => {
    const row = footerRows.get(field.key);
    if (row === undefined) reader.report('layout-damaged', `A${lastIndicatorRow + 2}`, msg('sheet.footerRowMissing', { label: field.label.it }));
    footer[field.key] = row === undefined ? `B${lastIndicatorRow + 2 + index}` : cellAddress({ row, column: 1 });
  });

  const footerValue = (key: string) => reader.at(footer[key]).value;
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
  if (!reader.problems.some((problem) => problem.code !== 'missing-result')) {
    const broken = schema.footer.find((field) => {
      const value = footerValue(field.key);
      return isErrorValue(value) && !(field.key === 'score' && value.startsWith('#N/A'));
    });
    if (broken) {
      const who = msg('label.objective', { number });
      reader.report('formula-error', footer[broken.key], msg('sheet.footerError', { who, field: fieldLabel(broken.label), error: String(footerValue(broken.key)) }));
    }
  }

  const cells: ObjectiveCells = {
    header: header as ObjectiveCells['header'],
    tableHeaderRow: (table?.headerRow ?? fresh.tableHeaderRow - 1) + 1,
    firstIndicatorRow,
    lastIndicatorRow: Math.max(firstIndicatorRow, lastIndicatorRow),
    columns: columns as ObjectiveCells['columns'],
    footer: footer as ObjectiveCells['footer'],
  };
  const absentColumns = new Set(table ? schema.indicators.filter((field) => !table.columns.has(field.key)).map((field) => field.key) : []);
  return { sheetName: sheet.name, objective, computed, cells, indicatorCount: objective.indicators.length, absentHeader: absent, absentColumns, problems: reader.problems };
}
