// How an error's statement shows a queued call's arguments: short, and without serialising megabytes to show 40 characters.

const SHOWN_ARGUMENT_LENGTH = 40;

/**
 * JSON of `value`, stopping soon after `limit` characters: the same text as JSON.stringify up to the limit, without
 * serialising a 2-D array of thousands of formulas for a statement that shows 40 characters of it.
 */
function boundedJson(value: unknown, limit: number): string | undefined {
  if (!Array.isArray(value)) return JSON.stringify(value);
  let text = '[';
  for (let index = 0; index < value.length; index++) {
    if (index > 0) text += ',';
    const item = value[index];
    // Inside arrays JSON.stringify writes null for what it cannot serialise.
    text += boundedJson(item, limit - text.length) ?? 'null';
    if (text.length > limit) return text;
  }
  return `${text}]`;
}

/** Short, bounded rendering of arguments for error statements; an API object shows as its type. */
export function describeArgs(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (a !== null && typeof a === 'object' && '_typeName' in a) return String((a as { _typeName: unknown })._typeName);
      const text = boundedJson(a, SHOWN_ARGUMENT_LENGTH) ?? String(a);
      return text.length > SHOWN_ARGUMENT_LENGTH ? `${text.slice(0, SHOWN_ARGUMENT_LENGTH - 3)}...` : text;
    })
    .join(', ');
}
