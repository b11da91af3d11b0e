// Worksheet.getRanges: several rectangles of a sheet formatted in one call (RangeAreas.format), each cell of each
// area and none outside; what is not emulated says so.

import { emulator, rejection, thrown } from './helpers';

describe('RangeAreas from worksheet.getRanges', () => {
  it('formats every area and nothing between them, and reports its address and area count', async () => {
    const emu = emulator({ sheets: ['Obiettivo 1'] });
    await emu.Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Obiettivo 1').getRanges('B3, B5:B10; C18:D22');
      areas.format.verticalAlignment = 'Top';
      areas.format.fill.color = '#FFF2CC';
      areas.format.font.bold = true;
      areas.load('address, areaCount');
      await context.sync();
      expect(areas.address).toBe("'Obiettivo 1'!B3, 'Obiettivo 1'!B5:B10, 'Obiettivo 1'!C18:D22");
      expect(areas.areaCount).toBe(3);
    });
    for (const address of ['B3', 'B7', 'B10', 'C18', 'D22']) {
      expect(emu.cell('Obiettivo 1', address).format).toMatchObject({ fillColor: '#FFF2CC', verticalAlignment: 'Top', fontBold: true });
    }
    for (const address of ['B4', 'B11', 'C17', 'E18']) expect(emu.cell('Obiettivo 1', address).format.fillColor).not.toBe('#FFF2CC');
  });

  it('reads a format back when all areas agree, else null', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRange('C3').format.font.bold = true;
      const agree = sheet.getRanges('A1, C3');
      const disagree = sheet.getRanges('A1, B2');
      agree.format.font.load('bold');
      disagree.format.font.load('bold');
      await context.sync();
      expect([agree.format.font.bold, disagree.format.font.bold]).toEqual([true, null]);
    });
  });

  it('refuses an empty area and says what it does not emulate', async () => {
    const emu = emulator();
    const failure = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRanges('A1,,B2').format.wrapText = true;
        await context.sync();
      }),
    );
    expect(failure.code).toBe('InvalidArgument');
    await emu.Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Sheet1').getRanges('A1, B2');
      expect(thrown(() => areas.format.columnWidth).message).toContain('not emulated: RangeFormat.columnWidth');
      expect(thrown(() => (areas as unknown as { values: unknown }).values).message).toContain('not emulated: RangeAreas.values');
      await context.sync();
    });
  });

  it("reads each area's values through `areas`, in the order the address gives them, in one load", async () => {
    const emu = emulator({ sheets: ['Obiettivo 1'] });
    const read = await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Obiettivo 1');
      sheet.getRange('B3:B6').values = [[3], ['titolo'], ['descrizione'], [6]];
      sheet.getRange('B25:B26').formulas = [['=B3*2'], ['=B6&" giorni"']];
      await context.sync();
      const areas = sheet.getRanges('B25:B26, B3, B6').areas;
      areas.load('items/values,items/address');
      await context.sync();
      return areas.items.map((area) => [area.address, area.values]);
    });
    expect(read).toEqual([
      ["'Obiettivo 1'!B25:B26", [[6], ['6 giorni']]],
      ["'Obiettivo 1'!B3", [[3]]],
      ["'Obiettivo 1'!B6", [[6]]],
    ]);
    // The range areas, its collection of areas and one load (the sheet's proxy was sent with the first sync).
    expect(emu.stats.history[emu.stats.history.length - 1].requests).toBe(3);
  });
});
