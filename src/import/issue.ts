/** Something an import could not determine: listed as "da completare" in the preview, never invented. */
export interface ImportIssue {
  /** Number of the objective concerned, or null when it concerns the whole file. */
  objective: number | null;
  /** The field that is missing or wrong, in the model's words (e.g. `indicators[0].actual`). */
  field: string;
  /** What is wrong, in Italian, naming the input and the reason. */
  message: string;
}
