// Something an import could not determine, with where it is and why, as a catalogue message.
import type { Message } from '../core/messages';

/** Listed as "da completare" in the preview, never invented. */
export interface ImportIssue {
  /** Number of the objective concerned, or null when it concerns the whole file. */
  objective: number | null;
  /** The field that is missing or wrong, in the model's words (`indicators[0].actual`); fieldLabel names it for people. */
  field: string;
  /** What is wrong, naming the input and the reason; rendered in the reader's language. */
  message: Message;
}
