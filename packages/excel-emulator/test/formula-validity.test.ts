// The emulator remembers whether a formula's syntax is valid, sharing one answer between formulas that differ only
// in a quoted sheet name: the remembered answer must always be HyperFormula's own.
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { CellStore } from '../src/cell-store';

describe('remembered formula checks', () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const store = new CellStore(hf);

  it('agree with HyperFormula for links to other sheets, string literals holding quotes, and broken text', () => {
    const formulas = [
      "='Obiettivo 5'!B21",
      "='Obiettivo 6'!B21",
      "='Obiettivo 6'!B21+",
      "='It''s'!A1",
      '="a\'x"&"\'!"',
      '="a\'x"&\'!"',
      "='A'!B1:C",
      "=SUM('x y'!A1:A3)",
    ];
    expect(formulas.map((formula) => store.isValidFormula(formula))).toEqual(formulas.map((formula) => hf.validateFormula(formula)));
  });

  it('agree with HyperFormula on random text made of quotes, references and operators', () => {
    const piece = fc.constantFrom("'", '"', '!', 'A1', 'B', '1', '&', '+', "'S'!", "'T x'!", ' ', '(', ')', ',', ':', 'SUM(');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const formula = `=${pieces.join('')}`;
        expect(store.isValidFormula(formula)).toBe(hf.validateFormula(formula));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});
