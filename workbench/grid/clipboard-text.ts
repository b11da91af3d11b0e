// Cells as the text/plain that spreadsheets put on the clipboard: tabs between cells, a line per row, and quotes
// around a cell holding a tab, a line break or a quote (Excel and Google Sheets both write and read this).

const NEEDS_QUOTES = /[\t\r\n"]/;

/** Rows of cell texts as Excel copies them: CRLF after every row. */
export function toClipboardText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((text) => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text)).join('\t') + '\r\n').join('');
}

/** The block a pasted text describes: one row per line, one cell per tab; every row as long as the longest. */
export function parseClipboardText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '') {
      // A quoted cell runs to the next lone quote; a doubled quote inside is one quote.
      let j = i + 1;
      let quoted = '';
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) {
        quoted += text[j];
        j += text[j] === '"' ? 2 : 1;
      }
      if (j < text.length && (j + 1 === text.length || /[\t\r\n]/.test(text[j + 1]))) {
        cell = quoted;
        i = j + 1;
        continue;
      }
    }
    if (ch === '\t') endCell();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += ch;
    i += 1;
  }
  // The line break after the last row is not one more, empty row.
  if (cell !== '' || row.length > 0) endRow();
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}
