// A target reduced to what evaluation reads on every row, in one object shape, with `=` and the direction resolved once.
import type { ComparisonOp, Target } from './target';

/** The test a comparison's value is put to: `= v` is reached at v or above (v > 0), at v or below (v < 0), only at 0 (`zero`). */
export type Test = '<' | '<=' | '>' | '>=' | 'zero';

export class CompiledTarget {
  readonly kind: Target['kind'];
  readonly test: Test;
  /** A comparison's value, or a deadline's serial. */
  readonly value: number;
  readonly percent: boolean;
  /** Higher values are better (a comparison). */
  readonly higher: boolean;
  /** A yes/no target's expected answer. */
  readonly expected: boolean;

  constructor(readonly target: Target) {
    this.kind = target.kind;
    this.test = target.kind === 'comparison' ? testOf(target.op, target.value) : 'zero';
    this.value = target.kind === 'comparison' ? target.value : target.kind === 'deadline' ? target.serial : 0;
    this.percent = target.kind === 'comparison' && target.percent;
    this.higher = this.test === '>' || this.test === '>=';
    this.expected = target.kind === 'boolean' && target.expected;
  }
}

function testOf(op: ComparisonOp, value: number): Test {
  if (op !== '=') return op;
  if (value > 0) return '>=';
  return value < 0 ? '<=' : 'zero';
}
