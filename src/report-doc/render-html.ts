// The document's tables as HTML for the clipboard ("Copia tabelle", where the host refuses a download): each
// objective's heading and indicator table, then the summary, with inline styles Word keeps when it pastes them.
import { STATUS_COLORS } from '../workbook/styles';
import type { DocBlock, DocTable } from './blocks';
import type { RelazioneDocument } from './relazione';

const BORDER = 'border:1px solid #8EA9DB;padding:3px 5px;vertical-align:top';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function tableHtml(table: DocTable): string {
  const size = table.compact ? '8pt' : '10pt';
  const header = table.columns.some((column) => column.header !== '')
    ? `<tr>${table.columns.map((column) => `<th style="${BORDER};background:#D9E2F3;text-align:${column.align};width:${Math.round(column.width * 100)}%">${escape(column.header)}</th>`).join('')}</tr>`
    : '';
  const rows = table.rows.map((row) => {
    const cells = table.columns.map((column, index) => {
      const colors = index === table.statusColumn && row.status ? STATUS_COLORS[row.status] : null;
      const shade = row.total ? ';background:#F2F2F2;font-weight:bold' : colors ? `;background:${colors.fill};color:${colors.font}` : '';
      const text = (row.cells[index] ?? []).map(escape).join('<br>');
      return `<td style="${BORDER};text-align:${column.align}${shade}">${text}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table style="border-collapse:collapse;width:100%;font-family:Calibri,sans-serif;font-size:${size}">${header}${rows.join('')}</table>`;
}

/** Headings give each table its place; paragraphs stay in the .docx. */
function blockHtml(block: DocBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level + 1} style="font-family:Calibri,sans-serif;color:#1F3864">${escape(block.text)}</h${block.level + 1}>`;
    case 'table':
      return `${tableHtml(block.table)}<p></p>`;
    case 'paragraph':
      return '';
  }
}

export function tablesHtml(document: RelazioneDocument): string {
  return `<!DOCTYPE html><html lang="${document.language}"><head><meta charset="utf-8"><title>${escape(document.title)}</title></head><body>${document.blocks.map(blockHtml).join('')}</body></html>`;
}

/** The same tables as tab-separated text, for where only plain text can be pasted. */
export function tablesText(document: RelazioneDocument): string {
  return document.blocks
    .flatMap((block) => {
      if (block.kind === 'heading') return [block.text];
      if (block.kind !== 'table') return [];
      const header = block.table.columns.some((column) => column.header !== '') ? [block.table.columns.map((column) => column.header).join('\t')] : [];
      return [...header, ...block.table.rows.map((row) => row.cells.map((cell) => cell.join(' ')).join('\t')), ''];
    })
    .join('\n');
}
