// Byte size of a request on the wire, as the payload limit of Excel on the web counts it.

const encoder = new TextEncoder();

/** UTF-8 size of a string (accented Italian letters take two bytes, € three). */
export function utf8Length(text: string): number {
  // Request JSON is mostly ASCII: one native scan settles it without encoding.
  if (!/[^\u0000-\u007f]/.test(text)) return text.length; // eslint-disable-line no-control-regex -- ASCII range test
  return encoder.encode(text).length;
}
