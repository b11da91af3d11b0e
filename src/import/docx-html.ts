// mammoth's HTML of a .docx as the report text reads it: one paragraph per line with blank lines between, and each
// table row as `| cell | cell |`, so that tables keep their columns. No DOM: mammoth's HTML is plain and regular.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment: its paragraphs on lines of their own, tags dropped. */
function blocksText(html: string): string {
  return decode(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(?:p|h[1-6]|li)>/gi, '\n\n')
      .replace(/<[^>]+>/g, ''),
  );
}

/** A cell on one line: its paragraphs joined by a space, a "|" inside it kept apart from the separators. */
function cellText(html: string): string {
  return blocksText(html).replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
}

function tableText(html: string): string {
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
    [...row[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) => cellText(cell[1])),
  );
  return rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The document's text from mammoth's HTML. */
export function htmlToReportText(html: string): string {
  const parts: string[] = [];
  let from = 0;
  const tables = /<table[^>]*>([\s\S]*?)<\/table>/gi;
  for (let m = tables.exec(html); m; m = tables.exec(html)) {
    parts.push(blocksText(html.slice(from, m.index)), `\n${tableText(m[1])}\n\n`);
    from = m.index + m[0].length;
  }
  parts.push(blocksText(html.slice(from)));
  return parts.join('');
}
