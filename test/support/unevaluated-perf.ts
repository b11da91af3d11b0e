// A workbook whose PERF formulas Excel has not evaluated: their calls written under the Italian names, as an analyst's
// Italian Excel keeps them when they were entered before the add-in had loaded. Excel (and the emulator) knows no
// such function, so each shows #NAME? until the formula is entered again under the function's own name.
import type { ExcelEmulator } from '@traguardo/excel-emulator';
import italianNames from '../../src/functions/functions-it-names.json';

const ITALIAN: Record<string, string> = Object.fromEntries(Object.entries(italianNames).map(([id, entry]) => [id, entry.name]));

/** Rewrites every PERF call of `sheets` to its Italian name in one batch; returns how many formulas it rewrote. */
export async function unevaluatePerf(emu: ExcelEmulator, sheets: readonly string[]): Promise<number> {
  return emu.Excel.run(async (context) => {
    const ranges = sheets.map((name) => {
      const range = context.workbook.worksheets.getItem(name).getUsedRange();
      range.load('formulas,address');
      return range;
    });
    await context.sync();
    let changed = 0;
    ranges.forEach((range) => {
      (range.formulas as unknown[][]).forEach((row, r) =>
        row.forEach((formula, c) => {
          if (typeof formula !== 'string' || !/PERF\./.test(formula)) return;
          const italian = formula.replace(/PERF\.([A-Z]+)\(/g, (call, id: string) => (ITALIAN[id] ? `PERF.${ITALIAN[id]}(` : call));
          range.getCell(r, c).formulas = [[italian]];
          changed += 1;
        }),
      );
    });
    await context.sync();
    return changed;
  });
}
