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

/** UTF-8 size of a string without Buffer or TextEncoder allocation (the emulator also runs in the browser). */
export function utf8Length(text: string): number {
  // Request JSON is mostly ASCII: one native scan settles it without walking every character in script.
  if (!/[^\u0000-\u007f]/.test(text)) return text.length; // eslint-disable-line no-control-regex -- ASCII range test
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
