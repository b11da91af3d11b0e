// Round-trip counters: what a test asserts ("syncs do not grow with N") and the bench prints.

/** Excel on the web's limit for one request and one response (the docs say 5 MB). */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  /** Queued actions sent in this sync (object instantiations, property sets, method calls, loads). */
  requests: number;
  payloadBytes: number;
  responseBytes: number;
}

export interface EmulatorStats {
  /** context.sync() calls that had something to send (an empty sync is no round trip in Office.js either). */
  syncs: number;
  requests: number;
  payloadBytes: number;
  largestPayloadBytes: number;
  responseBytes: number;
  largestResponseBytes: number;
  /** One entry per counted sync, oldest first. */
  history: SyncRecord[];
  reset(): void;
}

export function createStats(): EmulatorStats {
  const stats: EmulatorStats = {
    syncs: 0,
    requests: 0,
    payloadBytes: 0,
    largestPayloadBytes: 0,
    responseBytes: 0,
    largestResponseBytes: 0,
    history: [],
    reset() {
      stats.syncs = 0;
      stats.requests = 0;
      stats.payloadBytes = 0;
      stats.largestPayloadBytes = 0;
      stats.responseBytes = 0;
      stats.largestResponseBytes = 0;
      stats.history = [];
    },
  };
  return stats;
}

export function recordSync(stats: EmulatorStats, record: SyncRecord): void {
  stats.syncs += 1;
  stats.requests += record.requests;
  stats.payloadBytes += record.payloadBytes;
  stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, record.payloadBytes);
  stats.responseBytes += record.responseBytes;
  stats.largestResponseBytes = Math.max(stats.largestResponseBytes, record.responseBytes);
  stats.history.push(record);
}

