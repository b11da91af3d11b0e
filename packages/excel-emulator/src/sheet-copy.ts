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

/** Table names are unique in the workbook: the copy's table takes the first free "Name2", "Name3"... */
function copiedTableName(state: WorkbookState, name: string): string {
  for (let n = 2; ; n++) if (!state.named.nameInUse(`${name}${n}`, null)) return `${name}${n}`;
}

/** A formula naming its own sheet would have to follow the copy, which the emulator does not rewrite. */
function refuseSelfReferences(state: WorkbookState, source: SheetRecord): void {
  const extent = state.cells.dataExtent(source.hfId);
  if (!extent) return;
  const escaped = source.name.replace(/'/g, "''").toLowerCase();
  const marks = [`'${escaped}'!`, `${source.name.toLowerCase()}!`];
  for (const line of state.cells.formulaTexts(source.hfId, extent)) {
    for (const formula of line) {
      if (formula !== undefined && marks.some((mark) => formula.toLowerCase().includes(mark))) {
        throw notEmulated(`Worksheet.copy of "${source.name}", whose formulas name the sheet itself (Excel would point them at the copy)`);
      }
    }
  }
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
  if (state.named.names.some((record) => record.scopeSheetId === source.id && state.named.isLiveName(record))) {
    throw notEmulated(`Worksheet.copy of "${source.name}", which has names scoped to it`);
  }
  refuseSelfReferences(state, source);
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
  for (const table of state.named.tables.filter((t) => t.sheetId === source.id && state.named.isLiveTable(t))) {
    const copied: TableRecord = {
      ...table,
      id: String(state.named.tables.reduce((max, t) => Math.max(max, Number(t.id)), 0) + 1),
      name: copiedTableName(state, table.name),
      sheetId: copy.id,
      rect: { ...table.rect },
    };
    state.named.addTableRecord(copied);
  }
  state.moveSheet(copy, targetPosition(state, position, relativeTo, location), location);
  return copy;
}
