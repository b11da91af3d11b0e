// The blocks written as a Word document with the docx library: A4 portrait, real Heading styles (the navigation pane
// and a table of contents find them), table header rows repeated on every page, Italian (or English) as the proofing
// language. Works the same in Node and in the browser: it returns the file's bytes.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { msg } from '../core/messages';
import { STATUS_COLORS } from '../workbook/styles';
import type { DocBlock, DocRow, DocTable, HeadingLevel as DocHeadingLevel, ParagraphStyle } from './blocks';
import { docContext } from './context';
import type { RelazioneDocument } from './relazione';

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HEADER_FILL = 'D9E2F3';
const TOTAL_FILL = 'F2F2F2';
const CHECK_COLOR = 'C00000';
/** Half-points: 7 pt for the summary's eleven columns. */
const COMPACT_SIZE = 14;

const HEADINGS: Record<DocHeadingLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  0: HeadingLevel.TITLE,
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

const hex = (color: string): string => color.replace('#', '');

function textParagraph(text: string, style: ParagraphStyle, afterTable: boolean): Paragraph {
  return new Paragraph({
    // A label stays with the text under it, as a heading does.
    keepNext: style === 'label',
    spacing: { before: style === 'label' || afterTable ? 160 : 0, after: 80 },
    children: [new TextRun({ text, bold: style === 'label' || style === 'check', color: style === 'check' ? CHECK_COLOR : undefined })],
  });
}

function cell(lines: string[], options: { width: number; align: 'left' | 'right'; bold: boolean; fill?: string; color?: string; size?: number }): TableCell {
  const side = options.size === undefined ? 80 : 40;
  return new TableCell({
    width: { size: Math.round(options.width * TEXT_WIDTH), type: WidthType.DXA },
    shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: side, right: side },
    children: (lines.length === 0 ? [''] : lines).map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: options.bold, color: options.color, size: options.size })],
        }),
    ),
  });
}

function bodyRow(table: DocTable, row: DocRow, size: number | undefined): TableRow {
  return new TableRow({
    cantSplit: true,
    children: table.columns.map((column, index) => {
      const colors = index === table.statusColumn && row.status ? STATUS_COLORS[row.status] : null;
      const fill = row.total ? TOTAL_FILL : colors ? hex(colors.fill) : undefined;
      return cell(row.cells[index] ?? [], { width: column.width, align: column.align, bold: row.total === true, fill, color: colors ? hex(colors.font) : undefined, size });
    }),
  });
}

function table(model: DocTable): Table {
  const size = model.compact ? COMPACT_SIZE : undefined;
  const hasHeader = model.columns.some((column) => column.header !== '');
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.columns.map((column) => cell([column.header], { width: column.width, align: column.align, bold: true, fill: HEADER_FILL, size })),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: model.columns.map((column) => Math.round(column.width * TEXT_WIDTH)),
    layout: TableLayoutType.FIXED,
    rows: [...(hasHeader ? [header] : []), ...model.rows.map((row) => bodyRow(model, row, size))],
  });
}

function element(block: DocBlock, afterTable: boolean): Paragraph | Table {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [new TextRun(block.text)] });
    case 'paragraph':
      return textParagraph(block.text, block.style, afterTable);
    case 'table':
      return table(block.table);
  }
}

/** A table straight after another would merge with it in Word: a paragraph keeps them apart. */
function separated(blocks: DocBlock[]): (Paragraph | Table)[] {
  return blocks.flatMap((block, index) => {
    const next = blocks[index + 1];
    const spacer = block.kind === 'table' && next?.kind === 'table' ? [new Paragraph({ children: [] })] : [];
    return [element(block, blocks[index - 1]?.kind === 'table'), ...spacer];
  });
}

function relazioneDocx(document: RelazioneDocument): Document {
  const context = docContext(document.language);
  const language = { value: document.language === 'it' ? 'it-IT' : 'en-GB' };
  return new Document({
    title: document.title,
    creator: 'Traguardo',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21, language } },
        title: { run: { font: 'Calibri', size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 200 } } },
        heading1: { run: { font: 'Calibri', size: 28, bold: true, color: '1F3864' }, paragraph: { outlineLevel: 0, spacing: { before: 360, after: 160 } } },
        heading2: { run: { font: 'Calibri', size: 24, bold: true, color: '1F3864' }, paragraph: { outlineLevel: 1, spacing: { before: 360, after: 80 } } },
        heading3: { run: { font: 'Calibri', size: 22, bold: true, color: '2F5496' }, paragraph: { outlineLevel: 2, spacing: { after: 120 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${context.say(msg('report.footer', { title: document.title }))} · `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children: separated(document.blocks),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function relazioneDocxBytes(document: RelazioneDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(relazioneDocx(document)));
}
