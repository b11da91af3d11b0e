// Reading cells of one sheet snapshot by position or label, collecting the problems found on the way.
import { msg, type Message } from '../core/messages';
import { formatNumberIt } from '../core/format-number';
import { cellAddress, parseCellAddress } from './address';
import type { Labels } from './objective-schema';
import type { Problem, ProblemCode } from './problems';
import { isEmptyEntry, snapshotCellAt, snapshotLastRow, type SheetSnapshot, type SnapshotCell, type SnapshotValue } from './snapshot';

export function normalisedLabel(entry: SnapshotValue): string {
  return typeof entry === 'string' ? entry.trim().toLowerCase() : '';
}

export function isFormula(entry: SnapshotValue): boolean {
  return typeof entry === 'string' && entry.startsWith('=');
}

/** What the analyst entered: the constant, or the computed value when the cell holds a formula. */
export function entered(cell: SnapshotCell): SnapshotValue {
  const raw = isFormula(cell.formula) ? cell.value : cell.formula;
  return isEmptyEntry(raw) ? null : raw;
}

export function asText(entry: SnapshotValue): string {
  if (entry === null) return '';
  if (typeof entry === 'number') return formatNumberIt(entry);
  return String(entry).trim();
}

export function fieldLabel(label: Labels): Message {
  return msg('label.field', { it: label.it, en: label.en });
}

export class SheetReader {
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

  report(code: ProblemCode, address: string, message: Message): void {
    this.problems.push({ sheet: this.snapshot.name, address, objective: this.objectiveNumber, code, message });
  }

  get lastRow(): number {
    return snapshotLastRow(this.snapshot);
  }

  /** Rows (0-based) of the labels in column A between two rows, by key. */
  labelRows(fields: ReadonlyArray<{ key: string; label: Labels }>, fromRow: number, toRow: number): Map<string, number> {
    const byLabel = new Map(fields.map((field) => [field.label.it.toLowerCase(), field.key]));
    const found = new Map<string, number>();
    for (let row = fromRow; row < toRow; row++) {
      const key = byLabel.get(normalisedLabel(this.cell(row, 0).formula));
      if (key !== undefined && !found.has(key)) found.set(key, row);
    }
    return found;
  }

  /** The indicators table: its header row and each column's index by key (optional ones when present); null after reporting why not. */
  locateTable(columns: ReadonlyArray<{ key: string; label: Labels; optional?: true }>): { headerRow: number; columns: Map<string, number> } | null {
    for (let row = 0; row < this.lastRow; row++) {
      if (normalisedLabel(this.cell(row, 0).formula) !== columns[0].label.it.toLowerCase()) continue;
      const headers = new Map<string, number>();
      for (let column = 0; column < 64; column++) {
        const label = normalisedLabel(this.cell(row, column).formula);
        if (label !== '' && !headers.has(label)) headers.set(label, column);
      }
      const found = new Map<string, number>();
      const missing: string[] = [];
      for (const column of columns) {
        const index = headers.get(column.label.it.toLowerCase());
        // A sheet built before an optional column existed simply lacks it: it is added when the sheet is refreshed.
        if (index === undefined) {
          if (!column.optional) missing.push(column.label.it);
        } else found.set(column.key, index);
      }
      if (missing.length > 0) {
        this.report('layout-damaged', cellAddress({ row, column: 0 }), msg('sheet.tableMissingColumns', { columns: missing }));
        return null;
      }
      return { headerRow: row, columns: found };
    }
    this.report('layout-damaged', 'A1', msg('sheet.tableNotFound'));
    return null;
  }
}
