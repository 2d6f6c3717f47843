// An .xlsx file as its zip parts, edited in place. Parts nobody writes keep their compressed bytes (copied as
// they are, see zip.ts); only the parts an edit touches are re-encoded.
import * as posix from 'node:path/posix';
import { type OutputEntry, type ZipEntry, ZipFormatError, inflateEntry, readEntries, writeZip } from './zip';

/** Refuse to inflate a single part beyond this: a zip bomb must not exhaust memory. */
const MAX_PART_BYTES = 512 * 1024 * 1024;

export class PackageError extends Error {
  constructor(
    readonly code: 'not-a-zip' | 'not-a-workbook' | 'part-too-large' | 'bad-part',
    detail: string,
  ) {
    super(detail);
    this.name = 'PackageError';
  }
}

export class ZipPackage {
  private readonly texts = new Map<string, string>();
  private readonly written = new Map<string, Buffer>();
  private readonly removed = new Set<string>();
  private readonly order: string[];

  private constructor(
    private readonly source: Buffer,
    private readonly entries: Map<string, ZipEntry>,
    /** Folder entries ("xl/"): no parts, but some tools write them; the copy keeps them where they stood. */
    private readonly folders: Map<string, ZipEntry>,
    order: readonly string[],
  ) {
    this.order = [...order];
  }

  static async load(bytes: Uint8Array): Promise<ZipPackage> {
    const source = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let entries: ZipEntry[];
    try {
      entries = readEntries(source);
    } catch (error) {
      throw new PackageError('not-a-zip', error instanceof Error ? error.message : String(error));
    }
    const isFolder = (entry: ZipEntry) => entry.name.endsWith('/');
    const pkg = new ZipPackage(
      source,
      new Map(entries.filter((e) => !isFolder(e)).map((e) => [e.name, e])),
      new Map(entries.filter(isFolder).map((e) => [e.name, e])),
      entries.map((e) => e.name),
    );
    if (!pkg.has('[Content_Types].xml')) throw new PackageError('not-a-workbook', '[Content_Types].xml');
    return pkg;
  }

  /** Part names without a leading slash, as stored in the zip. */
  parts(): string[] {
    return this.order.filter((name) => !this.removed.has(name) && !this.folders.has(name));
  }

  has(part: string): boolean {
    const name = stripSlash(part);
    return !this.removed.has(name) && (this.entries.has(name) || this.written.has(name));
  }

  async read(part: string): Promise<string> {
    const name = stripSlash(part);
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const text = (await this.readBytes(name)).toString('utf8');
    this.texts.set(name, text);
    return text;
  }

  async readBytes(part: string): Promise<Buffer> {
    const name = stripSlash(part);
    const written = this.written.get(name);
    if (written) return written;
    const entry = this.entries.get(name);
    if (!entry || this.removed.has(name)) throw new PackageError('bad-part', `missing part ${name}`);
    try {
      return inflateEntry(this.source, entry, MAX_PART_BYTES);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new PackageError(
        /bytes inflated|buffer|maxOutputLength|larger/i.test(message) ? 'part-too-large' : 'bad-part',
        message,
      );
    }
  }

  write(part: string, text: string): void {
    const name = stripSlash(part);
    if (this.texts.get(name) === text && this.has(name)) return;
    this.texts.set(name, text);
    this.written.set(name, Buffer.from(text, 'utf8'));
    this.removed.delete(name);
    if (!this.order.includes(name)) this.order.push(name);
  }

  remove(part: string): void {
    const name = stripSlash(part);
    this.removed.add(name);
    this.written.delete(name);
    this.texts.delete(name);
  }

  /** Names of the parts written or removed since loading. */
  changedParts(): string[] {
    return [...this.written.keys(), ...this.removed];
  }

  async toBuffer(): Promise<Buffer> {
    const output: OutputEntry[] = [];
    for (const name of this.order) {
      if (this.removed.has(name)) continue;
      const folder = this.folders.get(name);
      if (folder) {
        output.push({ kind: 'copy', entry: folder, source: this.source });
        continue;
      }
      const data = this.written.get(name);
      const entry = this.entries.get(name);
      if (data) output.push({ kind: 'data', name, data, time: entry?.time, date: entry?.date });
      else if (entry) output.push({ kind: 'copy', entry, source: this.source });
    }
    try {
      return writeZip(output);
    } catch (error) {
      if (error instanceof ZipFormatError) throw new PackageError('bad-part', error.message);
      throw error;
    }
  }
}

export function stripSlash(part: string): string {
  return part.startsWith('/') ? part.slice(1) : part;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const name = stripSlash(part);
  return posix.join(posix.dirname(name), '_rels', `${posix.basename(name)}.rels`);
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(stripSlash(fromPart)), target));
}

/** The relative target from one part to another, as Excel writes it ("../comments1.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  return posix.relative(posix.dirname(stripSlash(fromPart)), stripSlash(toPart));
}
