// The summary as the terminal shows it: the Riepilogo's table with aligned columns, its totals, the fund lines,
// then the problems with their sheet and cell. Labels are the sheet's own Italian words.
import type { Status } from '../core/model';
import type { Problem } from '../workbook/problems';
import { SUMMARY_COLUMNS, SUMMARY_FIGURES } from '../workbook/summary-sheet';
import { clip, euroText, integerText, percentText, wholePercentText } from './format';
import type { SummaryData, SummaryRow } from './summary-data';

interface Column {
  header: string;
  align: 'left' | 'right';
  cell(row: SummaryRow): string;
}

const TITLE_WIDTH = 36;

/** The Riepilogo sheet's own header of a column, so the terminal and the sheet use the same words. */
function sheetHeader(key: (typeof SUMMARY_COLUMNS)[number]['key']): string {
  return SUMMARY_COLUMNS.find((column) => column.key === key)?.header ?? key;
}

const COLUMNS: Column[] = [
  { header: sheetHeader('number'), align: 'right', cell: (row) => String(row.number) },
  { header: sheetHeader('title'), align: 'left', cell: (row) => clip(row.title, TITLE_WIDTH) },
  { header: sheetHeader('score'), align: 'right', cell: (row) => percentText(row.computedDegree) },
  // "Valutazione OIV" would widen a column of two-digit scores.
  { header: 'OIV', align: 'right', cell: (row) => (row.oivScore === null ? '—' : integerText(row.oivScore)) },
  { header: sheetHeader('finalDegree'), align: 'right', cell: (row) => percentText(row.finalDegree) },
  { header: sheetHeader('status'), align: 'left', cell: (row) => row.status ?? 'errore (vedi problemi)' },
  { header: sheetHeader('allocated'), align: 'right', cell: (row) => euroText(row.allocatedAmount) },
  { header: sheetHeader('payable'), align: 'right', cell: (row) => euroText(row.payable) },
];

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, width - [...text].length));
  return align === 'left' ? text + gap : gap + text;
}

function table(data: SummaryData): string[] {
  const rows = data.objectives.map((row) => COLUMNS.map((column) => column.cell(row)));
  const achieved = data.counts.Raggiunto;
  const totals = [
    '',
    'Totale',
    '',
    '',
    figureText(data, 'overallDegree', percentText(data.overallDegree)),
    `${achieved} raggiunti su ${data.objectives.length}`,
    figureText(data, 'allocated', euroText(data.fund.allocated)),
    figureText(data, 'payable', euroText(data.fund.payable)),
  ];
  const widths = COLUMNS.map((column, index) => Math.max([...column.header].length, ...[...rows, totals].map((row) => [...row[index]].length)));
  const line = (cells: string[]) => cells.map((cell, index) => pad(cell, widths[index], COLUMNS[index].align)).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(COLUMNS.map((column) => column.header)), rule, ...rows.map(line), rule, line(totals)];
}

const STATUS_ORDER: Status[] = ['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile'];

type FigureKey = (typeof SUMMARY_FIGURES)[number]['key'];

function figureLabel(key: FigureKey): string {
  return SUMMARY_FIGURES.find((figure) => figure.key === key)?.label ?? key;
}

/** A figure as text: the Excel error its cell shows when it has one, never a number in its place. */
function figureText(data: SummaryData, key: FigureKey, text: string): string {
  return data.figureErrors.find((error) => error.figure === figureLabel(key))?.value ?? text;
}

function figures(data: SummaryData): string[] {
  const lines: [string, string][] = [
    [figureLabel('overallDegree'), figureText(data, 'overallDegree', percentText(data.overallDegree))],
    [figureLabel('fundTotal'), figureText(data, 'fundTotal', euroText(data.fund.total))],
    [figureLabel('allocated'), figureText(data, 'allocated', euroText(data.fund.allocated))],
    [figureLabel('payable'), figureText(data, 'payable', euroText(data.fund.payable))],
    [figureLabel('remainder'), figureText(data, 'remainder', euroText(data.fund.remainder))],
    [figureLabel('notEvaluableAmount'), figureText(data, 'notEvaluableAmount', euroText(data.fund.notEvaluableAmount))],
    ...STATUS_ORDER.map((status): [string, string] => [figureLabel(status), integerText(data.counts[status])]),
  ];
  const width = Math.max(...lines.map(([name]) => [...name].length));
  const valueWidth = Math.max(...lines.map(([, value]) => [...value].length));
  return [
    ...lines.map(([name, value]) => `${pad(name, width, 'left')}  ${pad(value, valueWidth, 'right')}`),
    `Soglie: "Raggiunto" da ${wholePercentText(data.cutoffs.achievedFrom)}, "Parzialmente raggiunto" da ${wholePercentText(data.cutoffs.partialFrom)}, ` +
      `pagamento da ${wholePercentText(data.fund.paymentThreshold)}`,
  ];
}

/** "Obiettivo 7!F22" — the sheet quoted as Excel quotes it when the name needs it. */
function problemPlace(problem: Problem): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(problem.sheet) ? problem.sheet : `'${problem.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${problem.address}`;
}

function problems(data: SummaryData): string[] {
  const figureLines = data.figureErrors.map((error) => `  Riepilogo: "${error.figure}" vale ${error.value} (un foglio obiettivo ha un errore)`);
  if (data.problems.length === 0) return figureLines.length > 0 ? ['Problemi:', ...figureLines] : ['Nessun problema trovato nei fogli.'];
  const places = data.problems.map(problemPlace);
  const width = Math.max(...places.map((place) => [...place].length));
  return [
    `Problemi (${data.problems.length}):`,
    ...figureLines,
    ...data.problems.map((problem, index) => `  ${pad(places[index], width, 'left')}  ${problem.message}`),
  ];
}

/** The whole text printed by `traguardo summary`. */
export function summaryText(data: SummaryData): string {
  const heading = `Riepilogo di ${data.file} — ${data.objectives.length} obiettivi`;
  return [heading, '', ...table(data), '', ...figures(data), '', ...problems(data), ''].join('\n');
}
