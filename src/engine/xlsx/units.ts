// Unit and vocabulary conversions between Office.js (what the emulator speaks) and SpreadsheetML (what ExcelJS writes).
import type { ImageStyle } from './image';

// Calibri 11, Excel's default font: its widest digit is 7 pixels, 96 pixels make 72 points, so one digit is 5.25 pt.
const POINTS_PER_DIGIT = 5.25;

/** Office.js column width (points) -> SpreadsheetML `width` (in digit widths), kept in 1/256ths as Excel does. */
export function pointsToColumnWidth(points: number): number {
  return Math.round((points / POINTS_PER_DIGIT) * 256) / 256;
}

/** SpreadsheetML column `width` -> Office.js points, to the quarter point (what 1/256 of a digit can tell apart). */
export function columnWidthToPoints(width: number): number {
  return Math.round(width * POINTS_PER_DIGIT * 4) / 4;
}

/** "#1F3864" -> "FF1F3864" (opaque ARGB); undefined when it is not a "#RRGGBB" colour. */
export function hexToArgb(color: string | undefined): string | undefined {
  if (color === undefined || !/^#[0-9A-Fa-f]{6}$/.test(color)) return undefined;
  return `FF${color.slice(1).toUpperCase()}`;
}

/** "FF1F3864" or "1F3864" -> "#1F3864"; undefined for theme or indexed colours, which carry no RGB. */
export function argbToHex(argb: string | undefined): string | undefined {
  if (typeof argb !== 'string') return undefined;
  if (/^[0-9A-Fa-f]{8}$/.test(argb)) return `#${argb.slice(2).toUpperCase()}`;
  if (/^[0-9A-Fa-f]{6}$/.test(argb)) return `#${argb.toUpperCase()}`;
  return undefined;
}

type Horizontal = NonNullable<ImageStyle['horizontalAlignment']>;
type Vertical = NonNullable<ImageStyle['verticalAlignment']>;
export type FileHorizontal = 'left' | 'center' | 'right' | 'justify' | 'fill' | 'distributed' | 'centerContinuous';
export type FileVertical = 'top' | 'middle' | 'bottom' | 'justify' | 'distributed';

const HORIZONTAL: Record<Horizontal, FileHorizontal> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
  Justify: 'justify',
  Fill: 'fill',
  Distributed: 'distributed',
  CenterAcrossSelection: 'centerContinuous',
};

const VERTICAL: Record<Vertical, FileVertical> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
  Justify: 'justify',
  Distributed: 'distributed',
};

export function horizontalToFile(value: Horizontal): FileHorizontal {
  return HORIZONTAL[value];
}

export function verticalToFile(value: Vertical): FileVertical {
  return VERTICAL[value];
}

function invert<K extends string, V extends string>(map: Record<K, V>): Map<string, K> {
  return new Map(Object.entries(map).map(([key, value]) => [value as string, key as K]));
}

const HORIZONTAL_FROM_FILE = invert(HORIZONTAL);
const VERTICAL_FROM_FILE = invert(VERTICAL);

/** undefined for "general" and anything unknown: Excel's default alignment. */
export function horizontalFromFile(value: unknown): Horizontal | undefined {
  return typeof value === 'string' ? HORIZONTAL_FROM_FILE.get(value) : undefined;
}

/** The Office.js name of a file's vertical alignment; undefined when unknown. */
export function verticalFromFile(value: unknown): Vertical | undefined {
  return typeof value === 'string' ? VERTICAL_FROM_FILE.get(value) : undefined;
}

/** Office.js conditional-format operators -> SpreadsheetML `cellIs` operators. */
export const CELL_VALUE_OPERATORS: Readonly<Record<string, string>> = {
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqual: 'greaterThanOrEqual',
  LessThanOrEqual: 'lessThanOrEqual',
  Between: 'between',
  NotBetween: 'notBetween',
};

/** Office.js text-rule operators -> SpreadsheetML rule types. */
export const TEXT_OPERATORS: Readonly<Record<string, string>> = {
  Contains: 'containsText',
  NotContains: 'notContainsText',
  BeginsWith: 'beginsWith',
  EndsWith: 'endsWith',
};

export function keyForValue(map: Readonly<Record<string, string>>, value: unknown): string | undefined {
  return Object.keys(map).find((key) => map[key] === value);
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (UTC). */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** A Date as ExcelJS gives date-formatted numbers -> the serial number the cell holds. */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Whole milliseconds lose nothing a cell shows; rounding to 1e-10 day removes the float noise of the division.
  const rounded = Math.round(serial * 1e10) / 1e10;
  return date1904 ? rounded - 1462 : rounded;
}
