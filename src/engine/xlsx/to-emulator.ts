// WorkbookImage -> the emulated workbook, through the emulator's Office.js API (as the add-in would see a file
// opened in Excel). Formulas the engine cannot compute keep the file's cached result, said in a notice.
import { HyperFormula } from 'hyperformula';
import { cellAddress, columnLetters, type ExcelEmulator } from '../excel/index';
import { usesStructuredReference } from '../excel/formula-text';
import { functionNamesIn } from './file-formulas';
import { imageValueText, isImageError, type ImageCell, type ImageSheet, type ImageStyle, type ImageValue, type WorkbookImage } from './image';

export interface LoadNotice {
  sheet: string | null;
  message: string;
}

export interface LoadOptions {
  /** Also apply fonts, fills and alignment (not needed to compute: false saves time on large files). Default true. */
  styles?: boolean;
}

export interface LoadResult {
  notices: LoadNotice[];
  /** Formula cells whose cached result stands in for a formula the engine cannot compute. */
  cachedStandIns: number;
}

type Context = Excel.RequestContext;

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/** What to write for a constant so the emulator stores exactly it (text stays text: "'" forces it, as in Excel). */
function constantInput(value: ImageValue): string | number | boolean | null {
  if (value === null) return null;
  if (isImageError(value)) return value.error;
  if (typeof value === 'string') return value === '' ? null : `'${value}`;
  return value;
}

/** Cells grouped by row, each row as contiguous runs, so a sparse sheet is never written as one huge rectangle. */
function rowRuns(cells: ReadonlyArray<ImageCell>): ImageCell[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: ImageCell[][] = [];
  let current: ImageCell[] = [];
  for (const cell of sorted) {
    const last = current[current.length - 1];
    if (last && last.row === cell.row && last.col + 1 === cell.col) current.push(cell);
    else {
      if (current.length > 0) runs.push(current);
      current = [cell];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function runAddress(run: ReadonlyArray<ImageCell>): string {
  const first = run[0];
  const last = run[run.length - 1];
  return run.length === 1 ? cellAddress(first.row, first.col) : `${cellAddress(first.row, first.col)}:${cellAddress(last.row, last.col)}`;
}

function applyStyle(range: Excel.Range, style: ImageStyle): void {
  const format = range.format;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.underline) format.font.underline = 'Single';
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.wrapText) format.wrapText = true;
  if (style.horizontalAlignment !== undefined) format.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment !== undefined) format.verticalAlignment = style.verticalAlignment;
}

/** Runs queued work in its own sync; a failure becomes a notice instead of stopping the whole load. */
async function attempt(context: Context, notices: LoadNotice[], sheet: string | null, what: string, queue: () => void): Promise<boolean> {
  try {
    queue();
    await context.sync();
    return true;
  } catch (error) {
    notices.push({ sheet, message: `${what} non caricato: ${errorText(error)}` });
    return false;
  }
}

/** Functions the engine computes: Excel's built-ins it implements and the PERF.* ones registered in it. */
function knownFunctions(emulator: ExcelEmulator): Set<string> {
  const language = String(emulator.hyperformula.getConfig().language);
  return new Set(HyperFormula.getRegisteredFunctionNames(language).map((name) => name.toUpperCase()));
}

class SheetLoader {
  readonly standIns: ImageCell[] = [];

  constructor(
    private readonly known: ReadonlySet<string>,
    private readonly emulator: ExcelEmulator,
    private readonly context: Context,
    private readonly sheet: ImageSheet,
    private readonly notices: LoadNotice[],
  ) {}

  private get worksheet(): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(this.sheet.name);
  }

  /** The formula when the engine can compute it; otherwise the cached result stands in for it. */
  private cellInput(cell: ImageCell): string | number | boolean | null {
    if (cell.formula === undefined) return constantInput(cell.value);
    const computable =
      !usesStructuredReference(cell.formula) &&
      functionNamesIn(cell.formula).every((name) => this.known.has(name)) &&
      this.emulator.hyperformula.validateFormula(cell.formula);
    if (computable) return cell.formula;
    this.standIns.push(cell);
    return constantInput(cell.value);
  }

  async contents(): Promise<void> {
    const runs = rowRuns(this.sheet.cells);
    const write = () => {
      const worksheet = this.worksheet;
      for (const run of runs) {
        const inputs = run.map((cell) => this.cellInput(cell));
        if (inputs.some((input) => input !== null)) worksheet.getRange(runAddress(run)).formulas = [inputs] as never;
      }
    };
    if (await attempt(this.context, [], this.sheet.name, 'celle', write)) return;
    // Something in the sheet was refused: write cell by cell, so one bad cell costs only itself.
    this.standIns.length = 0;
    for (const cell of this.sheet.cells) {
      const input = this.cellInput(cell);
      if (input === null) continue;
      await attempt(this.context, this.notices, this.sheet.name, `cella ${cellAddress(cell.row, cell.col)}`, () => {
        this.worksheet.getRange(cellAddress(cell.row, cell.col)).formulas = [[input]] as never;
      });
    }
  }

  async formats(styles: boolean): Promise<void> {
    const formatted = this.sheet.cells.filter((cell) => cell.numberFormat !== undefined);
    const styled = styles ? this.sheet.cells.filter((cell) => cell.style !== undefined) : [];
    await attempt(this.context, this.notices, this.sheet.name, 'formati', () => {
      const worksheet = this.worksheet;
      for (const run of rowRuns(formatted)) worksheet.getRange(runAddress(run)).numberFormat = [run.map((cell) => cell.numberFormat ?? 'General')];
      for (const run of styleRuns(styled)) applyStyle(worksheet.getRange(runAddress(run)), run[0].style as ImageStyle);
      for (const { col, width } of this.sheet.columnWidths) {
        const letters = columnLetters(col);
        worksheet.getRange(`${letters}:${letters}`).format.columnWidth = width;
      }
      for (const { row, height } of this.sheet.rowHeights) worksheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
    });
  }

  async properties(): Promise<void> {
    const { freeze, visibility, tabColor, customProperties } = this.sheet;
    await attempt(this.context, this.notices, this.sheet.name, 'proprietà del foglio', () => {
      const worksheet = this.worksheet;
      if (tabColor) worksheet.tabColor = tabColor;
      if (freeze.rows > 0 && freeze.columns > 0) worksheet.freezePanes.freezeAt(`A1:${cellAddress(freeze.rows - 1, freeze.columns - 1)}`);
      else if (freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
      else if (freeze.columns > 0) worksheet.freezePanes.freezeColumns(freeze.columns);
      for (const [key, value] of Object.entries(customProperties)) worksheet.customProperties.add(key, value);
      if (visibility !== 'Visible') worksheet.visibility = visibility as Excel.SheetVisibility;
    });
  }

  async tables(): Promise<void> {
    for (const table of this.sheet.tables) {
      await attempt(this.context, this.notices, this.sheet.name, `tabella "${table.name}"`, () => {
        const added = this.worksheet.tables.add(table.range, true);
        added.name = table.name;
        added.style = table.style;
        added.showTotals = table.showTotals;
        added.showBandedRows = table.showBandedRows;
        added.showBandedColumns = table.showBandedColumns;
        added.showFilterButton = table.showFilterButton;
        added.highlightFirstColumn = table.highlightFirstColumn;
        added.highlightLastColumn = table.highlightLastColumn;
      });
    }
  }

  async conditionalFormats(): Promise<void> {
    // Each new rule takes the top priority, as in Excel: add them lowest priority first.
    for (const format of [...this.sheet.conditionalFormats].reverse()) {
      await attempt(this.context, this.notices, this.sheet.name, `formattazione condizionale su ${format.range}`, () => {
        const range = this.worksheet.getRange(format.range);
        const rule = format.rule;
        let target: Excel.ConditionalRangeFormat;
        if (rule.kind === 'Custom') {
          const added = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
          added.custom.rule.formula = rule.formula;
          target = added.custom.format;
        } else if (rule.kind === 'CellValue') {
          const added = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
          added.cellValue.rule = { formula1: rule.formula1, ...(rule.formula2 !== undefined ? { formula2: rule.formula2 } : {}), operator: rule.operator as Excel.ConditionalCellValueOperator };
          target = added.cellValue.format;
        } else {
          const added = range.conditionalFormats.add('ContainsText' as Excel.ConditionalFormatType);
          added.textComparison.rule = { operator: rule.operator as Excel.ConditionalTextOperator, text: rule.text };
          target = added.textComparison.format;
        }
        if (format.format.fill !== undefined) target.fill.color = format.format.fill;
        if (format.format.fontColor !== undefined) target.font.color = format.format.fontColor;
        if (format.format.bold) target.font.bold = true;
        if (format.format.italic) target.font.italic = true;
        if (format.format.numberFormat !== undefined) target.numberFormat = format.format.numberFormat;
      });
    }
  }
}

/** Runs of cells side by side in a row with the same style, so each run is one format call. */
function styleRuns(cells: ReadonlyArray<ImageCell>): ImageCell[][] {
  const runs: ImageCell[][] = [];
  for (const run of rowRuns(cells)) {
    let current: ImageCell[] = [];
    let key = '';
    for (const cell of run) {
      const cellKey = JSON.stringify(cell.style);
      if (current.length > 0 && cellKey !== key) {
        runs.push(current);
        current = [];
      }
      key = cellKey;
      current.push(cell);
    }
    if (current.length > 0) runs.push(current);
  }
  return runs;
}

async function createSheets(context: Context, image: WorkbookImage, notices: LoadNotice[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const existing = worksheets.items.map((sheet) => sheet.name);
  const wanted = new Set(image.sheets.map((sheet) => sheet.name.toLowerCase()));
  for (const sheet of image.sheets) {
    if (!existing.some((name) => name.toLowerCase() === sheet.name.toLowerCase())) worksheets.add(sheet.name);
  }
  await context.sync();
  // A new workbook's own "Sheet1" goes once the file's sheets exist (a workbook always keeps one sheet).
  for (const name of existing) if (!wanted.has(name.toLowerCase())) worksheets.getItem(name).delete();
  image.sheets.forEach((sheet, position) => {
    worksheets.getItem(sheet.name).position = position;
  });
  await attempt(context, notices, null, 'ordine dei fogli', () => undefined);
}

async function addNames(context: Context, image: WorkbookImage, notices: LoadNotice[]): Promise<void> {
  for (const name of image.names) {
    await attempt(context, notices, null, `nome "${name.name}"`, () => {
      context.workbook.names.add(name.name, name.formula, name.comment);
    });
  }
}

function standInNotices(standIns: Map<string, ImageCell[]>): LoadNotice[] {
  return [...standIns].map(([sheet, cells]) => {
    const example = cells[0];
    const shown = `${cellAddress(example.row, example.col)}: ${example.formula} = ${String(imageValueText(example.value))}`;
    const count = cells.length === 1 ? 'una formula non calcolabile' : `${cells.length} formule non calcolabili`;
    return { sheet, message: `${count} dal motore di calcolo: vale il risultato salvato nel file (es. ${shown})` };
  });
}

/**
 * Loads the image into the emulator (its sheets replace the emulator's own). Never throws for the content of the
 * image: whatever the emulator refuses is listed in `notices`.
 */
export async function loadImageIntoEmulator(emulator: ExcelEmulator, image: WorkbookImage, options: LoadOptions = {}): Promise<LoadResult> {
  const notices: LoadNotice[] = [];
  const standIns = new Map<string, ImageCell[]>();
  const known = knownFunctions(emulator);
  await emulator.Excel.run(async (context) => {
    await createSheets(context, image, notices);
    // Names first: formulas that use them then compute straight away.
    await addNames(context, image, notices);
    for (const sheet of image.sheets) {
      const loader = new SheetLoader(known, emulator, context, sheet, notices);
      await loader.contents();
      if (loader.standIns.length > 0) standIns.set(sheet.name, [...loader.standIns]);
      await loader.formats(options.styles ?? true);
      await loader.tables();
      await loader.conditionalFormats();
      await loader.properties();
    }
  });
  notices.push(...standInNotices(standIns));
  let cachedStandIns = 0;
  for (const cells of standIns.values()) cachedStandIns += cells.length;
  return { notices, cachedStandIns };
}
