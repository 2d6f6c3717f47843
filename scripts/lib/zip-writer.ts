// A minimal streaming zip writer for generated test and benchmark workbooks: hostile files (merge bombs, huge
// sheets, inflation bombs) must be made without holding them in memory and without the library under test.
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

interface Written {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/** Entries are added one at a time; a large entry's content comes as chunks (strings or buffers). */
export class ZipWriter {
  private readonly out: WriteStream;
  private readonly entries: Written[] = [];
  private offset = 0;

  constructor(file: string) {
    this.out = createWriteStream(file);
  }

  async add(name: string, content: string | Buffer | Iterable<string | Buffer>): Promise<void> {
    const chunks = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
    const deflate = createDeflateRaw({ level: 6 });
    const pieces: Buffer[] = [];
    let compressed = 0;
    deflate.on('data', (piece: Buffer) => {
      pieces.push(piece);
      compressed += piece.length;
    });
    const done = new Promise<void>((resolve, reject) => {
      deflate.on('end', resolve);
      deflate.on('error', reject);
    });
    let crc = 0;
    let size = 0;
    for (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
    }
    deflate.end();
    await done;
    await this.writeEntry(name, crc, size, compressed, pieces);
  }

  /**
   * `head`, then `unit` `count` times, then `tail`, compressed once each: a full flush makes a compressed unit
   * independent of what precedes it, so its bytes can be repeated. Writes gigabyte-sized parts in a second.
   */
  async addRepeated(
    name: string,
    head: string,
    unit: string | Buffer,
    count: number,
    tail: string,
  ): Promise<void> {
    const flush = { finishFlush: constants.Z_FULL_FLUSH };
    const headBytes = Buffer.from(head, 'utf8');
    const unitBytes = typeof unit === 'string' ? Buffer.from(unit, 'utf8') : unit;
    const tailBytes = Buffer.from(tail, 'utf8');
    const pieces = [deflateRawSync(headBytes, flush)];
    const unitCompressed = deflateRawSync(unitBytes, flush);
    let crc = crc32(headBytes);
    for (let k = 0; k < count; k++) {
      pieces.push(unitCompressed);
      crc = crc32(unitBytes, crc);
    }
    pieces.push(deflateRawSync(tailBytes));
    crc = crc32(tailBytes, crc);
    const size = headBytes.length + unitBytes.length * count + tailBytes.length;
    const compressed = pieces.reduce((sum, piece) => sum + piece.length, 0);
    await this.writeEntry(name, crc, size, compressed, pieces);
  }

  private async writeEntry(
    name: string,
    crc: number,
    size: number,
    compressed: number,
    pieces: Buffer[],
  ): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressed, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    this.entries.push({ name: nameBytes, crc, compressed, size, offset: this.offset });
    await this.write(header);
    await this.write(nameBytes);
    for (const piece of pieces) await this.write(piece);
    this.offset += 30 + nameBytes.length + compressed;
  }

  async close(): Promise<void> {
    const start = this.offset;
    let length = 0;
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(0x0800, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt32LE(entry.crc >>> 0, 16);
      record.writeUInt32LE(entry.compressed, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      await this.write(record);
      await this.write(entry.name);
      length += 46 + entry.name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(length, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }

  private write(bytes: Buffer): Promise<void> {
    return new Promise((resolve) => {
      if (this.out.write(bytes)) resolve();
      else this.out.once('drain', resolve);
    });
  }
}
