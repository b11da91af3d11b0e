// Excel's limits checked on a layout before it is written, naming the objective and the field.
import { renderMessage } from '../../src/core/messages';
import type { Objective } from '../../src/core/model';
import { layoutLimitProblem } from '../../src/workbook/excel-limits';
import type { SheetLayout } from '../../src/workbook/layout';
import { objectiveSheetLayout } from '../../src/workbook/objective-sheet';

const objective = (changes: Partial<Objective> = {}): Objective => ({
  number: 4,
  title: 'Riduzione dei tempi',
  planReferences: [],
  indicators: [
    { name: 'Tempo medio', target: '< 30 gg', actual: '27' },
    { name: 'Pratiche evase', target: '>= 700', actual: '1.134' },
  ],
  ...changes,
});

const said = (layout: SheetLayout, language: 'it' | 'en' = 'it') => {
  const problem = layoutLimitProblem(layout);
  return problem === null ? null : renderMessage(problem, language);
};

describe('layoutLimitProblem', () => {
  it('passes an ordinary objective sheet', () => {
    expect(said(objectiveSheetLayout(objective()))).toBeNull();
  });

  it('names the objective and the header field whose text passes 32,767 characters', () => {
    const layout = objectiveSheetLayout(objective({ description: 'x'.repeat(40_000) }));
    expect(said(layout)).toBe('Obiettivo 4, campo "Descrizione": 40.000 caratteri, oltre i 32.767 che una cella di Excel può contenere');
    expect(said(layout, 'en')).toBe('Objective 4, field "Description": 40,000 characters, over the 32,767 an Excel cell can hold');
  });

  it('names the indicator and its column', () => {
    const long = objective();
    long.indicators[1] = { ...long.indicators[1], target: `>= ${'9'.repeat(33_000)}` };
    expect(said(objectiveSheetLayout(long))).toBe('Obiettivo 4, indicatore 2, campo "Target": 33.003 caratteri, oltre i 32.767 che una cella di Excel può contenere');
  });

  it('refuses an objective with more indicators than a sheet is read back with', () => {
    const many = objective({ indicators: Array.from({ length: 5_001 }, (_, i) => ({ name: `Indicatore ${i}`, target: '>= 1' })) });
    expect(said(objectiveSheetLayout(many))).toBe('Obiettivo 4: 5.001 indicatori, oltre i 5.000 che un foglio obiettivo può contenere');
  });

  it('names the sheet and the cell elsewhere: a formula too long, a block past the last row', () => {
    const base = objectiveSheetLayout(objective());
    const summary: SheetLayout = { ...base, key: 'summary', name: 'Riepilogo', tag: { kind: 'summary' }, tables: [], blocks: [{ address: 'B7', cells: [[{ formula: `=${'A1+'.repeat(3000)}1` }]] }] };
    expect(said(summary)).toBe("'Riepilogo'!B7: formula di 9.002 caratteri, oltre i 8.192 di Excel");
    const tall: SheetLayout = { ...summary, blocks: [{ address: 'A1048576', cells: [[{ value: 1 }], [{ value: 2 }]] }] };
    expect(said(tall, 'en')).toBe("sheet \"Riepilogo\" would reach cell A1048577, past Excel's 1,048,576 rows or column XFD");
  });
});
