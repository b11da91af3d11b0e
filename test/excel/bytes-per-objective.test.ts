// The shape of what crosses the network in Excel on the web, per objective: a ceiling on bytes sent (build and
// summary) and read back (the summary's read), so a change that makes every objective heavier is seen. No times.
import { buildObjectives, generateSummary } from '../../src/excel';
import { emulatedWorkbook } from './emulated-workbook';
import { CURRENT_EXCEL } from '../support/manifest-sets';
import { generatedObjectives } from './generated-objectives';

const OBJECTIVES = 100;
/**
 * Measured at 20.9 KB sent and 2.8 KB read per objective (`npx tsx bench/workbook.bench.ts 100`), with a margin; 23.2 KB
 * sent and 3.3 KB read since the annual cycle's five indicator columns (revision date, monitoring date, value, forecast, note).
 * Read: 0.995 KB (1,019 bytes) since the summary reads objective sheets as built at the cells it needs.
 * Sent: 8.1 KB since objective sheets of one look are written once and copied, each sent only where it differs; 7.06 KB
 * since number formats go as runs, copies keep their source's visibility and the Riepilogo's links test x=""; 7.4 KB once
 * the emulator counted every argument of a method (a named item's reference, a tag's value); 6.65 KB sent and 0.98 KB
 * read since a sheet our named items tag beyond doubt is not asked for its tag, nor its table's sheet apart; 6.5 KB once a
 * copy's patches are joined where one call sends fewer bytes than two; 6.37 KB once header and footer cells load through
 * the RangeAreas itself; 6.2 KB once a copy's General cell is sent its format only where the copied entry was text.
 */
const SENT_CEILING_BYTES = 6.5 * 1024;
const READ_CEILING_BYTES = 1.02 * 1024;

describe('bytes per objective at N = 100', () => {
  it('stays under the ceilings for build + summary sent and for the summary read back', async () => {
    const { emu, excel } = emulatedWorkbook({ apiSets: CURRENT_EXCEL }); // what crosses the network: Excel on the web
    await buildObjectives(excel, generatedObjectives(OBJECTIVES));
    const readBefore = emu.stats.responseBytes;
    await generateSummary(excel);
    expect(emu.stats.payloadBytes / OBJECTIVES).toBeLessThan(SENT_CEILING_BYTES);
    expect((emu.stats.responseBytes - readBefore) / OBJECTIVES).toBeLessThan(READ_CEILING_BYTES);
  });
});
