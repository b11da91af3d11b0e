// Test support: a corpus text written as a real Word document with the `docx` library: each line a paragraph,
// each run of `| a | b |` lines a Word table (its first row the header), as a Relazione written in Word holds them.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readTableRow } from '../../src/import/report-text/tables';

function table(rows: string[][]): Table {
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun(cell)] })] })) })),
  });
}

export async function textToDocx(text: string): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length > 0) children.push(table(rows));
    rows = [];
  };
  for (const line of text.split('\n')) {
    const row = readTableRow(line.trim());
    if (row !== null) {
      if (row.length > 0) rows.push(row);
      continue;
    }
    flush();
    if (line.trim() !== '') children.push(new Paragraph({ children: [new TextRun(line.trim())] }));
  }
  flush();
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
