// A zip package whose parts are deflated as they are added: only the compressed bytes are held until the file is
// assembled, where JSZip held every part's XML text (10,000 objective sheets: hundreds of MB) until the end.
import { crc32, deflateRawSync } from 'zlib';

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: number;
}

const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
const MAX_16 = 0xffff;

/** MS-DOS time and date of a moment, as zip headers store them. */
function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** Zip64's end record and its locator: the plain end record counts at most 65,535 parts (21,000 objectives). */
function zip64End(count: number, directorySize: number, directoryOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}

export class ZipPackage {
  private readonly entries: Entry[] = [];
  private readonly stamp = dosDateTime(new Date());

  /** Adds a part, deflated now (zlib's default level, as JSZip's). */
  add(name: string, content: string | Buffer): void {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    // A copy of the exact size: zlib's result may sit in a larger chunk, 32 KB held for a 3 KB sheet.
    const data = Buffer.from(deflateRawSync(raw));
    this.entries.push({ name: Buffer.from(name, 'utf8'), crc: crc32(raw), size: raw.length, data, method: DEFLATE });
  }

  /** Adds a part as another package stores it, without inflating it again. */
  addStored(name: string, entry: { compression: number; crc: number; size: number; data: Uint8Array }): void {
    this.entries.push({ name: Buffer.from(name, 'utf8'), crc: entry.crc, size: entry.size, data: entry.data, method: entry.compression });
  }

  /** The whole file, with the parts named in `first` at its start (in that order), then the others as added. */
  bytes(first: ReadonlyArray<string> = []): Buffer {
    const rank = (entry: Entry) => {
      const index = first.indexOf(entry.name.toString('utf8'));
      return index < 0 ? first.length : index;
    };
    const ordered = this.entries.map((entry, index) => ({ entry, index })).sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index).map(({ entry }) => entry);
    const chunks: Uint8Array[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const entry of ordered) {
      const local = this.header(0x04034b50, entry, null);
      chunks.push(local, entry.name, entry.data);
      central.push(this.header(0x02014b50, entry, offset), entry.name);
      offset += local.length + entry.name.length + entry.data.length;
    }
    const directory = Buffer.concat(central);
    const count = ordered.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, MAX_16), 8);
    end.writeUInt16LE(Math.min(count, MAX_16), 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    const zip64 = count > MAX_16 ? zip64End(count, directory.length, offset) : [];
    return Buffer.concat([...chunks, directory, ...zip64, end]);
  }

  /** A local file header (offset null) or a central directory header, without the name that follows it. */
  private header(signature: number, entry: Entry, offset: number | null): Buffer {
    const central = offset !== null;
    const header = Buffer.alloc(central ? 46 : 30);
    let at = 0;
    const u16 = (value: number) => (at = header.writeUInt16LE(value, at));
    const u32 = (value: number) => (at = header.writeUInt32LE(value >>> 0, at));
    u32(signature);
    if (central) u16(20);
    u16(20);
    u16(UTF8_NAMES);
    u16(entry.method);
    u16(this.stamp.time);
    u16(this.stamp.day);
    u32(entry.crc);
    u32(entry.data.length);
    u32(entry.size);
    u16(entry.name.length);
    u16(0);
    if (central) {
      u16(0);
      u16(0);
      u16(0);
      u32(0);
      u32(offset);
    }
    return header;
  }
}
