// WorkbookImage -> the emulated workbook, through the emulator's Office.js API (as the add-in would see a file
// opened in Excel); cells and number formats go straight in as the same assignments, without a request each.
// Formulas the engine cannot compute keep the file's cached result, said in a notice.
// Each kind of object goes in one sync; only when that sync fails are its items retried one by one, so one
// item the emulator refuses costs itself (listed in the notices) and never the whole load.
import { HyperFormula } from 'hyperformula';
import { msg, type Message } from '../../core/messages';
import type { XlsxItem } from '../../core/messages/xlsx';
import { cellAddress, columnLetters, type ExcelEmulator, type CellBlock } from '@traguardo/excel-emulator';
import { usesStructuredReference } from '@traguardo/excel-emulator';
import { functionNamesIn } from './file-formulas';
import { sheetMayBeRead } from './sheet-references';
import { imageValueText, isImageError, type ImageCell, type ImageSheet, type ImageStyle, type ImageValue, type WorkbookImage } from './image';

export interface LoadNotice {
  sheet: string | null;
  message: Message;
}

export interface LoadOptions {
  /** Also apply fonts, fills, alignment, column widths and row heights (nothing computes from them: false saves time on large files). Default true. */
  styles?: boolean;
  /** Also apply number formats: a reader of values alone (a formula computes the same without them) passes false. Default true. */
  numberFormats?: boolean;
  /**
   * A sheet the caller replaces before reading anything of it (the summary generated again): created with its
   * properties, tables and rules but without its cells and formats, unless another sheet's formula or a name may read it.
   */
  replacedSheet?: string;
}

export interface LoadResult {
  notices: LoadNotice[];
  /** Formula cells whose cached result stands in for a formula the engine cannot compute. */
  cachedStandIns: number;
}

type Context = Excel.RequestContext;
type Input = string | number | boolean | null;

/** One queued piece of the load; `applied` tells, after a failed batch, whether it already took effect. */
interface Step {
  sheet: string | null;
  what: Message;
  queue(context: Context): void;
  applied?(): boolean;
  /** Smaller steps to try when this one fails on its own (a sheet's cells, one by one). */
  split?(): Step[];
}

/** The first line of what the emulator said, in its own words. */
function errorText(error: unknown): Message {
  const message = error instanceof Error ? error.message : String(error);
  return msg('general.text', { text: message.split('\n')[0] });
}

/** The object a step writes, as a notice names it. */
const item = (kind: XlsxItem, name = ''): Message => msg('xlsx.item', { item: kind, name });

/** What to write for a constant so the emulator stores exactly it (text stays text: "'" forces it, as in Excel). */
function constantInput(value: ImageValue): Input {
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

interface KnownFormulas {
  /** Functions the engine computes: Excel's built-ins it implements and the PERF.* ones registered in it. */
  functions: Set<string>;
  /** Formula text -> only functions the engine computes, no table reference (objective sheets repeat the same texts). */
  formulas: Map<string, boolean>;
}

function knownFormulas(emulator: ExcelEmulator): KnownFormulas {
  const language = String(emulator.hyperformula.getConfig().language);
  return { functions: new Set(HyperFormula.getRegisteredFunctionNames(language).map((name) => name.toUpperCase())), formulas: new Map() };
}

/**
 * What each cell of a sheet gets written, and which formulas the cached result stands in for. `strict` also asks
 * the engine to parse each formula: slower, so only done for a sheet whose first write was refused.
 */
function sheetInputs(emulator: ExcelEmulator, known: KnownFormulas, sheet: ImageSheet, strict: boolean): { inputs: Map<ImageCell, Input>; standIns: ImageCell[] } {
  const inputs = new Map<ImageCell, Input>();
  const standIns: ImageCell[] = [];
  for (const cell of sheet.cells) {
    if (cell.formula === undefined) {
      inputs.set(cell, constantInput(cell.value));
      continue;
    }
    let callsKnown = known.formulas.get(cell.formula);
    if (callsKnown === undefined) {
      callsKnown = !usesStructuredReference(cell.formula) && functionNamesIn(cell.formula).every((name) => known.functions.has(name));
      known.formulas.set(cell.formula, callsKnown);
    }
    const computable = callsKnown && (!strict || emulator.hyperformula.validateFormula(cell.formula));
    if (computable) inputs.set(cell, cell.formula);
    else {
      standIns.push(cell);
      inputs.set(cell, constantInput(cell.value));
    }
  }
  return { inputs, standIns };
}

/** The cells as rectangles to assign: one block when the sheet is dense (one range, not one per row), else row runs. */
function writeBlocks<T>(cells: ReadonlyArray<ImageCell>, valueOf: (cell: ImageCell) => T | null): { address: string; grid: (T | null)[][] }[] {
  if (cells.length === 0) return [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const cell of cells) {
    top = Math.min(top, cell.row);
    left = Math.min(left, cell.col);
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.col);
  }
  if ((bottom - top + 1) * (right - left + 1) > 4 * cells.length) {
    return rowRuns(cells).map((run) => ({ address: runAddress(run), grid: [run.map(valueOf)] }));
  }
  // null leaves a cell as it is (Office.js), so the gaps of the rectangle are not written.
  const grid: (T | null)[][] = Array.from({ length: bottom - top + 1 }, () => new Array<T | null>(right - left + 1).fill(null));
  for (const cell of cells) grid[cell.row - top][cell.col - left] = valueOf(cell);
  return [{ address: `${cellAddress(top, left)}:${cellAddress(bottom, right)}`, grid }];
}

interface PreparedSheet {
  sheet: ImageSheet;
  inputs: Map<ImageCell, Input>;
  standIns: ImageCell[];
}

function writtenCells(prepared: PreparedSheet): ImageCell[] {
  return prepared.sheet.cells.filter((cell) => prepared.inputs.get(cell) !== null);
}

function contentBlocks(prepared: PreparedSheet, cells: ReadonlyArray<ImageCell>): CellBlock[] {
  const blocks = writeBlocks(cells, (cell) => prepared.inputs.get(cell) ?? null);
  return blocks.map((block) => ({ sheet: prepared.sheet.name, address: block.address, formulas: block.grid }));
}

/**
 * Every sheet's cells written straight into the emulated workbook (not through requests: a big file's cells would
 * be copied into one), recalculated once. A sheet refused is prepared again with every formula checked, written
 * again, and if still refused written cell by cell, so one cell the emulator refuses costs only itself.
 */
function writeContents(emulator: ExcelEmulator, prepared: PreparedSheet[], strictly: (sheet: ImageSheet) => PreparedSheet, notices: LoadNotice[]): void {
  const blocks = prepared.map((sheet) => contentBlocks(sheet, writtenCells(sheet)));
  const errors = emulator.writeBlocks(blocks.flat());
  let next = 0;
  const refused = prepared.filter((_, index) => {
    const failed = errors.slice(next, next + blocks[index].length).some((error) => error !== null);
    next += blocks[index].length;
    return failed;
  });
  for (const sheet of refused) {
    Object.assign(sheet, strictly(sheet.sheet));
    if (emulator.writeBlocks(contentBlocks(sheet, writtenCells(sheet))).every((error) => error === null)) continue;
    const cells = writtenCells(sheet);
    emulator.writeBlocks(cells.map((cell) => contentBlocks(sheet, [cell])[0])).forEach((error, index) => {
      if (error === null) return;
      const what = item('cell', cellAddress(cells[index].row, cells[index].col));
      notices.push({ sheet: sheet.sheet.name, message: msg('xlsx.notLoaded', { item: what, reason: errorText(error) }) });
    });
  }
}

/** Each sheet's number formats, written straight into the emulated workbook; a sheet refused is named in a notice. */
function writeNumberFormats(emulator: ExcelEmulator, sheets: ReadonlyArray<ImageSheet>, notices: LoadNotice[]): void {
  const blocks = sheets.map((sheet) => {
    const formatted = sheet.cells.filter((cell) => cell.numberFormat !== undefined);
    return writeBlocks(formatted, (cell) => cell.numberFormat ?? null).map((block) => ({ sheet: sheet.name, address: block.address, numberFormat: block.grid }));
  });
  const errors = emulator.writeBlocks(blocks.flat());
  let next = 0;
  blocks.forEach((sheetBlocks, index) => {
    const error = errors.slice(next, next + sheetBlocks.length).find((found) => found !== null);
    next += sheetBlocks.length;
    if (error) notices.push({ sheet: sheets[index].name, message: msg('xlsx.notLoaded', { item: item('formats'), reason: errorText(error) }) });
  });
}

/** Fonts, fills, alignment and sizes: what the sheets look like, nothing a formula computes from. */
function styleStep(sheet: ImageSheet): Step {
  return {
    sheet: sheet.name,
    what: item('formats'),
    queue: (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.name);
      for (const run of styleRuns(sheet.cells.filter((cell) => cell.style !== undefined))) applyStyle(worksheet.getRange(runAddress(run)), run[0].style as ImageStyle);
      for (const { col, width } of sheet.columnWidths) {
        const letters = columnLetters(col);
        worksheet.getRange(`${letters}:${letters}`).format.columnWidth = width;
      }
      for (const { row, height } of sheet.rowHeights) worksheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
    },
  };
}

function propertyStep(sheet: ImageSheet): Step {
  return {
    sheet: sheet.name,
    what: item('properties'),
    queue: (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.name);
      const { freeze, visibility, tabColor, customProperties } = sheet;
      if (tabColor) worksheet.tabColor = tabColor;
      if (freeze.rows > 0 && freeze.columns > 0) worksheet.freezePanes.freezeAt(`A1:${cellAddress(freeze.rows - 1, freeze.columns - 1)}`);
      else if (freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
      else if (freeze.columns > 0) worksheet.freezePanes.freezeColumns(freeze.columns);
      for (const [key, value] of Object.entries(customProperties)) worksheet.customProperties.add(key, value);
      if (visibility !== 'Visible') worksheet.visibility = visibility as Excel.SheetVisibility;
    },
  };
}

function tableSteps(emulator: ExcelEmulator, sheet: ImageSheet): Step[] {
  return sheet.tables.map((table) => ({
    sheet: sheet.name,
    what: item('table', table.name),
    applied: () => emulator.tables().some((existing) => existing.name.toLowerCase() === table.name.toLowerCase()),
    queue: (context) => {
      const added = context.workbook.worksheets.getItem(sheet.name).tables.add(table.range, true);
      added.name = table.name;
      added.style = table.style;
      added.showTotals = table.showTotals;
      added.showBandedRows = table.showBandedRows;
      added.showBandedColumns = table.showBandedColumns;
      added.showFilterButton = table.showFilterButton;
      added.highlightFirstColumn = table.highlightFirstColumn;
      added.highlightLastColumn = table.highlightLastColumn;
    },
  }));
}

function conditionalFormatSteps(emulator: ExcelEmulator, sheet: ImageSheet): Step[] {
  // Each new rule takes the top priority, as in Excel: added lowest priority first, they end in the file's order.
  return [...sheet.conditionalFormats].reverse().map((format, position) => ({
    sheet: sheet.name,
    what: item('conditionalFormat', format.range),
    // Rules are added in order on a new sheet: the first `count` of them are the ones that took effect.
    applied: () => position < emulator.conditionalFormats(sheet.name).length,
    queue: (context) => {
      const range = context.workbook.worksheets.getItem(sheet.name).getRange(format.range);
      const rule = format.rule;
      let target: Excel.ConditionalRangeFormat;
      if (rule.kind === 'Custom') {
        const added = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
        added.custom.rule.formula = rule.formula;
        target = added.custom.format;
      } else if (rule.kind === 'CellValue') {
        const added = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
        const operator = rule.operator as Excel.ConditionalCellValueOperator;
        added.cellValue.rule = { formula1: rule.formula1, ...(rule.formula2 !== undefined ? { formula2: rule.formula2 } : {}), operator };
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
    },
  }));
}

function nameSteps(emulator: ExcelEmulator, image: WorkbookImage): Step[] {
  return image.names.map((name) => ({
    sheet: null,
    what: item('name', name.name),
    applied: () => emulator.names().some((existing) => existing.scope === null && existing.name.toLowerCase() === name.name.toLowerCase()),
    queue: (context) => {
      context.workbook.names.add(name.name, name.formula, name.comment);
    },
  }));
}

async function runAlone(context: Context, step: Step, notices: LoadNotice[]): Promise<void> {
  try {
    step.queue(context);
    await context.sync();
  } catch (error) {
    const smaller = step.split?.();
    if (smaller && smaller.length > 0) {
      for (const part of smaller) await runAlone(context, part, notices);
      return;
    }
    notices.push({ sheet: step.sheet, message: msg('xlsx.notLoaded', { item: step.what, reason: errorText(error) }) });
  }
}

/** All steps in one sync; if it fails, each step not yet in effect is retried alone. */
async function runSteps(context: Context, steps: ReadonlyArray<Step>, notices: LoadNotice[]): Promise<void> {
  if (steps.length === 0) return;
  try {
    for (const step of steps) step.queue(context);
    await context.sync();
    return;
  } catch {
    // Which step failed is not reported by a sync: find out by going one by one.
  }
  for (const step of steps) {
    if (step.applied?.()) continue;
    await runAlone(context, step, notices);
  }
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
  await runSteps(
    context,
    [
      {
        sheet: null,
        what: item('sheetOrder'),
        queue: () => {
          for (const name of existing) if (!wanted.has(name.toLowerCase())) worksheets.getItem(name).delete();
          image.sheets.forEach((sheet, position) => {
            worksheets.getItem(sheet.name).position = position;
          });
        },
      },
    ],
    notices,
  );
}

function standInNotices(standIns: ReadonlyMap<string, ImageCell[]>): LoadNotice[] {
  return [...standIns].map(([sheet, cells]) => {
    const example = cells[0];
    const shown = `${cellAddress(example.row, example.col)}: ${example.formula} = ${String(imageValueText(example.value))}`;
    return { sheet, message: msg('xlsx.cachedResults', { count: cells.length, example: shown }) };
  });
}

/** The replaced sheet, lower-cased, when it is loaded without its cells: it is in the image and nothing else reads it. */
export function sheetLeftOut(image: WorkbookImage, replacedSheet: string | undefined): string | null {
  const left = replacedSheet?.toLowerCase();
  return left !== undefined && image.sheets.some((sheet) => sheet.name.toLowerCase() === left) && !sheetMayBeRead(image, left) ? left : null;
}

/**
 * Loads the image into the emulator (its sheets replace the emulator's own). Never throws for the content of the
 * image: whatever the emulator refuses is listed in `notices`.
 */
export async function loadImageIntoEmulator(emulator: ExcelEmulator, image: WorkbookImage, options: LoadOptions = {}): Promise<LoadResult> {
  const notices: LoadNotice[] = [];
  const known = knownFormulas(emulator);
  const leftOut = sheetLeftOut(image, options.replacedSheet);
  const loaded = image.sheets.filter((sheet) => sheet.name.toLowerCase() !== leftOut);
  const prepared: PreparedSheet[] = loaded.map((sheet) => ({ sheet, ...sheetInputs(emulator, known, sheet, false) }));
  await emulator.Excel.run(async (context) => {
    await createSheets(context, image, notices);
    // Names before cells: formulas that use them compute straight away.
    await runSteps(context, nameSteps(emulator, image), notices);
    const strictly = (sheet: ImageSheet): PreparedSheet => ({ sheet, ...sheetInputs(emulator, known, sheet, true) });
    writeContents(emulator, prepared, strictly, notices);
    if (options.numberFormats ?? true) writeNumberFormats(emulator, loaded, notices);
    if (options.styles ?? true) await runSteps(context, loaded.map(styleStep), notices);
    await runSteps(context, image.sheets.flatMap((sheet) => tableSteps(emulator, sheet)), notices);
    await runSteps(context, image.sheets.flatMap((sheet) => conditionalFormatSteps(emulator, sheet)), notices);
    await runSteps(context, image.sheets.map(propertyStep), notices);
  });
  const standIns = new Map(prepared.filter((item) => item.standIns.length > 0).map((item) => [item.sheet.name, item.standIns]));
  notices.push(...standInNotices(standIns));
  return { notices, cachedStandIns: prepared.reduce((sum, item) => sum + item.standIns.length, 0) };
}
