// Round trips are counted so callers can prove "syncs do not grow with N" and stay under Excel on the web's 5 MB.

import { emulator, rejection } from './helpers';

/** Writes `count` objective-like sheets the way the performance guide asks: everything queued, one sync. */
async function writeSheets(emu: ReturnType<typeof emulator>, count: number): Promise<void> {
  await emu.Excel.run(async (context) => {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (let n = 1; n <= count; n++) {
      const sheet = context.workbook.worksheets.add(`Obiettivo ${n}`);
      sheet.customProperties.add('traguardo.objective', String(n));
      const rows = Array.from({ length: 5 }, (_, i) => [`Indicatore ${i + 1}`, '>= 700', 600 + 50 * i, `=C${i + 2}>=700`]);
      sheet.getRange('A1:D6').values = [['Indicatore', 'Target', 'Risultato', 'Raggiunto'], ...rows];
      sheet.getRange('C2:C6').format.fill.color = '#FFF2CC';
    }
    const summary = context.workbook.worksheets.add('Riepilogo');
    summary.getRange(`A1:A${count}`).formulas = Array.from({ length: count }, (_, i) => [`=COUNTIF('Obiettivo ${i + 1}'!D2:D6, TRUE)`]);
    await context.sync();
  });
}

describe('sync accounting', () => {
  it('counts each sync that sends something, its actions and its payload; reset() clears', async () => {
    const emu = emulator();
    await emu.Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
    });
    expect(emu.stats.syncs).toBe(2);
    expect(emu.stats.history.map((h) => h.requests)).toEqual([5, 3]);
    expect(emu.stats.payloadBytes).toBe(emu.stats.history[0].payloadBytes + emu.stats.history[1].payloadBytes);
    expect(emu.stats.largestPayloadBytes).toBe(Math.max(...emu.stats.history.map((h) => h.payloadBytes)));
    expect(emu.stats.responseBytes).toBeGreaterThan(0);
    emu.stats.reset();
    expect([emu.stats.syncs, emu.stats.requests, emu.stats.payloadBytes, emu.stats.history]).toEqual([0, 0, 0, []]);
  });

  it('the number of syncs does not grow with the number of sheets written; the payload does', async () => {
    const figures: { n: number; syncs: number; payload: number }[] = [];
    for (const n of [1, 10, 100]) {
      const emu = emulator();
      await writeSheets(emu, n);
      figures.push({ n, syncs: emu.stats.syncs, payload: emu.stats.largestPayloadBytes });
      expect(emu.cell('Riepilogo', `A${n}`).value).toBe(3);
    }
    console.log(figures.map((f) => `N=${f.n}: ${f.syncs} sync(s), largest payload ${f.payload} bytes`).join('\n'));
    expect(figures.map((f) => f.syncs)).toEqual([1, 1, 1]);
    expect(figures[2].payload).toBeGreaterThan(50 * figures[0].payload);
  });

  it('a method counts every argument it sends, not only those its object path names', async () => {
    /** Bytes of one sync that calls `queue` on Sheet1. */
    const payloadOf = async (queue: (sheet: Excel.Worksheet, context: Excel.RequestContext) => void): Promise<number> => {
      const emu = emulator();
      await emu.Excel.run(async (context) => {
        queue(context.workbook.worksheets.getItem('Sheet1') as unknown as Excel.Worksheet, context as unknown as Excel.RequestContext);
        await context.sync();
      });
      return emu.stats.payloadBytes;
    };
    const longer = 'x'.repeat(500);
    // The same calls, one argument 500 characters longer: the request is 500 bytes longer, as Office.js would send it.
    const name = (reference: string) => payloadOf((_sheet, context) => void context.workbook.names.add('TRG_A', `=${reference}`));
    expect((await name(`"${longer}"`)) - (await name('""'))).toBe(500);
    const property = (value: string) => payloadOf((sheet) => void sheet.customProperties.add('traguardo', value));
    expect((await property(longer)) - (await property(''))).toBe(500);
    const setting = (value: string) => payloadOf((_sheet, context) => void context.workbook.settings.add('k', value));
    expect((await setting(longer)) - (await setting(''))).toBe(500);
    const table = (address: string) => payloadOf((sheet) => void sheet.tables.add(address, true));
    expect((await table('A1:B2')) - (await table('A1'))).toBe(3);
  });

  it('a sync over the payload limit is refused with RequestPayloadSizeLimitExceeded and changes nothing', async () => {
    const emu = emulator({ payloadLimitBytes: 20_000 });
    const error = await rejection(writeSheets(emu, 40));
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(error.message).toMatch(/exceeds the 20000-byte limit/);
    expect(emu.sheetNames()).toEqual(['Sheet1']);
    expect(emu.stats.syncs).toBe(1);
  });

  it('a response over the limit is refused with ResponsePayloadSizeLimitExceeded', async () => {
    const emu = emulator({ payloadLimitBytes: 5_000 });
    const error = await rejection(
      emu.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A400');
        range.values = 'un testo' as never;
        await context.sync();
        range.load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('the default limit is Excel on the web\'s 5 MB', async () => {
    const emu = emulator();
    const error = await rejection(
      emu.Excel.run(async (context) => {
        const text = 'x'.repeat(1000);
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A6000').values = Array.from({ length: 6000 }, () => [text]);
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(error.message).toContain(String(5 * 1024 * 1024));
  });
});
