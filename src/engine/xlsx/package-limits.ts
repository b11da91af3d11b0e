// An .xlsx package checked before ExcelJS reads it: the zip's limits, then, while each XML part inflates, the cells,
// rows and ranges ExcelJS would build objects for (it makes one per cell of a merge, a validation or a defined name).
import { EXCEL_LIMITS, INPUT_LIMITS } from '../../core/limits';
import { msg, type Message } from '../../core/messages';
import { inflateRawSync } from 'zlib';
import { zipLimitProblem, type ChunkObserver } from '../../import/zip-limits';
import { coveredCells, plainCellOutside, referenceAreas } from './reference-areas';
import { XmlTagScanner } from '../../import/xml-tags';

const ATTRIBUTES = new Map<string, RegExp>();

/** One attribute's value out of a start tag's attribute text. */
function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (pattern === undefined) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(attributes);
  return match === null ? undefined : (match[1] ?? match[2]);
}

const WHOLE_SHEET = { rows: EXCEL_LIMITS.rows, columns: EXCEL_LIMITS.columns };

/** Counts what ExcelJS will build for the whole package; the first problem stops the reading. */
class PackageCount {
  private objects = 0;
  problem: Message | null = null;

  add(count: number): void {
    this.objects += count;
    if (this.problem === null && this.objects > INPUT_LIMITS.workbookCells) this.problem = msg('limits.tooManyCells', { limit: INPUT_LIMITS.workbookCells });
  }

  /** Cells ExcelJS makes for each cell of these ranges, whole columns and rows counted over the whole sheet. */
  addRanges(part: string, text: string): void {
    for (const area of referenceAreas(text)) {
      const cells = coveredCells(area, WHOLE_SHEET);
      if (this.problem !== null) return;
      if (area.outside) this.problem = msg('limits.outsideSheet', { part, reference: area.reference });
      else if (cells > INPUT_LIMITS.workbookCells) this.problem = msg('limits.areaTooLarge', { part, reference: area.reference, cells, limit: INPUT_LIMITS.workbookCells });
      else this.add(cells);
    }
  }

  /** A cell or row address (`r`) must be on Excel's grid. */
  checkAddress(part: string, reference: string | undefined): void {
    if (reference === undefined || this.problem !== null) return;
    // Nearly every address is a plain cell ("B7"): checked without the general reference pattern.
    if (plainCellOutside(reference) ?? referenceAreas(reference).some((area) => area.outside)) this.problem = msg('limits.outsideSheet', { part, reference });
  }

  observe(part: string): ChunkObserver {
    let definedName = '';
    const scanner = new XmlTagScanner({
      tag: (name, attributes) => {
        if (name === 'c' || name === 'row') {
          this.add(1);
          const r = attribute(attributes(), 'r');
          // ExcelJS cannot place a cell without its address (it fails inside); Excel always writes one.
          if (name === 'c' && r === undefined && this.problem === null) this.problem = msg('limits.cellWithoutReference', { part });
          this.checkAddress(part, name === 'row' && r !== undefined ? `A${r}` : r);
        } else if (name === 'col') {
          const max = Number(attribute(attributes(), 'max') ?? 1);
          if (!(max <= EXCEL_LIMITS.columns) && this.problem === null) this.problem = msg('limits.outsideSheet', { part, reference: `col ${max}` });
        } else if (name === 'mergeCell') this.addRanges(part, attribute(attributes(), 'ref') ?? '');
        else if (name === 'dataValidation') this.addRanges(part, attribute(attributes(), 'sqref') ?? '');
        else if (name === 'definedName') definedName = attribute(attributes(), 'name') ?? '';
      },
      // Excel's own names (print areas, titles) become page setup, not cells; every other name's cells are built.
      wantsText: (name) => name === 'definedName' && !definedName.startsWith('_xlnm.'),
      text: (_name, text, length) => {
        if (length > EXCEL_LIMITS.formulaCharacters && this.problem === null) this.problem = msg('limits.textTooLong', { part, start: text.slice(0, 40), length, limit: EXCEL_LIMITS.formulaCharacters });
        else this.addRanges(part, text);
      },
    });
    return (chunk) => {
      scanner.push(chunk);
      return this.problem;
    };
  }
}

/** Node's zlib, stopped past the declared size (its maxOutputLength), so a bomb still stops there. */
export function inflateWithZlib(data: Uint8Array, declared: number): Uint8Array | null {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(declared, 1) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
}

/** What to do with a part's whole text once inflated for the check, or null to only check it. */
export type PartReader = (name: string) => ((text: string) => void) | null;

/**
 * Null when ExcelJS may read the package within the limits, else why not. Each part inflates once for the check;
 * those `read` asks for are handed over as text, one at a time, when the package is within the limits so far.
 */
export function xlsxPackageProblem(bytes: Uint8Array, read: PartReader = () => null): Message | null {
  const count = new PackageCount();
  let pending: (() => void) | null = null;
  const handOver = () => {
    if (count.problem === null) pending?.();
    pending = null;
  };
  const problem = zipLimitProblem(bytes, (name) => {
    handOver();
    const scan = /\.xml$/i.test(name) ? count.observe(name) : null;
    const reader = read(name);
    if (reader === null) return scan;
    const pieces: string[] = [];
    const decoder = new TextDecoder();
    pending = () => reader(pieces.join('') + decoder.decode());
    return (chunk) => {
      pieces.push(decoder.decode(chunk, { stream: true }));
      return scan === null ? null : scan(chunk);
    };
  }, undefined, inflateWithZlib);
  if (problem === null) handOver();
  return problem ?? count.problem;
}
