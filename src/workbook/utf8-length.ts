// Byte size of text on the wire, shared by the payload estimate (src/excel) and the emulator's sync accounting.

/** UTF-8 size of a string without Buffer or TextEncoder allocation (accented Italian letters take two bytes, € three). */
export function utf8Length(text: string): number {
  // Request JSON is mostly ASCII: one native scan settles it without walking every character in script.
  if (!/[^\u0000-\u007f]/.test(text)) return text.length; // eslint-disable-line no-control-regex -- ASCII range test
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
