// 100,000 rows of =PERF.ACHIEVED(An,"<= 0") against the same sheet with the native =An<=0, in HyperFormula, one run each.
// Run: npx tsx bench/functions.bench.ts   (goal: ratio under 3×)
import type { RawCellContent } from 'hyperformula';
import { loadFunctionsMetadata } from '../src/engine/functions-metadata-node';
import { createPerfHyperFormula } from '../src/engine/hyperformula';

const ROWS = 100_000;
const metadata = loadFunctionsMetadata();

// Deterministic results between -5 and 5 with two decimals, as ITP-like values.
function results(rows: number): number[] {
  let seed = 20220731;
  return Array.from({ length: rows }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.round(((seed / 2147483648) * 10 - 5) * 100) / 100;
  });
}

function buildSheet(rows: number, formula: (row: number) => string): { ms: number; achieved: number } {
  const values = results(rows);
  const content: RawCellContent[][] = values.map((value, i) => [value, formula(i + 1)]);
  const hf = createPerfHyperFormula({ metadata });
  const sheet = hf.getSheetId(hf.addSheet('Bench'))!;
  const start = performance.now();
  hf.setSheetContent(sheet, content); // parses and evaluates every formula
  const ms = performance.now() - start;
  const computed = hf.getSheetValues(sheet);
  const achieved = computed.filter((row) => row[1] === true).length;
  hf.destroy();
  return { ms, achieved };
}

const perf = (row: number) => `=PERF.ACHIEVED(A${row},"<= 0")`;
const native = (row: number) => `=A${row}<=0`;

// A small warm-up of both, so neither pays the JIT alone.
buildSheet(2_000, perf);
buildSheet(2_000, native);

const custom = buildSheet(ROWS, perf);
const builtin = buildSheet(ROWS, native);
if (custom.achieved !== builtin.achieved) {
  console.error(`Different results: PERF.ACHIEVED ${custom.achieved} TRUE, native ${builtin.achieved} TRUE`);
  process.exitCode = 1;
}
const ratio = custom.ms / builtin.ms;
console.log(`functions: ${ROWS.toLocaleString('en')} rows in HyperFormula (${custom.achieved} TRUE in both)`);
console.log(`  =PERF.ACHIEVED(An,"<= 0")  ${custom.ms.toFixed(0)} ms`);
console.log(`  =An<=0                     ${builtin.ms.toFixed(0)} ms`);
console.log(`  ratio ${ratio.toFixed(2)}× (goal < 3×)`);
