// PERF.* custom functions: thin JSDoc wrappers over src/core; every decision lives in core.
import { evaluateIndicator } from '../core/evaluate';

/**
 * Tells whether an indicator's result reaches its target.
 * @customfunction ACHIEVED
 * @param actual Result as measured, e.g. 49,96 or "49,96" or "112/112" or "SI".
 * @param target Target as written in the plan, e.g. "< 75 gg", ">= 8", "100%", "entro 31/07/2022".
 * @returns TRUE when the target is reached, FALSE otherwise.
 */
export function achieved(actual: any, target: string): boolean {
  return evaluateIndicator(actual, target).achieved === true;
}
