// The zip container of .xlsx files: the central directory read from the file's end, and single parts inflated
// with a hard cap on their size, so a part that claims or turns out to be huge is refused before it fills memory.
import { inflateRawSync } from 'node:zlib';
import { ReadRefusal } from './limits';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export class ZipDirectory {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Buffer,
    readonly entries: readonly ZipEntry[],
  ) {
    // Part names are case-insensitive in OPC packages.
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  static read(bytes: Buffer): ZipDirectory {
    const end = findEndOfDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff) throw new ReadRefusal({ kind: 'zip64' });
    const entries: ZipEntry[] = [];
    for (let k = 0; k < count; k++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY)
        throw new ReadRefusal({ kind: 'zip-directory' });
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      entries.push({
        name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        headerOffset: bytes.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipDirectory(bytes, entries);
  }

  find(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  /** The part's bytes, refused when its declared or actual size passes `limit`. */
  read(entry: ZipEntry, limit: number): Buffer {
    if (entry.size > limit)
      throw new ReadRefusal({ kind: 'part-size', part: entry.name, bytes: entry.size, limitBytes: limit });
    const at = entry.headerOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER)
      throw new ReadRefusal({ kind: 'zip-entry', part: entry.name });
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data;
    if (entry.method !== 8)
      throw new ReadRefusal({ kind: 'zip-method', part: entry.name, method: entry.method });
    try {
      // The cap holds even when the directory lies about the size (an inflation bomb).
      return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
        throw new ReadRefusal({ kind: 'part-size', part: entry.name, limitBytes: limit });
      throw new ReadRefusal({ kind: 'inflate', part: entry.name, message: (error as Error).message });
    }
  }
}

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ReadRefusal({ kind: 'no-zip-directory' });
}
