// Queues one write op as Office.js calls. Nothing here syncs: apply.ts decides when a batch goes.
import { sheetRef } from '../workbook/formula';
import type { CellStyle } from '../workbook/layout';
import { TAG_PROPERTY } from '../workbook/tags';
import type { SetSupport } from './runner';
import type { WriteOp } from './write-ops';

/** Worksheet proxies by lower-cased name, so sheets added earlier in the batch are reused. */
export class SheetProxies {
  private readonly byName = new Map<string, Excel.Worksheet>();

  constructor(private readonly context: Excel.RequestContext) {}

  get(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    let sheet = this.byName.get(key);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.byName.set(key, sheet);
    }
    return sheet;
  }

  add(name: string): Excel.Worksheet {
    const sheet = this.context.workbook.worksheets.add(name);
    this.byName.set(name.toLowerCase(), sheet);
    return sheet;
  }

  /** A copy of `from`, renamed `name`: later ops on `name` use this proxy. */
  copy(from: string, name: string): Excel.Worksheet {
    const sheet = this.get(from).copy('End');
    sheet.name = name;
    this.byName.set(name.toLowerCase(), sheet);
    return sheet;
  }

  forget(name: string): void {
    this.byName.delete(name.toLowerCase());
  }
}

/** "B26" or "H2:H12" as "$B$26" or "$H$2:$H$12": a named item refers to fixed cells. */
function absoluteAddress(address: string): string {
  return address.replace(/\$?([A-Z]{1,3})\$?(\d+)/gi, '$$$1$$$2');
}

function applyStyle(range: { format: Excel.RangeFormat }, style: CellStyle): void {
  const format = range.format;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.horizontalAlignment !== undefined) format.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment !== undefined) format.verticalAlignment = style.verticalAlignment;
}

export function queueOp(context: Excel.RequestContext, sheets: SheetProxies, op: WriteOp, apiSetSupported: SetSupport): void {
  switch (op.op) {
    case 'deleteName':
      context.workbook.names.getItem(op.name).delete();
      return;
    case 'deleteTable':
      context.workbook.tables.getItem(op.name).delete();
      return;
    case 'deleteSheet':
      sheets.get(op.sheet).delete();
      sheets.forget(op.sheet);
      return;
    case 'addSheet':
      sheets.add(op.sheet);
      return;
    case 'tag':
      // Custom properties came with ExcelApi 1.12; older Excel knows our sheets by the named items every layout writes.
      if (apiSetSupported('ExcelApi', '1.12')) sheets.get(op.sheet).customProperties.add(TAG_PROPERTY, op.value);
      return;
    case 'clear':
      sheets.get(op.sheet).getRange(op.address).clear('All');
      return;
    case 'write': {
      const range = sheets.get(op.sheet).getRange(op.address);
      // Text format first, so "1.134" or "100%" written next stay text instead of becoming numbers.
      if (op.numberFormat !== null) range.numberFormat = op.numberFormat;
      range.formulas = op.formulas;
      return;
    }
    case 'numberFormat':
      sheets.get(op.sheet).getRange(op.address).numberFormat = op.format;
      return;
    case 'copySheet':
      sheets.copy(op.from, op.sheet);
      return;
    case 'patch': {
      const range = sheets.get(op.sheet).getRange(op.address);
      if (op.numberFormat !== null) range.numberFormat = op.numberFormat;
      if (op.formulas !== null) range.formulas = op.formulas;
      return;
    }
    case 'renameTable':
      sheets.get(op.sheet).tables.getItemAt(op.index).name = op.name;
      return;
    case 'style': {
      const sheet = sheets.get(op.sheet);
      // Several areas of one look in one call (RangeAreas, ExcelApi 1.9); for older Excel apply.ts gives one op per rectangle.
      if (op.address.includes(',') && apiSetSupported('ExcelApi', '1.9')) applyStyle(sheet.getRanges(op.address), op.style);
      else applyStyle(sheet.getRange(op.address), op.style);
      return;
    }
    case 'columnWidth':
      sheets.get(op.sheet).getRange(op.from === op.to ? `${op.from}1` : `${op.from}1:${op.to}1`).format.columnWidth = op.width;
      return;
    case 'table': {
      const table = sheets.get(op.sheet).tables.add(op.table.range, true);
      table.name = op.table.name;
      table.style = op.table.style;
      table.showTotals = op.table.showTotals ?? false;
      return;
    }
    case 'addName':
      // A reference as text costs no Range object on the wire: "='Obiettivo 2'!$B$26".
      context.workbook.names.add(op.item.name, `=${sheetRef(op.sheet, absoluteAddress(op.item.address))}`, op.item.comment);
      return;
    case 'conditionalFormat': {
      const format = sheets.get(op.sheet).getRange(op.rule.range).conditionalFormats.add('Custom');
      format.custom.rule.formula = op.rule.formula;
      if (op.rule.fill !== undefined) format.custom.format.fill.color = op.rule.fill;
      if (op.rule.fontColor !== undefined) format.custom.format.font.color = op.rule.fontColor;
      return;
    }
    case 'chart': {
      const sheet = sheets.get(op.sheet);
      const chart = sheet.charts.add('BarClustered', sheet.getRange(op.chart.source), 'Columns');
      chart.name = op.chart.name;
      chart.title.text = op.chart.title;
      chart.setPosition(op.chart.topLeft, op.chart.bottomRight);
      chart.legend.visible = op.chart.showLegend;
      if (op.chart.valueAxis) {
        const axis = chart.axes.valueAxis;
        axis.minimum = op.chart.valueAxis.minimum;
        axis.maximum = op.chart.valueAxis.maximum;
        axis.numberFormat = op.chart.valueAxis.numberFormat;
      }
      return;
    }
    case 'freezeRows':
      sheets.get(op.sheet).freezePanes.freezeRows(op.rows);
      return;
    case 'sheetProperties': {
      const sheet = sheets.get(op.sheet);
      if (op.visibility !== undefined) sheet.visibility = op.visibility;
      if (op.position !== undefined) sheet.position = op.position;
      if (op.tabColor !== undefined) sheet.tabColor = op.tabColor;
      return;
    }
    case 'activate':
      sheets.get(op.sheet).activate();
      return;
  }
}
