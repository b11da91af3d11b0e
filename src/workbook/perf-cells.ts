// PERF formulas Excel has not evaluated. A workbook opened before the add-in loaded, or built outside Excel, shows
// #NAME? in them until each formula is entered again (OfficeDev/Excel-Custom-Functions#108); these are the cells to
// enter again, and the formula text to enter.
import { parseCellAddress, rangeAddress } from './address';
import type { SheetSnapshot } from './snapshot';

/** What a cell shows when its formula calls a function Excel does not know (yet): #NAME?, in Italian #NOME?. */
const UNKNOWN_NAME = new Set(['#NAME?', '#NOME?']);

/**
 * A PERF call as Office.js may show it: PERF.STATUS(, an Italian name typed before the add-in loaded (PERF.STATO(),
 * or the form Excel saves in files (_xldudf_PERF_STATUS( or _xldudf_PERF.STATUS(). Group 1 is the function's name.
 */
const PERF_CALL = /(?<![A-Za-z0-9_.])(?:_xldudf_PERF[._]|PERF\.)([A-Za-z][A-Za-z0-9_.]*)\(/gi;
const HAS_PERF_CALL = new RegExp(PERF_CALL.source, 'i');

/** Italian function names to the functions' own, upper case: "STATO" -> "STATUS" (src/functions/functions-it-names.json). */
export type PerfNames = ReadonlyMap<string, string>;

/** One column run of cells to enter again, with the formulas to enter (Range.formulas' shape). */
export interface PerfReentry {
  sheet: string;
  address: string;
  formulas: string[][];
}

/** Applies `map` to the formula outside its quoted parts ("text", 'sheet name'), which are kept as they are. */
function outsideQuotes(formula: string, map: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, index) => (index % 2 === 1 ? part : map(part)))
    .join('');
}

export function callsPerf(formula: unknown): formula is string {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  let found = false;
  outsideQuotes(formula, (code) => {
    found ||= HAS_PERF_CALL.test(code);
    return code;
  });
  return found;
}

/** True when the cell's formula calls PERF and Excel shows that it did not know the function when it last computed. */
export function perfNotEvaluated(value: unknown, formula: unknown): boolean {
  return typeof value === 'string' && UNKNOWN_NAME.has(value.trim().toUpperCase()) && callsPerf(formula);
}

/** The formula with every PERF call under the function's own name, as Range.formulas takes it: =PERF.STATUS(…). */
export function perfFormulaToEnter(formula: string, names: PerfNames): string {
  return outsideQuotes(formula, (code) =>
    code.replace(PERF_CALL, (_call, name: string) => {
      const upper = name.toUpperCase().replace(/_/g, '.');
      return `PERF.${names.get(upper) ?? upper}(`;
    }),
  );
}

/** How many cells of the sheet call PERF without Excel having evaluated them. */
export function unevaluatedPerfCount(snapshot: SheetSnapshot): number {
  let count = 0;
  snapshot.values.forEach((row, r) => row.forEach((value, c) => (count += perfNotEvaluated(value, snapshot.formulas[r]?.[c]) ? 1 : 0)));
  return count;
}

/**
 * Every PERF formula of the sheet, to enter again in runs down each column: Excel binds a function name when a formula
 * is entered, so the cells that show "" today (their PERF call skipped) would show #NAME? at the next input otherwise.
 */
export function perfReentries(snapshot: SheetSnapshot, names: PerfNames): PerfReentry[] {
  const origin = parseCellAddress(snapshot.origin);
  const columns = Math.max(0, ...snapshot.formulas.map((row) => row.length));
  const runs: PerfReentry[] = [];
  for (let c = 0; c < columns; c += 1) {
    let run: { top: number; formulas: string[][] } | null = null;
    for (let r = 0; r <= snapshot.formulas.length; r += 1) {
      const formula = snapshot.formulas[r]?.[c];
      if (callsPerf(formula)) {
        run ??= { top: r, formulas: [] };
        run.formulas.push([perfFormulaToEnter(formula, names)]);
        continue;
      }
      if (run) {
        const topLeft = { row: origin.row + run.top, column: origin.column + c };
        runs.push({ sheet: snapshot.name, address: rangeAddress(topLeft, run.formulas.length, 1), formulas: run.formulas });
        run = null;
      }
    }
  }
  return runs;
}

