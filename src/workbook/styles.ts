// The look of Traguardo's sheets in one place: named cell styles and number formats (en-US codes).
import type { CellStyle } from './layout';

export const NUMBER_FORMATS = {
  general: 'General',
  text: '@',
  /** Degrees of achievement, 0..1 shown as 99,00%. */
  percent: '0.00%',
  /** Cut-offs and thresholds, 0..1 shown as 95%. */
  percentWhole: '0%',
  euro: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  integer: '0',
} as const;

/** Light fill that marks where the analyst types; formula cells stay unfilled. */
const INPUT_FILL = '#FFF2CC';

export const STATUS_COLORS = {
  Raggiunto: { fill: '#C6EFCE', font: '#006100' },
  'Parzialmente raggiunto': { fill: '#FFEB9C', font: '#9C5700' },
  'Non raggiunto': { fill: '#FFC7CE', font: '#9C0006' },
  'Non valutabile': { fill: '#EDEDED', font: '#595959' },
} as const;

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 14, fontColor: '#1F3864' },
  label: { bold: true, verticalAlignment: 'Top' },
  text: { verticalAlignment: 'Top' },
  wrapped: { wrapText: true, verticalAlignment: 'Top' },
  input: { fill: INPUT_FILL, verticalAlignment: 'Top' },
  inputWrapped: { fill: INPUT_FILL, wrapText: true, verticalAlignment: 'Top' },
  computed: { bold: true, verticalAlignment: 'Top' },
  header: { bold: true, wrapText: true, verticalAlignment: 'Center' },
  total: { bold: true, fill: '#D9E1F2' },
  hint: { italic: true, fontColor: '#595959' },
};

/** The styles a layout uses, so each layout carries only what it needs. */
export function stylesFor(names: Iterable<string>): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {};
  for (const name of names) {
    const style = STYLES[name];
    if (style === undefined) throw new Error(`Stile sconosciuto: "${name}"`);
    styles[name] = style;
  }
  return styles;
}

export const TABLE_STYLE = 'TableStyleLight9';
