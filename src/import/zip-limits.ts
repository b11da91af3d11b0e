// Checks a zip package (.xlsx, .docx) against INPUT_LIMITS before any library inflates it: the central directory
// is read as JSZip reads it (ExcelJS and mammoth both use JSZip), then every entry is inflated in small chunks that
// are counted and dropped, so a bomb is stopped after a few megabytes whatever sizes it declares.
import { Inflate } from 'fflate';
import { INPUT_LIMITS, megabytes } from '../core/limits';
import { msg, type Message } from '../core/messages';

export interface ZipLimits {
  entries: number;
  inflatedBytes: number;
}

/** Looks at an entry's inflated bytes as they come; returns a problem to stop there. */
export type ChunkObserver = (chunk: Uint8Array) => Message | null;
/** The observer for an entry (by its name as the libraries see it), or null to only count its bytes. */
export type EntryObserver = (name: string) => ChunkObserver | null;
/**
 * Inflates an entry whole, stopping once past `declared` bytes (then null): where a native inflater is at hand (the
 * command line's zlib), in place of fflate's chunks, which cost five times as long.
 */
export type WholeInflater = (data: Uint8Array, declared: number) => Uint8Array | null;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
/** Compressed bytes pushed at once: a deflate block inflates at most ~1,032 times, so under 17 MB at a time. */
const SLICE = 16 * 1024;

interface Entry {
  compression: number;
  flags: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

class Damaged extends Error {}

function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inside = (offset: number, length: number) => offset >= 0 && offset + length <= bytes.length;
  return {
    u16: (offset: number) => (inside(offset, 2) ? view.getUint16(offset, true) : fail()),
    u32: (offset: number) => (inside(offset, 4) ? view.getUint32(offset, true) : fail()),
    u64: (offset: number) => (inside(offset, 8) ? view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32 : fail()),
  };
}

function fail(): never {
  throw new Damaged();
}

/** The last occurrence of a signature, searched over the whole file as JSZip does. */
function lastSignature(bytes: Uint8Array, signature: number): number {
  const b = [signature & 0xff, (signature >>> 8) & 0xff, (signature >>> 16) & 0xff, signature >>> 24];
  for (let i = bytes.length - 4; i >= 0; i--) {
    if (bytes[i] === b[0] && bytes[i + 1] === b[1] && bytes[i + 2] === b[2] && bytes[i + 3] === b[3]) return i;
  }
  return -1;
}

/** Sizes an entry stores in its zip64 extra field (tag 1), in the order the fields were too small. */
function zip64Sizes(read: ReturnType<typeof reader>, extraStart: number, extraLength: number, entry: Entry): void {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; at += 4 + read.u16(at + 2)) {
    if (read.u16(at) !== 1) continue;
    let field = at + 4;
    const next = () => {
      const value = read.u64(field);
      field += 8;
      return value;
    };
    if (entry.declaredSize === ZIP64_MARK) entry.declaredSize = next();
    if (entry.compressedSize === ZIP64_MARK) entry.compressedSize = next();
    if (entry.localHeader === ZIP64_MARK) entry.localHeader = next();
    return;
  }
}

/** The central directory's entries, with JSZip's correction for bytes prepended to the archive. */
function centralDirectory(bytes: Uint8Array, end: number, limits: ZipLimits): Entry[] | Message {
  const read = reader(bytes);
  const size = read.u32(end + 12);
  const start = read.u32(end + 16);
  // A zip64 archive is only needed past 65,535 entries or 4 GB, both far beyond the limits.
  if ([4, 6, 8, 10].some((field) => read.u16(end + field) === 0xffff) || size === ZIP64_MARK || start === ZIP64_MARK) return msg('limits.zip64');
  // Bytes before the archive (a self-extracting stub) shift every offset, and JSZip follows them.
  const base = end - (start + size);
  if (base < 0) fail();
  const entries: Entry[] = [];
  for (let at = start + base; read.u32(at) === CENTRAL_FILE_HEADER; ) {
    if (entries.length === limits.entries) return msg('limits.zipTooManyEntries', { limit: limits.entries });
    const nameLength = read.u16(at + 28);
    const extraLength = read.u16(at + 30);
    const entry: Entry = {
      flags: read.u16(at + 8),
      compression: read.u16(at + 10),
      crc: read.u32(at + 16),
      compressedSize: read.u32(at + 20),
      declaredSize: read.u32(at + 24),
      localHeader: read.u32(at + 42),
    };
    zip64Sizes(read, at + 46 + nameLength, extraLength, entry);
    entry.localHeader += base;
    entries.push(entry);
    at += 46 + nameLength + extraLength + read.u16(at + 32);
  }
  return entries;
}

/** The entry's stored bytes and its name as JSZip takes it (from the local header). */
function entryData(bytes: Uint8Array, entry: Entry): { name: string; data: Uint8Array } {
  const read = reader(bytes);
  if (read.u32(entry.localHeader) !== LOCAL_FILE_HEADER) fail();
  const nameLength = read.u16(entry.localHeader + 26);
  const start = entry.localHeader + 30 + nameLength + read.u16(entry.localHeader + 28);
  if (start + entry.compressedSize > bytes.length) fail();
  const name = new TextDecoder().decode(bytes.subarray(entry.localHeader + 30, entry.localHeader + 30 + nameLength));
  return { name, data: bytes.subarray(start, start + entry.compressedSize) };
}

/**
 * Inflates one entry chunk by chunk, counting and dropping what comes out; stops as soon as it passes the size the
 * entry declares (what a bomb that lies looks like) or the observer objects. Returns the size, or the problem.
 */
function inflateCounted(data: Uint8Array, declared: number, observe: ChunkObserver | null): number | Message {
  let count = 0;
  let stop: Message | null = null;
  const inflater = new Inflate((chunk) => {
    count += chunk.length;
    if (stop === null && count > declared) stop = msg('limits.zipDamaged');
    if (stop === null && observe !== null) stop = observe(chunk);
  });
  for (let at = 0; at < data.length && stop === null; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  if (data.length === 0) inflater.push(data, true);
  return stop ?? count;
}

/** An entry inflated whole, shown to its observer in one chunk; past its declared size it is damaged. */
function observedWhole(inflated: Uint8Array | null, observe: ChunkObserver | null): number | Message {
  if (inflated === null) return msg('limits.zipDamaged');
  return observe?.(inflated) ?? inflated.length;
}

/**
 * Null when the package is within the limits, else why not. Bytes that are not a zip at all pass (the reading
 * library says so in its own words); a damaged directory or entry is a problem, since the libraries could read it
 * otherwise than this check did.
 */
export function zipLimitProblem(
  bytes: Uint8Array,
  observe: EntryObserver = () => null,
  limits: ZipLimits = { entries: INPUT_LIMITS.zipEntries, inflatedBytes: INPUT_LIMITS.zipInflatedBytes },
  inflateWhole?: WholeInflater,
): Message | null {
  const end = lastSignature(bytes, END_OF_CENTRAL_DIRECTORY);
  if (end < 0) return null;
  try {
    const entries = centralDirectory(bytes, end, limits);
    if (!Array.isArray(entries)) return entries;
    let total = 0;
    for (const entry of entries) {
      if ((entry.flags & 1) !== 0) return msg('limits.zipEncrypted');
      total += entry.declaredSize;
      if (total > limits.inflatedBytes) return msg('limits.zipTooLarge', { megabytes: megabytes(limits.inflatedBytes) });
    }
    // The declared sizes are within the limit; each entry is now held to its own, so the total is too.
    for (const entry of entries) {
      const { name, data } = entryData(bytes, entry);
      const observer = observe(name);
      let size: number | Message;
      if (entry.compression === 0) size = observer?.(data) ?? data.length;
      else if (entry.compression === 8) size = inflateWhole ? observedWhole(inflateWhole(data, entry.declaredSize), observer) : inflateCounted(data, entry.declaredSize, observer);
      else return msg('limits.zipDamaged');
      if (typeof size !== 'number') return size;
      // Fewer bytes than declared: the libraries would stop on it as well.
      if (size !== entry.declaredSize) return msg('limits.zipDamaged');
    }
    return null;
  } catch {
    // Damaged, or a deflate stream that does not inflate.
    return msg('limits.zipDamaged');
  }
}

/** An entry of a package that passed zipLimitProblem, as stored: to copy it into another package without inflating it. */
export interface StoredEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  compression: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** The entries of a package zipLimitProblem found within the limits (it throws on anything else). */
export function storedEntries(bytes: Uint8Array): StoredEntry[] {
  const entries = centralDirectory(bytes, lastSignature(bytes, END_OF_CENTRAL_DIRECTORY), { entries: INPUT_LIMITS.zipEntries, inflatedBytes: INPUT_LIMITS.zipInflatedBytes });
  if (!Array.isArray(entries)) throw new Damaged();
  return entries.map((entry) => ({ ...entryData(bytes, entry), compression: entry.compression, crc: entry.crc, size: entry.declaredSize }));
}
