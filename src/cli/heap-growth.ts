// How far V8 lets the heap grow past what the last full collection kept. By default a large heap may grow to about
// twice its live data before the next one, so a 10,000-objective build peaked near 2x what it holds; 20% keeps the
// peak close to the live data at the cost of more, proportionally sized, collections.
import { setFlagsFromString } from 'v8';

const HEAP_GROWING_PERCENT = 20;

/** Read by V8 at each collection, so it applies from the next one on; once per process is enough. */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
