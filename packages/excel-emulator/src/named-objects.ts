// Tables and defined names: Excel's one case-insensitive namespace for both, indexed so that thousands stay
// constant-time to look up, and which records are still live (not deleted).
import type { NameRecord, TableRecord } from './records';

export class NamedObjects {
  /** In creation order; change them only through add/remove/renameTableRecord and add/removeNameRecord (indexes). */
  readonly tables: ReadonlyArray<TableRecord> = [];
  readonly names: ReadonlyArray<NameRecord> = [];
  // Lower-cased name -> records.
  private readonly tablesByName = new Map<string, TableRecord>();
  private readonly namesByName = new Map<string, NameRecord[]>();
  private readonly liveTables = new Set<TableRecord>();
  /** Live tables by sheet id, and the highest table id (null: to find again): both asked once per added table. */
  private readonly tablesBySheet = new Map<string, Set<TableRecord>>();
  private highestTableId: number | null = 0;
  private readonly liveNames = new Set<NameRecord>();
  /** Live names scoped to each sheet, by sheet id: a sheet copy asks once per copy. */
  private readonly scopedCounts = new Map<string, number>();

  /** Table names and defined names share one namespace in Excel (case-insensitive). */
  nameInUse(name: string, scopeSheetId: string | null, except?: TableRecord | NameRecord): boolean {
    const lower = name.toLowerCase();
    const table = this.tablesByName.get(lower);
    if (table !== undefined && table !== except) return true;
    return (this.namesByName.get(lower) ?? []).some((n) => n !== except && n.scopeSheetId === scopeSheetId);
  }

  tableNamed(name: string): TableRecord | undefined {
    return this.tablesByName.get(name.toLowerCase());
  }

  nameRecord(name: string, scopeSheetId: string | null): NameRecord | undefined {
    return (this.namesByName.get(name.toLowerCase()) ?? []).find((n) => n.scopeSheetId === scopeSheetId);
  }

  isLiveTable(table: TableRecord): boolean {
    return this.liveTables.has(table);
  }

  isLiveName(record: NameRecord): boolean {
    return this.liveNames.has(record);
  }

  addTableRecord(table: TableRecord): void {
    (this.tables as TableRecord[]).push(table);
    this.tablesByName.set(table.name.toLowerCase(), table);
    this.liveTables.add(table);
    let onSheet = this.tablesBySheet.get(table.sheetId);
    if (!onSheet) this.tablesBySheet.set(table.sheetId, (onSheet = new Set()));
    onSheet.add(table);
    if (this.highestTableId !== null) this.highestTableId = Math.max(this.highestTableId, Number(table.id));
  }

  /** The id a new table takes: one above the highest of the live tables. */
  nextTableId(): string {
    this.highestTableId ??= this.tables.reduce((max, t) => Math.max(max, Number(t.id)), 0);
    return String(this.highestTableId + 1);
  }

  tablesOnSheet(sheetId: string): TableRecord[] {
    return [...(this.tablesBySheet.get(sheetId) ?? [])];
  }

  removeTableRecord(table: TableRecord): void {
    const list = this.tables as TableRecord[];
    const index = list.indexOf(table);
    if (index >= 0) list.splice(index, 1);
    if (this.tablesByName.get(table.name.toLowerCase()) === table) this.tablesByName.delete(table.name.toLowerCase());
    this.liveTables.delete(table);
    this.tablesBySheet.get(table.sheetId)?.delete(table);
    if (this.highestTableId === Number(table.id)) this.highestTableId = null;
  }

  renameTableRecord(table: TableRecord, name: string): void {
    if (this.tablesByName.get(table.name.toLowerCase()) === table) this.tablesByName.delete(table.name.toLowerCase());
    table.name = name;
    this.tablesByName.set(name.toLowerCase(), table);
  }

  addNameRecord(record: NameRecord): void {
    (this.names as NameRecord[]).push(record);
    const lower = record.name.toLowerCase();
    const same = this.namesByName.get(lower);
    if (same) same.push(record);
    else this.namesByName.set(lower, [record]);
    this.liveNames.add(record);
    if (record.scopeSheetId !== null) this.scopedCounts.set(record.scopeSheetId, (this.scopedCounts.get(record.scopeSheetId) ?? 0) + 1);
  }

  removeNameRecord(record: NameRecord): void {
    const list = this.names as NameRecord[];
    const index = list.indexOf(record);
    if (index >= 0) list.splice(index, 1);
    const lower = record.name.toLowerCase();
    const remaining = (this.namesByName.get(lower) ?? []).filter((n) => n !== record);
    if (remaining.length > 0) this.namesByName.set(lower, remaining);
    else this.namesByName.delete(lower);
    if (this.liveNames.delete(record) && record.scopeSheetId !== null) {
      this.scopedCounts.set(record.scopeSheetId, (this.scopedCounts.get(record.scopeSheetId) ?? 1) - 1);
    }
  }

  hasNamesScopedTo(sheetId: string): boolean {
    return (this.scopedCounts.get(sheetId) ?? 0) > 0;
  }

  /** The defined names called `name` (any case), in every scope. */
  namesCalled(name: string): readonly NameRecord[] {
    return this.namesByName.get(name.toLowerCase()) ?? [];
  }
}
