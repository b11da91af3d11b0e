// Office.js rules the emulator keeps: load before read, errors at sync, null objects, shapes, unemulated APIs.

import { emulator, rejection, thrown } from './helpers';

describe('properties follow load + sync', () => {
  it('reading a property before load and sync throws PropertyNotLoaded, after them it has the value', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [[1, '=A1*2']];
      await context.sync();
      const fresh = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      const error = thrown(() => fresh.values);
      expect(error.code).toBe('PropertyNotLoaded');
      expect(error.message).toContain("'values'");
      fresh.load('values');
      expect(() => fresh.values).toThrow(/not available/);
      await context.sync();
      expect(fresh.values).toEqual([[1, 2]]);
      expect(() => fresh.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('an assigned property reads back as assigned, before any sync, as in Office.js', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      range.values = [['=1+1']];
      expect(range.values).toEqual([['=1+1']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it('loads run in queue order: a load queued before a write sees the old value', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const before = sheet.getRange('A1').load('values');
      sheet.getRange('A1').values = [[5]];
      const after = sheet.getRange('A1').load('values');
      await context.sync();
      expect(before.values).toEqual([['']]);
      expect(after.values).toEqual([[5]]);
    });
  });

  it('load accepts paths, arrays and object notation', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
      range.format.font.bold = true;
      const a = context.workbook.worksheets.getItem('Sheet1').getRange('B2').load('address, format/font/bold');
      const b = context.workbook.worksheets.getItem('Sheet1').getRange('B2').load(['rowIndex', 'columnIndex']);
      const c = context.workbook.worksheets.getItem('Sheet1').getRange('B2').load({ format: { font: { bold: true } } } as never);
      await context.sync();
      expect([a.address, a.format.font.bold]).toEqual(['Sheet1!B2', true]);
      expect([b.rowIndex, b.columnIndex]).toEqual([1, 1]);
      expect(c.format.font.bold).toBe(true);
    });
  });
});

describe('errors surface at sync, shaped like OfficeExtension.Error', () => {
  it('worksheets.getItem of a missing sheet rejects the sync with ItemNotFound naming the sheet', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Riepilogo');
        sheet.getRange('A1').values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(error.message).toContain('Riepilogo');
    expect(error.debugInfo).toMatchObject({ code: 'ItemNotFound', errorLocation: 'WorksheetCollection.getItem' });
  });

  it('getItem alone fails at the sync, not at the call, and earlier actions stay applied', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['written']];
        const missing = context.workbook.worksheets.getItem('Missing');
        expect(missing).toBeDefined();
        context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['not written']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(emu.cell('Sheet1', 'A1').value).toBe('written');
    expect(emu.cell('Sheet1', 'A2').value).toBe('');
  });

  it('the error names the failing statement', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(error.debugInfo.statement).toMatch(/^Range\.values = /);
  });
});

describe('null objects', () => {
  it('getItemOrNullObject reports isNullObject after sync; reading it before throws', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Riepilogo');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('a null object loads nothing, its properties read as undefined, and work queued on it is skipped', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      missing.load('name');
      missing.getRange('A1').values = [[1]];
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
    expect(emu.sheetNames()).toEqual(['Sheet1']);
  });

  it('getUsedRangeOrNullObject of a blank sheet is null; getUsedRange gives A1', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const none = sheet.getUsedRangeOrNullObject();
      const used = sheet.getUsedRange().load('address');
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(used.address).toBe('Sheet1!A1');
    });
  });
});

describe('2-D assignments must match the range', () => {
  it.each([
    ['values', [[1, 2, 3]]],
    ['formulas', [['=1'], ['=2']]],
    ['numberFormat', [['0%', '0%'], ['0%']]],
  ] as const)('%s with the wrong shape fails with InvalidArgument', async (property, value) => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
        (range as unknown as Record<string, unknown>)[property] = value;
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toContain('Sheet1!A1:B2');
    expect(error.message).toContain('2x2');
  });

  it('a single value (not an array) is written to every cell', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      range.values = 7 as never;
      range.numberFormat = '0.0' as never;
      await context.sync();
    });
    expect(emu.cells('Sheet1', 'A1:B2').map((line) => line.map((c) => c.text))).toEqual([['7.0', '7.0'], ['7.0', '7.0']]);
  });

  it('null in a 2-D assignment leaves that cell unchanged', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.values = [['a', 'b', 'c']];
      await context.sync();
      range.values = [['x', null, 'z']];
      await context.sync();
    });
    expect(emu.cells('Sheet1', 'A1:C1')[0].map((c) => c.value)).toEqual(['x', 'b', 'z']);
  });
});

describe('anything not emulated says so', () => {
  it('unknown methods, properties, assignments and enum members throw "not emulated: <api>"', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2') as unknown as Record<string, unknown>;
      expect(() => (range.merge as () => void)()).toThrow('not emulated: Range.merge');
      expect(() => range.hyperlink).toThrow('not emulated: Range.hyperlink');
      expect(() => {
        range.rowHidden = true;
      }).toThrow('not emulated: Range.rowHidden');
      expect(() => (emu.Excel.ChartType as Record<string, string>).sunburst).toThrow('not emulated: Excel.ChartType.sunburst');
      expect(() => (emu.Excel as unknown as Record<string, unknown>).createWorkbook).toThrow('not emulated: Excel.createWorkbook');
      expect(() => context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('DataBar')).toThrow(/not emulated: ConditionalFormatCollection.add\("DataBar"\)/);
      expect(() => (context as unknown as Record<string, unknown>).trackedObjects).toThrow('not emulated: RequestContext.trackedObjects');
    });
  });

  it('loading a property the emulator does not know fails the sync as not emulated', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('hidden');
        await context.sync();
      }),
    );
    expect(error.message).toBe('not emulated: Range.hidden');
    expect(error.code).toBe('NotImplemented');
  });

  it('a read-only property cannot be assigned', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1') as unknown as Record<string, unknown>;
      expect(() => {
        range.address = 'B2';
      }).toThrow(/read-only property 'address'/);
    });
  });

  it('objects cannot be used after their Excel.run finished', async () => {
    const emu = emulator();
    let kept: { values: unknown } | undefined;
    await emu.Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    });
    expect(() => {
      kept!.values = [[1]];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('Excel.run needs a batch returning a promise', async () => {
    const emu = emulator();
    const error = await rejection(emu.Excel.run((() => 1) as never));
    expect(error.code).toBe('RunMustReturnPromise');
  });
});

describe('Excel.run', () => {
  it('syncs what is still queued when the batch resolves and returns its result', async () => {
    const emu = emulator();
    const result = await emu.Excel.run(async (context) => {
      context.workbook.worksheets.add('Nuovo');
      return 'done';
    });
    expect(result).toBe('done');
    expect(emu.sheetNames()).toEqual(['Sheet1', 'Nuovo']);
  });

  it('exposes enum values as Office.js strings and a RequestContext constructor', async () => {
    const emu = emulator();
    expect(emu.Excel.ChartType.barClustered).toBe('BarClustered');
    expect(emu.Excel.ConditionalFormatType.cellValue).toBe('CellValue');
    expect(emu.Excel.ErrorCodes.itemNotFound).toBe('ItemNotFound');
    const context = new emu.Excel.RequestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1').load('name');
    await context.sync();
    expect(sheet.name).toBe('Sheet1');
  });

  it('install() sets the globals Excel and OfficeExtension and restores them', async () => {
    const emu = emulator();
    const target: Record<string, unknown> = { Excel: 'before' };
    const restore = emu.install(target);
    expect(target.Excel).toBe(emu.Excel);
    expect((target.OfficeExtension as { Error: unknown }).Error).toBe(emu.OfficeExtension.Error);
    restore();
    expect(target.Excel).toBe('before');
  });

  it('rejections are instances of OfficeExtension.Error', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').load('name');
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(emu.OfficeExtension.Error);
  });
});
