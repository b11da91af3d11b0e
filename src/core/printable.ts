// Text from a file or a cell made safe to print on a terminal: control characters (escape sequences that move the
// cursor, change the title, hide what follows) and bidirectional overrides are shown as their code, never obeyed.

/** C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
function unprintable(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function codeOf(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as \xNN or \uNNNN; newlines (and tabs) are kept only when `lines` is true. */
export function printable(text: string, lines = false): string {
  let shown = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code === 0x0a) shown += lines ? '\n' : '\\n';
    else if (code === 0x09) shown += lines ? '\t' : ' ';
    else shown += unprintable(code) ? codeOf(code) : character;
  }
  return shown;
}
