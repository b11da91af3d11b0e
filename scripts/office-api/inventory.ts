// The member uses folded into the inventory's rows, and per requirement set the version the add-in needs: the highest
// among accesses made without a run-time check, and apart the higher ones it checks for before using them.
import { compareVersions, type AccessKind, type ApiSetNeed } from './api-set-tags';
import type { MemberUse } from './collect-usage';
import type { RunTimeGuard } from './run-time-guards';

export interface InventoryRow {
  member: string;
  access: AccessKind;
  need: ApiSetNeed | null;
  /** The check that covers this access (same set, version at least the one needed); null when none does. */
  guard: RunTimeGuard | null;
  files: string[];
}

export interface SetRequirement {
  set: string;
  version: string;
  members: string[];
}

export interface Inventory {
  rows: InventoryRow[];
  /** Per set, the highest version needed by accesses without a run-time check. */
  required: SetRequirement[];
  /** Per set and version above `required`, the accesses made only after checking for it. */
  checked: SetRequirement[];
}

function coveringGuard(use: MemberUse): RunTimeGuard | null {
  const need = use.need;
  if (!need) return null;
  return use.guards.find((guard) => guard.set === need.set && compareVersions(guard.version, need.version) >= 0) ?? null;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rowsOf(uses: readonly MemberUse[]): InventoryRow[] {
  const rows = new Map<string, InventoryRow>();
  for (const use of uses) {
    const guard = coveringGuard(use);
    const key = JSON.stringify([use.member, use.access, use.need, guard]);
    const row = rows.get(key) ?? { member: use.member, access: use.access, need: use.need, guard, files: [] };
    if (!row.files.includes(use.file)) row.files.push(use.file);
    rows.set(key, row);
  }
  for (const row of rows.values()) row.files.sort(byText);
  return [...rows.values()].sort((a, b) => byText(a.member, b.member) || byText(a.access, b.access) || (a.guard ? 1 : 0) - (b.guard ? 1 : 0));
}

/** The highest version per set among `rows`, with the members that need exactly it. */
function highest(rows: readonly InventoryRow[]): SetRequirement[] {
  const bySet = new Map<string, SetRequirement>();
  for (const row of rows) {
    if (!row.need) continue;
    const current = bySet.get(row.need.set);
    const order = current ? compareVersions(row.need.version, current.version) : 1;
    if (order > 0) bySet.set(row.need.set, { set: row.need.set, version: row.need.version, members: [row.member] });
    else if (order === 0 && !current!.members.includes(row.member)) current!.members.push(row.member);
  }
  return [...bySet.values()].sort((a, b) => byText(a.set, b.set));
}

function checkedAbove(rows: readonly InventoryRow[], required: readonly SetRequirement[]): SetRequirement[] {
  const checked = new Map<string, SetRequirement>();
  for (const row of rows) {
    if (!row.need || !row.guard) continue;
    const floor = required.find((requirement) => requirement.set === row.need!.set);
    if (floor && compareVersions(row.need.version, floor.version) <= 0) continue;
    const key = `${row.guard.set} ${row.guard.version}`;
    const entry = checked.get(key) ?? { set: row.guard.set, version: row.guard.version, members: [] };
    if (!entry.members.includes(row.member)) entry.members.push(row.member);
    checked.set(key, entry);
  }
  return [...checked.values()].sort((a, b) => byText(a.set, b.set) || compareVersions(b.version, a.version));
}

export function buildInventory(uses: readonly MemberUse[]): Inventory {
  const rows = rowsOf(uses);
  const required = highest(rows.filter((row) => row.guard === null));
  return { rows, required, checked: checkedAbove(rows, required) };
}
