/**
 * The zip container of an .xlsx: read its entries, and write a new container in which untouched entries keep
 * their compressed bytes exactly (copied, never re-inflated or re-deflated) and changed ones are deflated with
 * Node's native zlib. No dependency: JSZip (pako, pure JavaScript) took 10 s to re-deflate a 50,000-row sheet
 * that zlib does in well under one, and no zip library offers "copy this entry's compressed bytes as they are".
 */
import * as zlib from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  /** Offset of the compressed data in the source buffer. */
  readonly dataStart: number;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readEntries(zip: Buffer): ZipEntry[] {
  const eocd = findEocd(zip);
  let count = zip.readUInt16LE(eocd + 10);
  let cdOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== ZIP64_LOCATOR)
      throw new ZipFormatError('zip64 locator missing');
    const zip64 = Number(zip.readBigUInt64LE(locator + 8));
    if (zip.readUInt32LE(zip64) !== ZIP64_EOCD) throw new ZipFormatError('zip64 directory missing');
    count = Number(zip.readBigUInt64LE(zip64 + 32));
    cdOffset = Number(zip.readBigUInt64LE(zip64 + 48));
  }
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL)
      throw new ZipFormatError('central directory damaged');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const time = zip.readUInt16LE(at + 12);
    const date = zip.readUInt16LE(at + 14);
    const crc = zip.readUInt32LE(at + 16);
    let compressedSize = zip.readUInt32LE(at + 20);
    let size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    let localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    // Zip64 sizes and offset live in extra field 0x0001, in this order, for the fields that overflowed.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = zip.readUInt16LE(extra);
      const length = zip.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) {
          size = Number(zip.readBigUInt64LE(field));
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(zip.readBigUInt64LE(field));
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = Number(zip.readBigUInt64LE(field));
      }
      extra += 4 + length;
    }
    if (flags & 0x1) throw new ZipFormatError(`${name}: encrypted entry`);
    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new ZipFormatError(`${name}: local header missing`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > zip.length) throw new ZipFormatError(`${name}: truncated`);
    entries.push({ name, method, crc, compressedSize, size, time, date, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEocd(zip: Buffer): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= stop; at--) if (zip.readUInt32LE(at) === EOCD) return at;
  throw new ZipFormatError('not a zip file (no end of central directory)');
}

/** The entry's bytes, inflated; refuses to produce more than `limit` bytes (a zip bomb stops here). */
export function inflateEntry(zip: Buffer, entry: ZipEntry, limit: number): Buffer {
  const raw = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  if (entry.size > limit) throw new ZipFormatError(`${entry.name}: ${entry.size} bytes inflated`);
  try {
    return zlib.inflateRawSync(raw, { maxOutputLength: limit });
  } catch (error) {
    throw new ZipFormatError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What goes into a new container: an entry copied as it was, or new bytes to deflate. */
export type OutputEntry =
  | { readonly kind: 'copy'; readonly entry: ZipEntry; readonly source: Buffer }
  | {
      readonly kind: 'data';
      readonly name: string;
      readonly data: Buffer;
      readonly time?: number;
      readonly date?: number;
    };

export function writeZip(entries: readonly OutputEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const now = dosDateTime(new Date());
  for (const item of entries) {
    let name: string;
    let method: number;
    let crc: number;
    let size: number;
    let body: Buffer;
    let time: number;
    let date: number;
    if (item.kind === 'copy') {
      ({ name, method, crc, size, time, date } = item.entry);
      body = item.source.subarray(item.entry.dataStart, item.entry.dataStart + item.entry.compressedSize);
    } else {
      name = item.name;
      method = 8;
      crc = crc32(item.data);
      size = item.data.length;
      body = zlib.deflateRawSync(item.data, { level: 6 });
      time = item.time ?? now.time;
      date = item.date ?? now.date;
    }
    if (offset > 0xfffffffe || body.length > 0xfffffffe || size > 0xfffffffe)
      throw new ZipFormatError('workbook too large to write (over 4 GB)');
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, body);
    central.push(header, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  if (entries.length > 0xfffe) throw new ZipFormatError('too many parts');
  return Buffer.concat([...chunks, directory, end]);
}

function dosDateTime(when: Date): { time: number; date: number } {
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
    date: ((Math.max(1980, when.getFullYear()) - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Buffer): number {
  const native = (zlib as unknown as { crc32?: (data: Buffer) => number }).crc32;
  if (native) return native(data);
  let crc = -1;
  for (let k = 0; k < data.length; k++) crc = CRC_TABLE[(crc ^ data[k]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
