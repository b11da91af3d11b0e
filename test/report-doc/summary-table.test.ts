// The summary table in the .docx is the Riepilogo: every cell of its table (rows and totals) and of its headline
// figures equals the value the Riepilogo sheet computes in the emulated workbook, in the sheet's Italian number format.
import JSZip from 'jszip';
import { summaryGeometry, SUMMARY_COLUMNS, SUMMARY_FIGURES } from '../../src/workbook/summary-sheet';
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import { relazioneDocument } from '../../src/report-doc/relazione';
import { relazioneDocxBytes } from '../../src/report-doc/render-docx';
import { example2022, workbookSource } from './workbook-source';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => XML_ENTITIES[name]);

/** Every table of the document as rows of cell texts (a cell's paragraphs joined by a line break). */
async function docxTables(bytes: Uint8Array): Promise<string[][][]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[0]);
  return all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g).map((table) =>
    all(table, /<w:tr[ >][\s\S]*?<\/w:tr>/g).map((row) =>
      all(row, /<w:tc>[\s\S]*?<\/w:tc>/g).map((cell) =>
        all(cell, /<w:p[ >][\s\S]*?<\/w:p>/g)
          .map((paragraph) => unescapeXml([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')))
          .join('\n'),
      ),
    ),
  );
}

// The sheet's own formats, written out in Italian: 0.00%, 0%, #,##0.00 "€", integers and plain numbers.
const italian = (digits: number) => new Intl.NumberFormat('it-IT', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
const FORMAT = {
  percent: (value: number) => `${italian(2).format(value * 100)}%`,
  percentWhole: (value: number) => `${italian(0).format(value * 100)}%`,
  euro: (value: number) => `${italian(2).format(value)} €`,
  plain: (value: number) => new Intl.NumberFormat('it-IT', { maximumFractionDigits: 10 }).format(value),
  text: (value: number) => String(value),
};
type Format = keyof typeof FORMAT;

const COLUMN_FORMAT: Record<(typeof SUMMARY_COLUMNS)[number]['key'], Format> = {
  number: 'text', title: 'text', plan: 'text', indicators: 'plain', score: 'percent', oiv: 'plain',
  finalDegree: 'percent', status: 'text', allocated: 'euro', payable: 'euro', weight: 'plain',
};

/** A Riepilogo cell as the document must print it: blank, "n.v." and errors as "—", numbers in the sheet's format. */
function shown(value: unknown, format: Format): string {
  if (value === null || value === '' || value === 'n.v.' || (typeof value === 'string' && value.startsWith('#'))) return '—';
  return typeof value === 'number' ? FORMAT[format](value) : String(value);
}

describe('the summary table of the .docx', () => {
  let tables: string[][][];
  let emu: ExcelEmulator;
  let sheet: string;
  beforeAll(async () => {
    const built = await workbookSource(example2022());
    ({ emu, sheet } = built);
    tables = await docxTables(await relazioneDocxBytes(relazioneDocument(built.source, 'it')));
  }, 60_000);

  const geometry = summaryGeometry(11);
  const cell = (address: string) => emu.cell(sheet, address).value;

  it('has the Riepilogo columns and, cell by cell, its rows and totals', () => {
    const table = tables.find((rows) => rows[0][0] === 'N.' && rows[0][1] === 'Obiettivo');
    expect(table).toBeDefined();
    expect(table![0]).toEqual(SUMMARY_COLUMNS.map((column) => (column.key === 'oiv' ? 'Valutazione OIV (su 100)' : column.header)));
    const expected: string[][] = [];
    for (let row = geometry.firstRow; row <= geometry.totalsRow; row++) {
      expected.push(SUMMARY_COLUMNS.map((column, index) => {
        const value = cell(`${String.fromCharCode(65 + index)}${row}`);
        // The totals row leaves the columns without a total empty, as the sheet does.
        return row === geometry.totalsRow && value === '' ? '' : shown(value, COLUMN_FORMAT[column.key]);
      }));
    }
    expect(table!.slice(1)).toEqual(expected);
    expect(expected[expected.length - 1][0]).toBe('Totale');
    expect(expected[expected.length - 1][7]).toMatch(/^\d+ raggiunti su \d+ valutabili/);
  });

  it('has the Riepilogo headline figures, with the fund line and its legal reference, in the same order', () => {
    const figures = tables.find((rows) => rows[0][0] === 'Grado complessivo ponderato');
    expect(figures).toBeDefined();
    const expected = SUMMARY_FIGURES.map((figure) => {
      const address = geometry.figures[figure.key];
      const format: Format = figure.key === 'overallDegree' ? 'percent'
        : ['achievedFrom', 'partialFrom', 'paymentThreshold'].includes(figure.key) ? 'percentWhole'
        : ['fundTotal', 'allocated', 'payable', 'remainder', 'notEvaluableAmount'].includes(figure.key) ? 'euro' : 'plain';
      return [String(cell(address.replace('C', 'B'))), shown(cell(address), format)];
    });
    expect(figures).toEqual(expected);
    expect(figures![1][0]).toBe('Fondo risorse decentrate, risorse per obiettivi (art. 67 c. 5 lett. b) CCNL Funzioni Locali 21/5/2018)');
  });
});
