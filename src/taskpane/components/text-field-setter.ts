// Forms keep what the analyst typed as text in a draft and validate it on submit; this wires an input to a draft field.

/** The draft's fields that take any text (not a fixed set of choices such as a Select's). */
export type TextFieldOf<D> = { [K in keyof D]-?: string extends D[K] ? (D[K] extends string ? K : never) : never }[keyof D];

/** Fluent's onChange for an Input or Textarea that copies the typed text into `field` of the draft. */
export type TextChangeHandler = (_event: unknown, data: { value: string }) => void;

/** `update` receives the change to apply to the current draft (React's setState accepts it as it is). */
export function textFieldSetter<D>(update: (change: (draft: D) => D) => void): (field: TextFieldOf<D>) => TextChangeHandler {
  return (field) => (_event, data) => update((draft) => ({ ...draft, [field]: data.value }));
}
