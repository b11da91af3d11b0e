// The objectives a workbook holds, recorded on its settings sheet (column H, one number per row, named
// TRG_OBJECTIVES), so that a deleted or misdirected objective sheet is a problem with a name instead of totals
// that change in silence. The record only grows as objectives are built; an analyst removes a number by hand.
import { msg } from '../core/messages';
import { cellAddress, parseCellAddress } from './address';
import { numberCell, textCell } from './cells';
import type { SheetLayout } from './layout';
import type { Problem } from './problems';
import type { ObjectiveReading } from './readers';
import { snapshotCell, type SheetSnapshot } from './snapshot';
import { NUMBER_FORMATS } from './styles';

export const OBJECTIVES_RECORD_NAME = 'TRG_OBJECTIVES';
const RECORD_COLUMN = 'H';
/** The record's header: the reader finds the column by it, wherever an edit moved it. */
export const OBJECTIVES_RECORD_LABEL = 'Obiettivi della cartella';

/** The settings layout with the record of `numbers` beside its rows. */
export function withObjectiveRecord(layout: SheetLayout, numbers: Iterable<number>): SheetLayout {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const cells = [[textCell(OBJECTIVES_RECORD_LABEL, 'header')], ...sorted.map((number) => [numberCell(number, NUMBER_FORMATS.integer)])];
  const names = sorted.length === 0 ? [] : [{ name: OBJECTIVES_RECORD_NAME, address: `${RECORD_COLUMN}2:${RECORD_COLUMN}${sorted.length + 1}` }];
  return {
    ...layout,
    blocks: [...layout.blocks, { address: `${RECORD_COLUMN}1`, cells }],
    columnWidths: [...layout.columnWidths, { column: RECORD_COLUMN, width: 120 }],
    names: [...layout.names, ...names],
  };
}

/** Each recorded number with its cell; null when the sheet has no record (built before there was one). */
function recordEntries(settings: SheetSnapshot | null): { number: number; address: string }[] | null {
  if (settings === null) return null;
  const origin = parseCellAddress(settings.origin);
  const header = settings.values[0] ?? [];
  const column = header.findIndex((value) => typeof value === 'string' && value.trim() === OBJECTIVES_RECORD_LABEL);
  if (column < 0) return null;
  // Every number below the header counts: a cleared cell in the middle does not end the list.
  return settings.values.slice(1).flatMap((row, index) => {
    const value = row[column];
    const address = cellAddress({ row: origin.row + 1 + index, column: origin.column + column });
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? [{ number: value, address }] : [];
  });
}

/** The recorded numbers; null when the sheet has no record (built before there was one). */
export function recordedObjectives(settings: SheetSnapshot | null): number[] | null {
  return recordEntries(settings)?.map((entry) => entry.number) ?? null;
}

/** The number an objective sheet's own N. cell shows, when it is a number. */
function ownNumber(reading: ObjectiveReading, sheets: ReadonlyArray<SheetSnapshot>): number | null {
  const sheet = sheets.find((candidate) => candidate.name === reading.sheetName);
  const value = sheet ? snapshotCell(sheet, reading.cells.header.number).value : null;
  return typeof value === 'number' ? value : null;
}

/**
 * What keeps the readings from being every objective: no settings sheet (so no record and default rules), a recorded
 * objective no sheet carries, a sheet read as one objective while its N. cell names another (our named items moved).
 */
export function recordProblems(readings: ReadonlyArray<ObjectiveReading>, sheets: ReadonlyArray<SheetSnapshot>, settings: SheetSnapshot | null): Problem[] {
  const problems: Problem[] = [];
  if (settings === null && readings.length > 0) {
    problems.push({ sheet: readings[0].sheetName, address: 'A1', objective: null, code: 'settings-missing', message: msg('record.settingsMissing') });
  }
  for (const reading of readings) {
    const own = ownNumber(reading, sheets);
    if (own !== null && own !== reading.objective.number) {
      const said = { sheet: reading.sheetName, read: reading.objective.number, own };
      problems.push({ sheet: reading.sheetName, address: reading.cells.header.number, objective: reading.objective.number, code: 'objective-misdirected', message: msg('record.misdirected', said) });
    }
  }
  const read = new Set(readings.map((reading) => reading.objective.number));
  for (const { number, address } of recordEntries(settings) ?? []) {
    if (read.has(number)) continue;
    problems.push({ sheet: settings?.name ?? '', address, objective: number, code: 'objective-missing', message: msg('record.missing', { number, sheet: settings?.name ?? '', address }) });
  }
  return problems;
}
