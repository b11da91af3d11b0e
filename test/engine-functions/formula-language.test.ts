// Formulas as Italian Excel writes them: names from HyperFormula's itIT pack and functions-it-names.json, ";" and ",".
import type { RawCellContent } from 'hyperformula';
import example from '../../examples/relazione-2022.json';
import type { Report } from '../../src/core/model';
import { buildObjectives, generateSummary } from '../../src/excel';
import { delocalizeFormula, localizeFormula } from '../../src/engine/formula-language';
import { createPerfHyperFormula } from '../../src/engine/hyperformula';
import { settingsWithReport } from '../../src/workbook/report-settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { emulatedWorkbook } from '../excel/emulated-workbook';

test.each([
  ['=PERF.ACHIEVED(G20,B20)', '=PERF.RAGGIUNTO(G20;B20)'],
  ['=IF(ISNUMBER(B5),B5*0.5,"a, b; c.d")', '=SE(VAL.NUMERO(B5);B5*0,5;"a, b; c.d")'],
  ["=SUM('Obiettivo 1'!B5:B7,Riepilogo!C2)", "=SOMMA('Obiettivo 1'!B5:B7;Riepilogo!C2)"],
  ['=IFERROR(1/0,#N/A)+IF(ISERROR(A1),#VALUE!,#DIV/0!)', '=SE.ERRORE(1/0;#N/D)+SE(VAL.ERRORE(A1);#VALORE!;#DIV/0!)'],
  ['=AND(TRUE,B2=FALSE())', '=E(VERO;B2=FALSO())'],
  ['=SUM({1,2.5;3,4})', '=SOMMA({1\\2,5;3\\4})'],
  ['=COUNTIFS(A:A,">=1.5",B:B,"<>")', '=CONTA.PIÙ.SE(A:A;">=1.5";B:B;"<>")'],
  ['=1.5E+3+TRG_SETTINGS_CUTOFF', '=1,5E+3+TRG_SETTINGS_CUTOFF'],
  ['=PERF.FUNDSHARE(B10,B25,0.6,"fasce",F2:G4)', '=PERF.QUOTA.FONDO(B10;B25;0,6;"fasce";F2:G4)'],
])('%s is %s in Italian, and back', (english, italian) => {
  expect(localizeFormula(english, 'it-IT')).toBe(italian);
  expect(delocalizeFormula(italian, 'it-IT')).toBe(english);
});

test('what the analyst types in lower case is read too, and English stays English', () => {
  expect(delocalizeFormula('=perf.raggiunto(g20;b20)', 'it-IT')).toBe('=PERF.ACHIEVED(g20,b20)');
  expect(localizeFormula('=PERF.ACHIEVED(G20,B20)', 'en-US')).toBe('=PERF.ACHIEVED(G20,B20)');
  expect(delocalizeFormula('=SUM(A1,2.5)', 'en-GB')).toBe('=SUM(A1,2.5)');
});

test('constants are not formulas and pass unchanged', () => {
  expect(localizeFormula('1.5', 'it-IT')).toBe('1.5');
  expect(delocalizeFormula('SOMMA(1;2)', 'it-IT')).toBe('SOMMA(1;2)');
});

describe('every formula of the 2022 workbook', () => {
  const report = example as unknown as Report;
  const { emu, excel } = emulatedWorkbook();
  beforeAll(async () => {
    await buildObjectives(excel, report.objectives, { settings: settingsWithReport(DEFAULT_SETTINGS, report) });
    await generateSummary(excel);
  });

  const italianSheets = (): Record<string, RawCellContent[][]> => {
    const sheets = emu.hyperformula.getAllSheetsSerialized();
    return Object.fromEntries(
      Object.entries(sheets).map(([name, rows]) => [name, rows.map((row) => row.map((cell) => (typeof cell === 'string' ? localizeFormula(cell, 'it-IT') : cell)))]),
    );
  };

  it('comes back unchanged from Italian', () => {
    const sheets = emu.hyperformula.getAllSheetsSerialized();
    const italian = italianSheets();
    let formulas = 0;
    for (const [name, rows] of Object.entries(sheets)) {
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== 'string' || !cell.startsWith('=')) return;
          formulas += 1;
          expect({ cell: `${name}!${r}:${c}`, formula: delocalizeFormula(italian[name][r][c] as string, 'it-IT') }).toEqual({ cell: `${name}!${r}:${c}`, formula: cell });
        }),
      );
    }
    expect(formulas).toBeGreaterThan(100);
  });

  it('computes the same in Italian HyperFormula as in English', () => {
    // The Italian engine reads "1.134" in text as Italian Excel would; without thousands it reads text as the English one.
    const italian = createPerfHyperFormula({ language: 'it', config: { thousandSeparator: '' } });
    for (const [name, rows] of Object.entries(italianSheets())) {
      const id = italian.getSheetId(italian.addSheet(name))!;
      italian.setCellContents({ sheet: id, row: 0, col: 0 }, rows);
    }
    for (const { name, expression } of emu.hyperformula.getAllNamedExpressionsSerialized()) {
      italian.addNamedExpression(name, typeof expression === 'string' ? localizeFormula(expression, 'it-IT') : expression);
    }
    const errorsAsTypes = (sheets: Record<string, unknown[][]>) =>
      JSON.stringify(sheets, (_key, value: unknown) => (value && typeof value === 'object' && 'type' in value ? `#${String((value as { type: string }).type)}` : value));
    expect(errorsAsTypes(italian.getAllSheetsValues())).toBe(errorsAsTypes(emu.hyperformula.getAllSheetsValues()));
  });
});
