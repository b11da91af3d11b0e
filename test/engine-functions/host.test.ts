// The generic adapter on functions of our own: argument kinds, optional and repeating parameters, errors.
import { DetailedCellError } from 'hyperformula';
import { createPerfHyperFormula, type FunctionsMetadata } from '../../src/engine/hyperformula';
import { PerfFunctionError } from '../../src/functions/errors';

// The host is tested on functions of its own: the PERF.* implementations are not involved here.
jest.mock('../../src/functions/functions', () => ({}));

const metadata: FunctionsMetadata = {
  functions: [
    { id: 'TWICE', name: 'TWICE', parameters: [{ name: 'x', type: 'number' }], result: { type: 'number' } },
    { id: 'KIND', name: 'KIND', parameters: [{ name: 'value', type: 'any' }], result: { type: 'string' } },
    { id: 'SHAPE', name: 'SHAPE', parameters: [{ name: 'cells', type: 'any', dimensionality: 'matrix' }], result: { type: 'string' } },
    {
      id: 'OPTIONALS',
      name: 'OPTIONALS',
      parameters: [
        { name: 'a', type: 'any' },
        { name: 'b', type: 'any', optional: true },
      ],
      result: { type: 'string' },
    },
    { id: 'TOTAL', name: 'TOTAL', parameters: [{ name: 'values', type: 'number', repeating: true }], result: { type: 'number' } },
    { id: 'NOTHING', name: 'NOTHING', parameters: [], result: { type: 'number' } },
    { id: 'BROKEN', name: 'BROKEN', parameters: [], result: { type: 'number' } },
    { id: 'INFINITE', name: 'INFINITE', parameters: [], result: { type: 'number' } },
  ],
};

const describeValue = (value: unknown): string =>
  value === null ? 'null' : value instanceof PerfFunctionError ? `error ${value.code}` : `${typeof value} ${String(value)}`;

const implementations = {
  twice: (x: number) => 2 * x,
  kind: describeValue,
  shape: (cells: unknown[][]) => `${cells.length}x${cells[0].length}: ${cells.flat().map(describeValue).join(', ')}`,
  optionals: (a: unknown, b: unknown) => `${describeValue(a)} / ${describeValue(b)}`,
  total: (values: number[]) => values.reduce((sum, v) => sum + v, 0),
  nothing: () => {
    throw new PerfFunctionError('#N/A', 'Niente da mostrare');
  },
  broken: () => {
    throw new TypeError('undefined is not a function');
  },
  infinite: () => 1 / 0,
};

function sheetWith(rows: (string | number | boolean | null)[][]) {
  const hf = createPerfHyperFormula({ metadata, implementations });
  const sheet = hf.getSheetId(hf.addSheet('Foglio1'))!;
  hf.setSheetContent(sheet, rows);
  return { hf, value: (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, sheet)!) };
}

describe('HyperFormula host: one adapter for every function of the metadata', () => {
  it('calls the implementation exported under the id, ignoring case', () => {
    const { value } = sheetWith([[21, '=PERF.TWICE(A1)', '=perf.twice(2)']]);
    expect(value('B1')).toBe(42);
    expect(value('C1')).toBe(4);
  });

  it('passes scalars as Excel does: numbers, text, booleans, blank as null, errors as error values', () => {
    const { value } = sheetWith([
      [12.5, '=PERF.KIND(A1)'],
      ['49,96', '=PERF.KIND(A2)'],
      ['=TRUE()', '=PERF.KIND(A3)'],
      [null, '=PERF.KIND(A4)'],
      ['=1/0', '=PERF.KIND(A5)'],
    ]);
    expect(value('B1')).toBe('number 12.5');
    expect(value('B2')).toBe('string 49,96');
    expect(value('B3')).toBe('boolean true');
    expect(value('B4')).toBe('null');
    expect(value('B5')).toBe('error #DIV/0!');
  });

  it('passes a range as rows of cells, blanks as null', () => {
    const { value } = sheetWith([
      [1, 'a', '=PERF.SHAPE(A1:B2)'],
      [null, '=NA()'],
    ]);
    expect(value('C1')).toBe('2x2: number 1, string a, null, error #N/A');
  });

  it('gives null for an omitted optional argument', () => {
    const { value } = sheetWith([['=PERF.OPTIONALS(1)', '=PERF.OPTIONALS(1,"x")']]);
    expect(value('A1')).toBe('number 1 / null');
    expect(value('B1')).toBe('number 1 / string x');
  });

  it('gathers a repeating parameter into one array', () => {
    const { value } = sheetWith([['=PERF.TOTAL(1,2,3,4)']]);
    expect(value('A1')).toBe(10);
  });

  it('shows a thrown error value as that error with its message', () => {
    const { value } = sheetWith([['=PERF.NOTHING()']]);
    const error = value('A1') as DetailedCellError;
    expect(error).toBeInstanceOf(DetailedCellError);
    expect(error.value).toBe('#N/A');
    expect(error.message).toBe('Niente da mostrare');
  });

  it('turns a bug into #VALUE! naming the function, and a non-finite number into #NUM!', () => {
    const { value } = sheetWith([['=PERF.BROKEN()', '=PERF.INFINITE()']]);
    expect((value('A1') as DetailedCellError).value).toBe('#VALUE!');
    expect((value('A1') as DetailedCellError).message).toContain('PERF.BROKEN');
    expect((value('B1') as DetailedCellError).value).toBe('#NUM!');
  });

  it('answers #N/A for a wrong number of arguments, like a built-in', () => {
    const { value } = sheetWith([['=PERF.TWICE()', '=PERF.TWICE(1,2)']]);
    expect((value('A1') as DetailedCellError).value).toBe('#N/A');
    expect((value('B1') as DetailedCellError).value).toBe('#N/A');
  });

  it('refuses metadata it cannot honour, naming the function', () => {
    const streaming: FunctionsMetadata = { functions: [{ id: 'TICK', name: 'TICK', parameters: [], options: { stream: true } }] };
    expect(() => createPerfHyperFormula({ metadata: streaming, implementations: { tick: () => 0 } })).toThrow(/TICK.*stream/);
    const missing: FunctionsMetadata = { functions: [{ id: 'GHOST', name: 'GHOST', parameters: [] }] };
    expect(() => createPerfHyperFormula({ metadata: missing, implementations: {} })).toThrow(/GHOST/);
  });

  it('uses Excel date serials: 31/07/2022 typed in a cell is 44773', () => {
    const { value } = sheetWith([['31/07/2022', '=PERF.KIND(A1)']]);
    expect(value('A1')).toBe(44773);
    expect(value('B1')).toBe('number 44773');
  });
});
