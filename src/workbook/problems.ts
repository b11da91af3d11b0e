// What the readers find wrong in a sheet, each with its sheet and cell so the task pane can select it.
import type { Message } from '../core/messages';

export type ProblemCode =
  | 'missing-result'
  | 'missing-target'
  | 'unparseable-target'
  | 'unparseable-result'
  | 'ratio-inconsistent'
  | 'revision-without-reason'
  | 'weight-not-number'
  | 'baseline-not-number'
  | 'threshold-not-degree'
  | 'oiv-not-number'
  | 'verdict-unknown'
  | 'verdict-disagreement'
  | 'missing-shortfall-reason'
  | 'amount-not-number'
  | 'missing-indicator-name'
  | 'formula-error'
  | 'layout-damaged'
  | 'duplicate-objective'
  | 'objective-missing'
  | 'objective-misdirected'
  | 'settings-missing'
  | 'setting-invalid'
  | 'rules-warning';

export interface Problem {
  sheet: string;
  /** A1 address on `sheet`. */
  address: string;
  /** The objective concerned, or null for the workbook as a whole. */
  objective: number | null;
  code: ProblemCode;
  /** Names the input and the reason; rendered in the reader's language. */
  message: Message;
}
