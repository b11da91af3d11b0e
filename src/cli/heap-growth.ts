// How far V8 lets the heap grow past what the last full collection kept. By default a large heap may grow to about
// twice its live data before the next one. Measured at 10,000 objectives once the emulated workbook shrank: 50% peaked
// at 2.33 GB; 30% at 1.83-2.06 GB over five runs; 25% at 1.81-1.82 GB in two, for 10.3-10.7x the CPU time of
// 1,000 objectives (9.2-13.3x at 30%). The goal is 0.2 MB per objective, so 25%.
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

const HEAP_GROWING_PERCENT = 25;

/** Read by V8 at each collection, so it applies from the next one on; once per process is enough. */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * A full collection now, where much has just become garbage: the heap's next limit is then set from what is live,
 * not from what was live before (a built workbook's parse cache, dropped when sealed, is about a tenth of it).
 */
export function collectGarbageNow(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
