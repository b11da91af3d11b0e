// Custom properties, tables, defined names and document settings behave as in Excel and are visible to inspection.

import { emulator, rejection } from './helpers';

describe('worksheet custom properties', () => {
  it('add, overwrite (keys ignore case), read back, find by key and delete', async () => {
    const emu = emulator({ sheets: ['Obiettivo 1'] });
    await emu.Excel.run(async (context) => {
      const props = context.workbook.worksheets.getItem('Obiettivo 1').customProperties;
      props.add('traguardo.objective', '1');
      props.add('Traguardo.Objective', '2');
      props.add('traguardo.version', '1');
      const missing = props.getItemOrNullObject('nope');
      const found = props.getItem('TRAGUARDO.OBJECTIVE').load('key, value');
      props.load('items/key, items/value');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect([found.key, found.value]).toEqual(['Traguardo.Objective', '2']);
      expect(props.items.map((p) => [p.key, p.value])).toEqual([['Traguardo.Objective', '2'], ['traguardo.version', '1']]);
      props.getItem('traguardo.version').delete();
      await context.sync();
    });
    expect(emu.customProperties('Obiettivo 1')).toEqual({ 'Traguardo.Objective': '2' });
  });

  it('properties stay with the sheet when it is renamed (a tag finds it, not its name)', async () => {
    const emu = emulator({ sheets: ['Obiettivo 9'] });
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Obiettivo 9').customProperties.add('traguardo.objective', '9');
      await context.sync();
      context.workbook.worksheets.getItem('Obiettivo 9').name = 'Partecipazione';
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const props = sheets.items.map((sheet) => sheet.customProperties.getItemOrNullObject('traguardo.objective').load('value'));
      await context.sync();
      expect(props.map((p) => (p.isNullObject ? null : p.value))).toEqual(['9']);
    });
  });

  it('a value must be text and getItem of a missing key fails with ItemNotFound', async () => {
    const emu = emulator();
    const notText = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').customProperties.add('n', 5 as never);
        await context.sync();
      }),
    );
    expect(notText.code).toBe('InvalidArgument');
    const missing = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').customProperties.getItem('nope').load('value');
        await context.sync();
      }),
    );
    expect(missing.code).toBe('ItemNotFound');
  });
});

describe('tables', () => {
  async function withTable(emu: ReturnType<typeof emulator>) {
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C3').values = [['Indicatore', 'Risultato', 'Doppio'], ['a', 1, '=B2*2'], ['b', 2, '=B3*2']];
      sheet.getRange('A5').values = [['sotto']];
      const table = sheet.tables.add('A1:C3', true);
      table.name = 'Indicatori_1';
      await context.sync();
    });
  }

  it('add records the table with its headers; name, ranges and columns read back', async () => {
    const emu = emulator();
    await withTable(emu);
    expect(emu.tables()).toEqual([
      { id: '1', name: 'Indicatori_1', sheet: 'Sheet1', address: 'A1:C3', headers: ['Indicatore', 'Risultato', 'Doppio'], showTotals: false, style: 'TableStyleMedium2' },
    ]);
    expect(emu.cell('Sheet1', 'B2').table).toBe('Indicatori_1');
    await emu.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('indicatori_1');
      const header = table.getHeaderRowRange().load('address, values');
      const body = table.getDataBodyRange().load('address');
      const column = table.columns.getItemAt(1).load('name, index, values');
      table.load('name, showTotals, style');
      await context.sync();
      expect([header.address, body.address]).toEqual(['Sheet1!A1:C1', 'Sheet1!A2:C3']);
      expect([column.name, column.index, column.values]).toEqual(['Risultato', 1, [['Risultato'], [1], [2]]]);
      expect([table.name, table.showTotals]).toEqual(['Indicatori_1', false]);
    });
  });

  it('blank and repeated headers are made unique as Excel does', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').values = [['Peso', '', 'peso']];
      sheet.tables.add('A1:C2', true);
      await context.sync();
    });
    expect(emu.tables()[0].headers).toEqual(['Peso', 'Column2', 'peso2']);
  });

  it('overlapping tables and taken names are refused', async () => {
    const emu = emulator();
    await withTable(emu);
    const overlap = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').tables.add('C3:D4', true);
        await context.sync();
      }),
    );
    expect(overlap.code).toBe('InvalidArgument');
    expect(overlap.message).toContain('Indicatori_1');
    const taken = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.names.add('INDICATORI_1', '=1');
        await context.sync();
      }),
    );
    expect(taken.code).toBe('ItemAlreadyExists');
  });

  it('showTotals adds a totals row with Total and a SUBTOTAL of the last column', async () => {
    const emu = emulator();
    await withTable(emu);
    await emu.Excel.run(async (context) => {
      context.workbook.tables.getItem('Indicatori_1').showTotals = true;
      await context.sync();
    });
    expect(emu.tables()[0]).toMatchObject({ address: 'A1:C4', showTotals: true });
    expect(emu.cells('Sheet1', 'A4:C4')[0].map((c) => c.value)).toEqual(['Total', '', 6]);
  });

  it('delete removes the table and its cells; a deleted table fails later use', async () => {
    const emu = emulator();
    await withTable(emu);
    const error = await rejection(
      emu.Excel.run(async (context) => {
        const table = context.workbook.tables.getItem('Indicatori_1');
        table.delete();
        await context.sync();
        table.load('name');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(emu.tables()).toEqual([]);
    expect(emu.cell('Sheet1', 'A2').value).toBe('');
  });

  it('hasHeaders = false is not emulated', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.tables.add('Sheet1!A1:B2', false);
        await context.sync();
      }),
    );
    expect(error.message).toMatch(/^not emulated: TableCollection.add with hasHeaders = false/);
  });
});

describe('defined names', () => {
  it('a name for a range is usable in formulas, reports type Range, and follows a sheet rename', async () => {
    const emu = emulator({ sheets: ['Impostazioni', 'Riepilogo'] });
    await emu.Excel.run(async (context) => {
      const settings = context.workbook.worksheets.getItem('Impostazioni');
      settings.getRange('B2').values = [[100000]];
      context.workbook.names.add('Fondo', settings.getRange('B2'), 'Fondo art. 67 c.5 lett. b');
      context.workbook.worksheets.getItem('Riepilogo').getRange('A1').formulas = [['=Fondo*0.5']];
      await context.sync();
      settings.name = 'Parametri';
      const item = context.workbook.names.getItem('fondo').load('name, type, value, formula, comment');
      const target = item.getRange().load('address');
      await context.sync();
      expect([item.name, item.type, item.value, item.formula, item.comment]).toEqual(['Fondo', 'Range', 'Parametri!$B$2', '=Parametri!$B$2', 'Fondo art. 67 c.5 lett. b']);
      expect(target.address).toBe('Parametri!B2');
    });
    expect(emu.cell('Riepilogo', 'A1').value).toBe(50000);
    expect(emu.names()).toEqual([
      { name: 'Fondo', scope: null, formula: '=Parametri!$B$2', type: 'Range', value: 'Parametri!$B$2', comment: 'Fondo art. 67 c.5 lett. b', visible: true },
    ]);
  });

  it('a formula name has its computed value and type; getItemOrNullObject of a missing name is null', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const rate = context.workbook.names.add('Soglia', '=0.6');
      rate.load('type, value');
      const missing = context.workbook.names.getItemOrNullObject('Altro');
      await context.sync();
      expect([rate.type, rate.value, missing.isNullObject]).toEqual(['Double', 0.6, true]);
    });
  });

  it('invalid names are refused: cell-like, spaces, leading digits', async () => {
    for (const name of ['A1', 'due parole', '1nome', 'R1C1']) {
      const emu = emulator();
      const error = await rejection(
        emu.Excel.run(async (context) => {
          context.workbook.names.add(name, '=1');
          await context.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    }
  });

  it('worksheet.names are scoped to the sheet and can tag it', async () => {
    const emu = emulator({ sheets: ['Obiettivo 1'] });
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Obiettivo 1');
      sheet.names.add('Traguardo_Obiettivo', '="1"');
      sheet.getRange('A1').formulas = [['=Traguardo_Obiettivo']];
      const item = sheet.names.getItem('Traguardo_Obiettivo').load('scope, value');
      await context.sync();
      expect([item.scope, item.value]).toEqual(['Worksheet', '1']);
    });
    expect(emu.cell('Obiettivo 1', 'A1').value).toBe('1');
    expect(emu.names()[0].scope).toBe('Obiettivo 1');
  });
});

describe('document settings', () => {
  it('add, read, replace and delete JSON values', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      context.workbook.settings.add('traguardo', { language: 'it', version: 1 });
      await context.sync();
      const setting = context.workbook.settings.getItem('traguardo').load('value');
      const missing = context.workbook.settings.getItemOrNullObject('other');
      await context.sync();
      expect(setting.value).toEqual({ language: 'it', version: 1 });
      expect(missing.isNullObject).toBe(true);
      context.workbook.settings.add('traguardo', { language: 'en' });
      context.workbook.settings.add('gone', 1);
      await context.sync();
      context.workbook.settings.getItem('gone').delete();
      await context.sync();
    });
    expect(emu.settings()).toEqual({ traguardo: { language: 'en' } });
  });
});
