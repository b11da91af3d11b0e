// Building N objectives (5 indicators each) and their summary: the number of syncs does not grow with N;
// only Excel on the web's 5 MB request limit adds write requests, and no request passes it.
// buildObjectives: 2 reads + its write requests; generateSummary: 2 reads + 1 write = 3 syncs for any N here.
import { buildObjectives, DEFAULT_MAX_PAYLOAD_BYTES, generateSummary } from '../../src/excel';
import { emulatedWorkbook } from './emulated-workbook';
import { CURRENT_EXCEL } from '../support/manifest-sets';
import { generatedObjectives } from './generated-objectives';

interface Measure {
  buildSyncs: number;
  buildWrites: number;
  buildBytes: number;
  summarySyncs: number;
  summaryWrites: number;
  /** Syncs the emulator counted, for the whole build + summary. */
  emulatorSyncs: number;
  largestPayloadBytes: number;
  counts: Record<string, number>;
}

async function measure(count: number): Promise<Measure> {
  const { emu, excel } = emulatedWorkbook({ apiSets: CURRENT_EXCEL }); // Excel on the web, with its 5 MB limit
  const built = await buildObjectives(excel, generatedObjectives(count));
  const summary = await generateSummary(excel);
  return {
    buildSyncs: built.report.syncs,
    buildWrites: built.report.writeRequests,
    buildBytes: built.report.estimatedBytes,
    summarySyncs: summary.report.syncs,
    summaryWrites: summary.report.writeRequests,
    emulatorSyncs: emu.stats.syncs,
    largestPayloadBytes: emu.stats.largestPayloadBytes,
    counts: summary.figures.counts,
  };
}

const FIVE_MB = 5 * 1024 * 1024;

describe('syncs and payload for N objectives', () => {
  it.each([1, 10, 100, 1000])(
    'N = %i: the summary in 3 syncs, the build in 2 reads plus its write requests',
    async (count) => {
      const found = await measure(count);
      expect(found.summarySyncs).toBe(3);
      expect(found.summaryWrites).toBe(1);
      expect(found.buildSyncs).toBe(2 + found.buildWrites);
      // One write request unless the 5 MB limit forces a split, and then no more than the payload needs.
      if (count <= 100) expect(found.buildWrites).toBe(1);
      expect(found.buildWrites).toBeLessThanOrEqual(Math.max(1, Math.ceil((1.5 * found.buildBytes) / DEFAULT_MAX_PAYLOAD_BYTES)));
      // The operations' own count is the emulator's.
      expect(found.emulatorSyncs).toBe(found.buildSyncs + found.summarySyncs);
      expect(found.largestPayloadBytes).toBeLessThan(FIVE_MB);
      expect(Object.values(found.counts).reduce((sum, n) => sum + n, 0)).toBe(count);
    },
    120_000,
  );
});
