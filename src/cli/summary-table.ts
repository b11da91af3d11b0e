// The summary as the terminal shows it: the Riepilogo's table with aligned columns, its totals, the fund lines,
// then the problems with their sheet and cell. Every word comes from the catalogue, in the command's language.
import { errorNameIn } from '../core/excel-errors';
import { msg, renderMessage, type Language, type Message } from '../core/messages';
import type { SummaryColumnKey, SummaryFigureKey } from '../core/messages/summary';
import type { Status } from '../core/model';
import type { Problem } from '../workbook/problems';
import { compareCounts, coverageMessage } from '../workbook/summary-coverage';
import { SUMMARY_FIGURES } from '../workbook/summary-sheet';
import { clip, numberText, type NumberText } from './format';
import type { SummaryData, SummaryRow } from './summary-data';

interface Column {
  key: SummaryColumnKey;
  align: 'left' | 'right';
  cell(row: SummaryRow): string;
}

const TITLE_WIDTH = 36;

const STATUS_ORDER: Status[] = ['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Non valutabile'];

/** What every part of the text needs: the words and numbers of one language, and the data. */
interface Page {
  data: SummaryData;
  language: Language;
  numbers: NumberText;
  say(message: Message): string;
}

function columns(page: Page): Column[] {
  const { numbers, say } = page;
  return [
    { key: 'number', align: 'right', cell: (row) => String(row.number) },
    { key: 'title', align: 'left', cell: (row) => clip(row.title, TITLE_WIDTH) },
    { key: 'score', align: 'right', cell: (row) => numbers.percent(row.computedDegree) },
    { key: 'oiv', align: 'right', cell: (row) => (row.oivScore === null ? '—' : numbers.integer(row.oivScore)) },
    { key: 'finalDegree', align: 'right', cell: (row) => numbers.percent(row.finalDegree) },
    { key: 'status', align: 'left', cell: (row) => say(row.status === null ? msg('cli.statusInError') : msg('label.status', { status: row.status })) },
    { key: 'allocated', align: 'right', cell: (row) => numbers.euro(row.allocatedAmount) },
    { key: 'payable', align: 'right', cell: (row) => numbers.euro(row.payable) },
  ];
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, width - [...text].length));
  return align === 'left' ? text + gap : gap + text;
}

/** The key of a figure the Riepilogo labels `label` (its errors are reported by label). */
function figureKey(label: string): SummaryFigureKey | undefined {
  return SUMMARY_FIGURES.find((figure) => figure.label === label)?.key;
}

/** A figure as text: the Excel error its cell shows when it has one, never a number in its place. */
function figureText(page: Page, key: SummaryFigureKey, text: string): string {
  const error = page.data.figureErrors.find((item) => figureKey(item.figure) === key);
  return error === undefined ? text : errorNameIn(error.value, page.language);
}

function table(page: Page): string[] {
  const { data, numbers, say } = page;
  const shown = columns(page);
  const headers = shown.map((column) => say(msg('summary.column', { column: column.key })));
  const rows = data.objectives.map((row) => shown.map((column) => column.cell(row)));
  const totals = [
    '',
    say(msg('cli.total')),
    '',
    '',
    figureText(page, 'overallDegree', numbers.percent(data.overallDegree)),
    say(msg('report.achievedOfEvaluable', { achieved: data.counts.Raggiunto, evaluable: data.objectives.length - data.counts['Non valutabile'], notEvaluable: data.counts['Non valutabile'] })),
    figureText(page, 'allocated', numbers.euro(data.fund.allocated)),
    figureText(page, 'payable', numbers.euro(data.fund.payable)),
  ];
  const widths = headers.map((header, index) => Math.max([...header].length, ...[...rows, totals].map((row) => [...row[index]].length)));
  const line = (cells: string[]) => cells.map((cell, index) => pad(cell, widths[index], shown[index].align)).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line), rule, line(totals)];
}

function figures(page: Page): string[] {
  const { data, numbers, say } = page;
  const label = (figure: SummaryFigureKey) => say(msg('summary.figure', { figure }));
  const lines: [string, string][] = [
    [label('overallDegree'), figureText(page, 'overallDegree', numbers.percent(data.overallDegree))],
    [label('fundTotal'), figureText(page, 'fundTotal', numbers.euro(data.fund.total))],
    [label('allocated'), figureText(page, 'allocated', numbers.euro(data.fund.allocated))],
    [label('payable'), figureText(page, 'payable', numbers.euro(data.fund.payable))],
    [label('remainder'), figureText(page, 'remainder', numbers.euro(data.fund.remainder))],
    [label('notEvaluableAmount'), figureText(page, 'notEvaluableAmount', numbers.euro(data.fund.notEvaluableAmount))],
    ...STATUS_ORDER.map((status): [string, string] => [label(status), numbers.integer(data.counts[status])]),
  ];
  const width = Math.max(...lines.map(([name]) => [...name].length));
  const valueWidth = Math.max(...lines.map(([, value]) => [...value].length));
  const { achievedFrom, partialFrom } = data.cutoffs;
  return [
    ...lines.map(([name, value]) => `${pad(name, width, 'left')}  ${pad(value, valueWidth, 'right')}`),
    say(msg('cli.cutoffs', { achievedFrom, partialFrom, paymentThreshold: data.fund.paymentThreshold })),
  ];
}

/** "Obiettivo 7!F22" — the sheet quoted as Excel quotes it when the name needs it. */
function problemPlace(problem: Problem): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(problem.sheet) ? problem.sheet : `'${problem.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${problem.address}`;
}

function problems(page: Page): string[] {
  const { data, say } = page;
  const figureLines = data.figureErrors.map((error) => {
    const key = figureKey(error.figure);
    const figure = key === undefined ? msg('general.text', { text: error.figure }) : msg('summary.figure', { figure: key });
    return `  ${say(msg('cli.figureInError', { figure, error: error.value }))}`;
  });
  if (data.problems.length === 0) return figureLines.length > 0 ? [say(msg('cli.problems', { count: null })), ...figureLines] : [say(msg('cli.noProblems'))];
  const places = data.problems.map(problemPlace);
  const width = Math.max(...places.map((place) => [...place].length));
  return [
    say(msg('cli.problems', { count: data.problems.length })),
    ...figureLines,
    ...data.problems.map((problem, index) => `  ${pad(places[index], width, 'left')}  ${say(problem.message)}`),
  ];
}

/** The whole text printed by `traguardo summary`, in `language`. */
export function summaryText(data: SummaryData, language: Language): string {
  const page: Page = { data, language, numbers: numberText(language), say: (message) => renderMessage(message, language) };
  const heading = page.say(msg('cli.summaryHeading', { file: data.file, objectives: data.objectives.length }));
  const { counted, recorded } = data.coverage;
  // "10 di 11": the totals never cover fewer objectives than the workbook holds without saying so.
  const coverage = recorded === null ? [] : [page.say(coverageMessage(counted, recorded, compareCounts(counted, recorded)))];
  return [heading, ...coverage, '', ...table(page), '', ...figures(page), '', ...problems(page), ''].join('\n');
}
