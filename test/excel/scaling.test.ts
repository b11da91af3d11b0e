// Building N objectives (5 indicators each) and their summary: the number of syncs does not grow with N;
// only Excel on the web's 5 MB request limit adds write requests, and no request passes it.
import { buildObjectives, DEFAULT_MAX_PAYLOAD_BYTES, generateSummary } from '../../src/excel';
import { emulatedWorkbook } from './emulated-workbook';
import { generatedObjectives } from './generated-objectives';

interface Measure {
  syncs: number;
  writeRequests: number;
  estimatedBytes: number;
  payloadBytes: number;
  largestPayloadBytes: number;
  counts: Record<string, number>;
}

async function measure(count: number): Promise<Measure> {
  const { emu, restore } = emulatedWorkbook(); // Excel on the web's 5 MB limit is enforced
  try {
    const built = await buildObjectives(generatedObjectives(count));
    const summary = await generateSummary();
    return {
      syncs: emu.stats.syncs,
      writeRequests: built.report.writeRequests + summary.report.writeRequests,
      estimatedBytes: built.report.estimatedBytes + summary.report.estimatedBytes,
      payloadBytes: emu.stats.payloadBytes,
      largestPayloadBytes: emu.stats.largestPayloadBytes,
      counts: summary.figures.counts,
    };
  } finally {
    restore();
  }
}

const FIVE_MB = 5 * 1024 * 1024;

describe('syncs and payload for N objectives', () => {
  const measures = new Map<number, Measure>();

  it.each([1, 10, 100, 1000])(
    'N = %i',
    async (count) => {
      const found = await measure(count);
      measures.set(count, found);
      const one = measures.get(1)!;
      // Reads are a fixed number of syncs; every other sync is a write request forced by the size limit.
      expect(found.syncs - found.writeRequests).toBe(one.syncs - one.writeRequests);
      expect(found.writeRequests).toBeLessThanOrEqual(Math.max(2, Math.ceil((2 * found.estimatedBytes) / DEFAULT_MAX_PAYLOAD_BYTES)));
      expect(found.largestPayloadBytes).toBeLessThan(FIVE_MB);
      if (found.payloadBytes < DEFAULT_MAX_PAYLOAD_BYTES) expect(found.syncs).toBe(one.syncs);
      expect(Object.values(found.counts).reduce((sum, n) => sum + n, 0)).toBe(count);
    },
    240_000,
  );

  it('needs the same syncs for 1, 10 and 100 objectives (8: 3 to build, 5 for the summary)', () => {
    expect([1, 10, 100].map((count) => measures.get(count)?.syncs)).toEqual([8, 8, 8]);
  });
});
