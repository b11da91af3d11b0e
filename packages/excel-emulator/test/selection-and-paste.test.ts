// What the workbench follows and does as a user: the selection the add-in makes, and a pasted block of typed texts.
import { emulator, thrown } from './helpers';

describe('selection', () => {
  it('is A1 of the active sheet at first, the range after select(), A1 again after activate()', async () => {
    const emu = emulator({ sheets: ['Sheet1', 'Sheet2'] });
    expect(emu.selection()).toMatchObject({ sheet: 'Sheet1', address: 'A1', changes: 0, by: 'activate' });

    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet2').getRange('G18').select();
      await context.sync();
    });
    expect(emu.selection()).toMatchObject({ sheet: 'Sheet2', address: 'G18', row: 17, col: 6, changes: 1, by: 'select' });
    expect(emu.activeSheet()).toBe('Sheet2');

    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').activate();
      await context.sync();
    });
    expect(emu.selection()).toMatchObject({ sheet: 'Sheet1', address: 'A1', changes: 2, by: 'activate' });
  });

  it('counts a second select() of the same cell, so a follower moves there again', async () => {
    const emu = emulator();
    const select = () =>
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('C3').select();
        await context.sync();
      });
    await select();
    await select();
    expect(emu.selection()).toMatchObject({ address: 'C3', changes: 2 });
  });
});

describe('setCellInputs', () => {
  it('reads each text as typed, in one write that recalculates once and notifies once', () => {
    const emu = emulator();
    emu.setCellInput('Sheet1', 'C1', '=SUM(A1:A5)');
    let recalculations = 0;
    emu.hyperformula.on('valuesUpdated', () => (recalculations += 1));
    const events: string[] = [];
    emu.onChange((event) => events.push(event.source));

    emu.setCellInputs('Sheet1', 'A1', [['600'], ['50%'], ['TRUE'], ['text'], ['']]);

    expect(recalculations).toBe(1);
    expect(events).toEqual(['input']);
    expect(emu.cells('Sheet1', 'A1:A5').map(([cell]) => cell.value)).toEqual([600, 0.5, true, 'text', '']);
    expect(emu.cell('Sheet1', 'A2').numberFormat).toBe('0%');
    expect(emu.cell('Sheet1', 'C1').value).toBe(600.5);
  });

  it('refuses ragged rows and a range as origin', () => {
    const emu = emulator();
    expect(thrown(() => emu.setCellInputs('Sheet1', 'A1', [['1', '2'], ['3']])).code).toBe('InvalidArgument');
    expect(thrown(() => emu.setCellInputs('Sheet1', 'A1:B2', [['1']])).code).toBe('InvalidArgument');
  });
});
