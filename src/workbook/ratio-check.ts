// A ratio written next to a percentage must agree with it: objective 7 of the 2022 report states
// "100%, 3.1296/3.196", and no reading of 3.1296/3.196 gives 100%.
import { ParseError, parseValue } from '../core/parse';

const RATIO = /^\s*([\d.,' ]+?)\s*\/\s*([\d.,' ]+?)\s*$/;
const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/;
// Percentages are usually rounded in prose: half a point of difference is still consistent.
const TOLERANCE = 0.005;

export interface RatioInconsistency {
  ratio: string;
  statedPercent: number;
  /** What the ratio gives under the readings tried, as fractions. */
  readings: number[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The percentage stated right next to the ratio text (within a few characters), in any of the texts. */
function statedPercentNear(ratio: string, texts: ReadonlyArray<string>): number | null {
  const escaped = escapeRegExp(ratio.trim());
  const before = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*%[^%/\\d]{0,20}${escaped}`);
  const after = new RegExp(`${escaped}[^%/\\d]{0,20}?(\\d+(?:[.,]\\d+)?)\\s*%`);
  for (const text of texts) {
    const match = before.exec(text) ?? after.exec(text);
    if (match) return Number(match[1].replace(',', '.')) / 100;
  }
  return null;
}

/** Every way a number with '.' and ',' might have been meant: the Italian reading, and '.' as a decimal point. */
function numberReadings(text: string): number[] {
  const compact = text.replace(/[\s']/g, '');
  const readings = new Set<number>();
  try {
    const value = parseValue(compact);
    if (value?.kind === 'number') readings.add(value.value);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
  const decimalPoint = Number(compact.replace(/,/g, ''));
  if (Number.isFinite(decimalPoint)) readings.add(decimalPoint);
  const decimalComma = Number(compact.replace(/\./g, '').replace(',', '.'));
  if (Number.isFinite(decimalComma)) readings.add(decimalComma);
  return [...readings];
}

/**
 * Checks a result written as a ratio against a percentage stated with it (in the result itself or in a note
 * quoting it). Null when there is no ratio, no stated percentage, or some reading of the ratio agrees.
 */
export function ratioInconsistency(actual: string, notes: ReadonlyArray<string>): RatioInconsistency | null {
  const inResult = PERCENT.exec(actual);
  const ratioText = inResult ? actual.replace(PERCENT, '').replace(/^[\s,;(]+|[\s,;)]+$/g, '') : actual;
  const match = RATIO.exec(ratioText);
  if (!match) return null;
  const stated = inResult ? Number(inResult[1].replace(',', '.')) / 100 : statedPercentNear(ratioText, notes);
  if (stated === null) return null;
  const readings: number[] = [];
  for (const numerator of numberReadings(match[1])) {
    for (const denominator of numberReadings(match[2])) {
      if (denominator !== 0) readings.push(numerator / denominator);
    }
  }
  if (readings.some((reading) => Math.abs(reading - stated) <= TOLERANCE)) return null;
  return { ratio: ratioText.trim(), statedPercent: stated, readings };
}
