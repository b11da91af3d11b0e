// Sheet names follow Excel's rules; formulas work across sheets, survive renames; strings read as Excel reads them.

import { emulator, rejection } from './helpers';

async function addSheet(name: string) {
  const emu = emulator();
  return rejection(
    emu.Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    }),
  );
}

describe('sheet names follow Excel rules', () => {
  it.each([
    ['a name over 31 characters', 'Obiettivo 1 - Digitalizzazione dei servizi', /at most 31/],
    ['a forbidden character', 'Obiettivo 1/2', /contains "\/"/],
    ['a colon', 'Ob: 1', /contains ":"/],
    ['brackets', 'Ob [1]', /contains "\["/],
    ['a blank name', '   ', /blank/],
    ['a leading apostrophe', "'Ob 1", /apostrophe/],
    ['a trailing apostrophe', "Ob 1'", /apostrophe/],
  ])('%s is refused with InvalidArgument', async (_what, name, reason) => {
    const error = await addSheet(name);
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toMatch(reason);
  });

  it('a name used by another sheet, in any case, is refused with ItemAlreadyExists', async () => {
    const emu = emulator({ sheets: ['Riepilogo'] });
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.add('RIEPILOGO');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
    expect(emu.sheetNames()).toEqual(['Riepilogo']);
  });

  it('31 characters, spaces, apostrophes inside and accents are accepted; a sheet may change the case of its own name', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.add('x'.repeat(31));
      context.workbook.worksheets.add("L'anno è finito");
      const sheet = context.workbook.worksheets.add('riepilogo');
      await context.sync();
      sheet.name = 'Riepilogo';
      await context.sync();
    });
    expect(emu.sheetNames()).toEqual(['Sheet1', 'x'.repeat(31), "L'anno è finito", 'Riepilogo']);
  });

  it('add() without a name picks the next free SheetN, as Excel does', async () => {
    const emu = emulator({ sheets: ['Sheet1', 'Sheet3'] });
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.add();
      await context.sync();
    });
    expect(emu.sheetNames()).toEqual(['Sheet1', 'Sheet3', 'Sheet4']);
  });

  it('renaming to a taken name fails and keeps the old name', async () => {
    const emu = emulator({ sheets: ['A', 'B'] });
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('B').name = 'a';
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
    expect(emu.sheetNames()).toEqual(['A', 'B']);
  });

  it('the last visible sheet cannot be deleted or hidden', async () => {
    const emu = emulator();
    const deleting = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').delete();
        await context.sync();
      }),
    );
    expect(deleting.code).toBe('InvalidOperation');
    const hiding = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
        await context.sync();
      }),
    );
    expect(hiding.code).toBe('InvalidOperation');
  });
});

describe('formulas across sheets', () => {
  it('references to sheets with spaces and apostrophes work, even when the sheet is added later', async () => {
    const emu = emulator({ sheets: ['Riepilogo'] });
    await emu.Excel.run(async (context) => {
      const summary = context.workbook.worksheets.getItem('Riepilogo');
      summary.getRange('A1:B1').formulas = [["='Obiettivo 1'!B3*2", "='L''anno'!A1&\"!\""]];
      const first = context.workbook.worksheets.add('Obiettivo 1');
      first.getRange('B3').values = [[21]];
      context.workbook.worksheets.add("L'anno").getRange('A1').values = [['ciao']];
      await context.sync();
    });
    expect(emu.cell('Riepilogo', 'A1').value).toBe(42);
    expect(emu.cell('Riepilogo', 'B1').value).toBe('ciao!');
  });

  it('renaming a sheet keeps the other sheets\' formulas working and shows the new name in them', async () => {
    const emu = emulator({ sheets: ['Riepilogo', 'Obiettivo 1'] });
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Obiettivo 1').getRange('B3').values = [[0.5]];
      context.workbook.worksheets.getItem('Riepilogo').getRange('A1').formulas = [["='Obiettivo 1'!B3"]];
      await context.sync();
      context.workbook.worksheets.getItem('Obiettivo 1').name = 'Digitalizzazione';
      await context.sync();
      context.workbook.worksheets.getItem('Digitalizzazione').getRange('B3').values = [[0.75]];
      const formula = context.workbook.worksheets.getItem('Riepilogo').getRange('A1').load('formulas, values');
      await context.sync();
      expect(formula.formulas).toEqual([['=Digitalizzazione!B3']]);
      expect(formula.values).toEqual([[0.75]]);
    });
  });

  it('values are computed; formulas give formulas where there are some and constants elsewhere', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
      range.values = [[2, 'testo', '=A1*3', true]];
      range.load('values, formulas, valueTypes');
      const empty = context.workbook.worksheets.getItem('Sheet1').getRange('E1').load('values, formulas, valueTypes');
      await context.sync();
      expect(range.values).toEqual([[2, 'testo', 6, true]]);
      expect(range.formulas).toEqual([[2, 'testo', '=A1*3', true]]);
      expect(range.valueTypes).toEqual([['Double', 'String', 'Double', 'Boolean']]);
      expect([empty.values, empty.formulas, empty.valueTypes]).toEqual([[['']], [['']], [['Empty']]]);
    });
  });

  it('errors read as Excel error texts; bare TRUE/FALSE work in formulas', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:D1').formulas = [['=1/0', '=NOSUCHFUNCTION(1)', '=IF(1>0, TRUE, FALSE)', '=NOT(FALSE)']];
      await context.sync();
    });
    const row = emu.cells('Sheet1', 'A1:D1')[0];
    expect(row.map((c) => c.value)).toEqual(['#DIV/0!', '#NAME?', true, true]);
    expect(row[0].valueType).toBe('Error');
    expect(row[2].formula).toBe('=IF(1>0, TRUE, FALSE)');
  });

  it('an invalid formula is refused with InvalidArgument naming the cell; structured references are not emulated', async () => {
    const emu = emulator();
    const invalid = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B2').formulas = [['=SUM(1;2)']];
        await context.sync();
      }),
    );
    expect(invalid.code).toBe('InvalidArgument');
    expect(invalid.message).toContain('Sheet1!B2');
    const structured = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B2').formulas = [['=SUM(Table1[Peso])']];
        await context.sync();
      }),
    );
    expect(structured.message).toMatch(/^not emulated: structured table references/);
  });
});

describe('strings are read as Excel en-US reads typed input', () => {
  it('numbers, percentages, booleans and dates become values; other text stays text', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:H1').values = [['600', '49,96', '50%', 'TRUE', '7/31/2022', '31/07/2022', '1,234.5', "'600"]];
      await context.sync();
    });
    const row = emu.cells('Sheet1', 'A1:H1')[0];
    expect(row.map((c) => c.value)).toEqual([600, '49,96', 0.5, true, 44773, '31/07/2022', 1234.5, '600']);
    expect(row.map((c) => c.numberFormat)).toEqual(['General', 'General', '0%', 'General', 'm/d/yyyy', 'General', '#,##0.00', 'General']);
    expect(row[4].text).toBe('7/31/2022');
  });

  it('an error typed as a constant is an Error value; with an apostrophe it is text', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['#N/A', "'#N/A"]];
      await context.sync();
    });
    expect(emu.cells('Sheet1', 'A1:B1')[0].map((c) => [c.value, c.valueType])).toEqual([['#N/A', 'Error'], ['#N/A', 'String']]);
  });

  it('a cell formatted as text ("@") keeps numbers and formulas as text, as in Excel', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.numberFormat = [['@', '@']];
      range.values = [['100%', '=1+1']];
      await context.sync();
    });
    expect(emu.cells('Sheet1', 'A1:B1')[0].map((c) => [c.value, c.formula])).toEqual([['100%', null], ['=1+1', null]]);
  });

  it('setCellInput does what typing does and notifies listeners', () => {
    const emu = emulator();
    const events: string[] = [];
    const stop = emu.onChange((event) => events.push(event.source));
    emu.setCellInput('Sheet1', 'A1', '600');
    emu.setCellInput('Sheet1', 'A2', '=A1+1');
    const typed = emu.setCellInput('Sheet1', 'A3', '49,96');
    expect(emu.cell('Sheet1', 'A2').value).toBe(601);
    expect(typed.value).toBe('49,96');
    emu.setCellInput('Sheet1', 'A1', '');
    expect(emu.cell('Sheet1', 'A2').value).toBe(1);
    stop();
    emu.setCellInput('Sheet1', 'A1', '5');
    expect(events).toEqual(['input', 'input', 'input', 'input']);
  });

  it('a sync that changes the workbook notifies listeners once', async () => {
    const emu = emulator();
    const events: string[] = [];
    emu.onChange((event) => events.push(event.source));
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3').values = [[1], [2], [3]];
      context.workbook.worksheets.add('Due');
      await context.sync();
      context.workbook.worksheets.getItem('Due').load('name');
      await context.sync();
    });
    expect(events).toEqual(['sync']);
  });
});
