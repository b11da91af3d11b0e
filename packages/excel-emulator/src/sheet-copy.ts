// Worksheet.copy: a new sheet with the source's cells, formats, sizes, conditional formats, tables and charts.
import { invalidArgument, notEmulated } from './errors';
import type { SheetRecord, TableRecord } from './records';
import { sheetNameProblem } from './sheet-name';
import type { WorkbookState } from './workbook-state';

export type CopyPosition = 'None' | 'Before' | 'After' | 'Beginning' | 'End';

const MAX_SHEET_NAME = 31;

/** Excel names a copy "Name (2)", shortening the name so the suffix fits in 31 characters. */
function copyName(state: WorkbookState, source: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${source.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!state.sheetByName(candidate) && sheetNameProblem(candidate, () => undefined) === null) return candidate;
  }
}

/** Where the search for each table's copy name stopped, per workbook: copies of one sheet do not try the same names again. */
const tableCopyCounters = new WeakMap<WorkbookState, Map<string, number>>();

/** Table names are unique in the workbook: the copy's table takes the first free "Name2", "Name3"... */
function copiedTableName(state: WorkbookState, name: string): string {
  let counters = tableCopyCounters.get(state);
  if (!counters) tableCopyCounters.set(state, (counters = new Map()));
  for (let n = counters.get(name.toLowerCase()) ?? 2; ; n++) {
    if (state.named.nameInUse(`${name}${n}`, null)) continue;
    counters.set(name.toLowerCase(), n + 1);
    return `${name}${n}`;
  }
}

/** Whether a sheet's contents name the sheet itself, remembered per contents read (copies of one sheet ask once). */
const namesItself = new WeakMap<object, boolean>();

/** A formula naming its own sheet would have to follow the copy, which the emulator does not rewrite. */
function refuseSelfReferences(source: SheetRecord, contents: readonly (readonly unknown[])[]): void {
  let found = namesItself.get(contents);
  if (found === undefined) {
    const marks = [`'${source.name.replace(/'/g, "''").toLowerCase()}'!`, `${source.name.toLowerCase()}!`];
    found = contents.some((line) => line.some((cell) => typeof cell === 'string' && cell.startsWith('=') && marks.some((mark) => cell.toLowerCase().includes(mark))));
    namesItself.set(contents, found);
  }
  if (found) throw notEmulated(`Worksheet.copy of "${source.name}", whose formulas name the sheet itself (Excel would point them at the copy)`);
}

function targetPosition(state: WorkbookState, position: unknown, relativeTo: SheetRecord | null, location: string): number {
  switch (position ?? 'None') {
    case 'None':
    case 'Beginning':
      return 0;
    case 'End':
      return state.sheets.length - 1;
    case 'Before':
    case 'After': {
      if (!relativeTo) throw invalidArgument(`Worksheet.copy("${String(position)}") needs the worksheet to place the copy next to`, location);
      const index = state.sheets.indexOf(relativeTo);
      return position === 'Before' ? index : index + 1;
    }
    default:
      throw invalidArgument(`position type "${String(position)}" must be None, Before, After, Beginning or End`, location);
  }
}

export function copySheet(state: WorkbookState, source: SheetRecord, position: unknown, relativeTo: SheetRecord | null, location: string): SheetRecord {
  if (state.named.hasNamesScopedTo(source.id)) throw notEmulated(`Worksheet.copy of "${source.name}", which has names scoped to it`);
  refuseSelfReferences(source, state.cells.sheetContents(source.hfId));
  const copy = state.addSheet(copyName(state, source.name), location);
  state.cells.copySheetContents(source.hfId, copy.hfId);
  copy.tabColor = source.tabColor;
  copy.showGridlines = source.showGridlines;
  copy.styles = source.styles.clone();
  copy.columnWidths = new Map(source.columnWidths);
  copy.rowHeights = new Map(source.rowHeights);
  copy.freeze = { ...source.freeze };
  for (const [key, property] of source.customProperties) copy.customProperties.set(key, { ...property });
  copy.conditionalFormats = source.conditionalFormats.map((format) => ({
    ...structuredClone(format),
    id: state.nextObjectId(),
  }));
  copy.charts = source.charts.map((chart) => ({
    ...structuredClone(chart),
    id: state.nextObjectId(),
    source: chart.source && chart.source.sheetId === source.id ? { sheetId: copy.id, rect: { ...chart.source.rect } } : chart.source,
  }));
  for (const table of state.named.tablesOnSheet(source.id)) {
    const copied: TableRecord = {
      ...table,
      id: state.named.nextTableId(),
      name: copiedTableName(state, table.name),
      sheetId: copy.id,
      rect: { ...table.rect },
    };
    state.named.addTableRecord(copied);
  }
  state.moveSheet(copy, targetPosition(state, position, relativeTo, location), location);
  return copy;
}
