// The index of long dependency lists: a cell read by many formulas still drives every one of them, through
// changes, removed formulas and formulas written again, exactly as without it.
import { HyperFormula } from 'hyperformula';
import { indexDependencyEdges } from '../src/edge-index';
import { EXCEL_LIKE_CONFIG } from '../src/excel-like-config';

const DEPENDENTS = 200;

function workbook(indexed: boolean): HyperFormula {
  const hf = HyperFormula.buildFromArray([[2]], EXCEL_LIKE_CONFIG);
  if (indexed) expect(indexDependencyEdges(hf)).toBe(true);
  hf.addNamedExpression('SOGLIA', '=Sheet1!$A$1');
  for (let row = 1; row <= DEPENDENTS; row++) hf.setCellContents({ sheet: 0, row, col: 0 }, [[`=SOGLIA*${row}+A1`]]);
  return hf;
}

/** Every dependent's value after: a new value, half the dependents cleared, written again with another formula, a new value. */
function story(hf: HyperFormula): unknown[] {
  const column = () => Array.from({ length: DEPENDENTS }, (_, index) => hf.getCellValue({ sheet: 0, row: index + 1, col: 0 }));
  const seen: unknown[] = [column()];
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[5]]);
  seen.push(column());
  for (let row = 1; row <= DEPENDENTS; row += 2) hf.setCellContents({ sheet: 0, row, col: 0 }, [[null]]);
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[7]]);
  seen.push(column());
  for (let row = 1; row <= DEPENDENTS; row += 2) hf.setCellContents({ sheet: 0, row, col: 0 }, [[`=SOGLIA-${row}`]]);
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[11]]);
  seen.push(column());
  return seen;
}

describe('dependency edge index', () => {
  it('gives the same values as HyperFormula alone, and the values a hand computation gives', () => {
    const indexed = story(workbook(true));
    expect(indexed).toEqual(story(workbook(false)));
    const last = indexed[3] as number[];
    expect(last[0]).toBe(11 - 1); // row 1: written again as =SOGLIA-1
    expect(last[1]).toBe(11 * 2 + 11); // row 2: =SOGLIA*2+A1 all along
  });
});
