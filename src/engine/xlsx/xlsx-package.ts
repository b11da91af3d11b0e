// The .xlsx written a sheet at a time: each sheet is rendered by ExcelJS's own renderers, deflated and let go before
// the next, so neither ExcelJS's model of every sheet nor every sheet's XML is held at once (10,000 objective sheets
// held both: over a gigabyte). The workbook-wide parts (styles, shared strings, tables, names) come at the end.
import { Workbook } from 'exceljs';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform';
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import XmlStream from 'exceljs/lib/utils/xml-stream';
import type { ImageSheet, WorkbookImage } from './image';
import { addNames, StyleCache, writeSheet, type OmittedItem, type XlsxWriteOptions } from './write-exceljs';
import { ZipPackage } from './zip-package';

const CREATOR = 'Traguardo';

/** The parts ExcelJS's XLSX writer puts first, kept first. */
const FIRST_PARTS = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels'];

/** ExcelJS's XLSX writer, whose part writers take the zip and the model as arguments (not in its declarations). */
interface PartWriters {
  addContentTypes(zip: PartSink, model: unknown): Promise<void>;
  addOfficeRels(zip: PartSink, model: unknown): Promise<void>;
  addWorkbookRels(zip: PartSink, model: unknown): Promise<void>;
  addSharedStrings(zip: PartSink, model: unknown): Promise<void>;
  addTables(zip: PartSink, model: unknown): void;
  addThemes(zip: PartSink, model: unknown): Promise<void>;
  addStyles(zip: PartSink, model: unknown): Promise<void>;
  addApp(zip: PartSink, model: unknown): Promise<void>;
  addCore(zip: PartSink, model: unknown): Promise<void>;
  addWorkbook(zip: PartSink, model: unknown): Promise<void>;
}

/** What ExcelJS's part writers append to. */
interface PartSink {
  append(data: string | Buffer, options: { name: string }): void;
}

/** What is kept of a sheet once written: what the workbook-wide parts list (its id, name, state, tables). */
type SheetModel = Record<string, unknown> & { id: number; tables: Array<Record<string, unknown>>; rels: unknown[] };

export class XlsxPackageWriter {
  private readonly zip = new ZipPackage();
  private readonly sink: PartSink = { append: (data, options) => this.zip.add(options.name, data) };
  private readonly worksheetXform = new WorksheetXform();
  private readonly relationshipsXform = new RelationshipsXform();
  private readonly sharedStrings = new SharedStringsXform();
  private readonly styles = new StylesXform(true);
  // What ExcelJS's writer passes to each sheet's preparation: the workbook's shared strings and styles.
  private readonly sheetOptions = { sharedStrings: this.sharedStrings, styles: this.styles, date1904: false, drawingsCount: 0, media: [], drawings: [], commentRefs: [] };
  private readonly styleCache = new StyleCache();
  private readonly sheets: Array<SheetModel | undefined> = [];
  private readonly tables: Array<Record<string, unknown>> = [];
  // What ExcelJS could not carry, by sheet position (a sheet may be added after later ones), then of the names.
  private readonly sheetOmissions: OmittedItem[][] = [];
  private readonly nameOmissions: OmittedItem[] = [];

  get omitted(): OmittedItem[] {
    return [...this.sheetOmissions.flat(), ...this.nameOmissions];
  }

  /**
   * Renders the sheet into the package now; nothing of its cells is kept. `consumeCells` empties the sheet's cells
   * once ExcelJS has them, and ExcelJS's cells go once it has their model: a 60,000-row Riepilogo is never held thrice.
   */
  addSheet(sheet: ImageSheet, options: XlsxWriteOptions = {}, position = this.reserve()): void {
    const book = new Workbook();
    this.sheetOmissions[position] = [];
    writeSheet(book, sheet, this.styleCache, this.sheetOmissions[position]);
    if (options.consumeCells) sheet.cells = [];
    const worksheet = book.worksheets[0];
    const model = worksheet.model as unknown as SheetModel;
    book.removeWorksheet(worksheet.id);
    model.id = position + 1;
    for (const table of model.tables) {
      this.tables.push(table);
      table.target = `table${this.tables.length}.xml`;
      table.id = this.tables.length;
    }
    this.worksheetXform.prepare(model, this.sheetOptions);
    let xml = new XmlStream();
    this.worksheetXform.render(xml, model);
    this.zip.add(`xl/worksheets/sheet${model.id}.xml`, xml.xml);
    if (model.rels.length > 0) {
      xml = new XmlStream();
      this.relationshipsXform.render(xml, model.rels);
      this.zip.add(`xl/worksheets/_rels/sheet${model.id}.xml.rels`, xml.xml);
    }
    // The tables' rows are in the sheet already; their parts need only the header and the style.
    for (const table of model.tables) table.rows = [];
    this.sheets[position] = { ...model, rows: [], cols: [], conditionalFormattings: [], mergeCells: [] };
  }

  /** The next tab position, kept for a sheet added later (e.g. once the workbook it comes from is let go). */
  reserve(): number {
    this.sheets.push(undefined);
    return this.sheets.length - 1;
  }

  /** The whole file, with the workbook's defined names. */
  async finish(names: WorkbookImage['names']): Promise<Uint8Array> {
    const position = this.sheets.indexOf(undefined);
    if (position >= 0) throw new Error(`xlsx: the sheet at position ${position + 1} was kept a place but never added`);
    const book = new Workbook();
    book.creator = CREATOR;
    book.lastModifiedBy = CREATOR;
    addNames(book, names, this.nameOmissions);
    // The workbook's model as ExcelJS's writer prepares it, with the sheets already written.
    const model = {
      ...book.model,
      worksheets: this.sheets,
      useSharedStrings: true,
      useStyles: true,
      sharedStrings: this.sharedStrings,
      styles: this.styles,
      drawings: [],
      commentRefs: [],
      tables: this.tables,
    };
    new WorkbookXform().prepare(model);
    const parts = book.xlsx as unknown as PartWriters;
    await parts.addContentTypes(this.sink, model);
    await parts.addOfficeRels(this.sink, model);
    await parts.addWorkbookRels(this.sink, model);
    await parts.addSharedStrings(this.sink, model);
    parts.addTables(this.sink, model);
    await parts.addThemes(this.sink, model);
    await parts.addStyles(this.sink, model);
    await parts.addApp(this.sink, model);
    await parts.addCore(this.sink, model);
    await parts.addWorkbook(this.sink, model);
    return new Uint8Array(this.zip.bytes(FIRST_PARTS));
  }
}

/** The .xlsx bytes of the image, written a sheet at a time; `consumeCells` empties each sheet's cells once written. */
export async function writeXlsx(image: WorkbookImage, options: XlsxWriteOptions = {}): Promise<{ data: Uint8Array; omitted: OmittedItem[] }> {
  const writer = new XlsxPackageWriter();
  for (const sheet of image.sheets) {
    writer.addSheet(sheet, options);
  }
  const data = await writer.finish(image.names);
  return { data, omitted: writer.omitted };
}
