// Shortcuts for the shapes most result cells hold (`49,96`, `1.134`, `87,5%`, `112/112`, `31/07/2022`, `SI`).
// Each one must give exactly what the full grammar in parse.ts gives; a property test checks it.
import { isValidExcelDate, toExcelSerial } from './excel-date';
import { scanItalianNumber } from './number-scan';
import type { Value } from './parse';

const PLAIN = /^-?\d{1,15}(?:,\d{1,15})?$/;
const GROUPED = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,15})?$/;
const PERCENT = /^-?\d{1,15}(?:,\d{1,15})?%$/;
const RATIO = /^(\d{1,15}|[1-9]\d{0,2}(?:\.\d{3})+) ?\/ ?(\d{1,15}|[1-9]\d{0,2}(?:\.\d{3})+)$/;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ['SI', true], ['Si', true], ['si', true], ['sì', true], ['Sì', true], ['SÌ', true],
  ['NO', false], ['No', false], ['no', false],
]);

function integerPart(text: string): number {
  return Number(text.replace(/\./g, ''));
}

/** The Value of a text in one of the common shapes, or undefined to let the full grammar decide. */
export function fastValue(text: string): Value | undefined {
  const last = text.charCodeAt(text.length - 1);
  if (last === 37 /* % */) {
    // The scan first; a percentage takes no thousands dots, and what it declines the pattern may still take.
    const scanned = text.indexOf('.') < 0 ? scanItalianNumber(text, 0, text.length - 1, 2) : NaN;
    if (!Number.isNaN(scanned)) return { kind: 'number', value: scanned || 0, percent: true };
    return PERCENT.test(text) ? { kind: 'number', value: Number(`${text.slice(0, -1).replace(',', '.')}e-2`) || 0, percent: true } : undefined;
  }
  if (text.indexOf('/') >= 0) return fastSlashed(text);
  const scanned = scanItalianNumber(text, 0, text.length);
  if (!Number.isNaN(scanned)) return { kind: 'number', value: scanned || 0, percent: false };
  if (PLAIN.test(text)) return { kind: 'number', value: Number(text.replace(',', '.')) || 0, percent: false };
  if (GROUPED.test(text)) return { kind: 'number', value: Number(text.replace(/\./g, '').replace(',', '.')) || 0, percent: false };
  const yesNo = YES_NO.get(text);
  if (yesNo !== undefined) return { kind: 'boolean', value: yesNo };
  return undefined;
}

/** `112/112`, `1.958/1.958`, `31/07/2022`. */
function fastSlashed(text: string): Value | undefined {
  const ratio = RATIO.exec(text);
  if (ratio) {
    const denominator = integerPart(ratio[2]);
    // Zero denominators go to the full grammar, which explains the error.
    if (denominator === 0) return undefined;
    const numerator = integerPart(ratio[1]);
    return { kind: 'ratio', numerator, denominator, value: numerator / denominator };
  }
  const date = DATE.exec(text);
  if (date) {
    const [day, month, year] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return isValidExcelDate(year, month, day) ? { kind: 'date', serial: toExcelSerial(year, month, day) } : undefined;
  }
  return undefined;
}
