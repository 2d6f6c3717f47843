// An .xlsx file as its zip parts, edited in place. Parts nobody writes keep their compressed bytes (JSZip reuses
// a loaded entry's deflated data when the compression method matches), so they leave the package exactly as
// they came in; only the parts an edit touches are re-encoded.
import JSZip from 'jszip';
import * as posix from 'node:path/posix';

/** Refuse to inflate a single XML part beyond this: a zip bomb must not exhaust memory. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

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
  private readonly changed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<ZipPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    } catch (error) {
      throw new PackageError('not-a-zip', error instanceof Error ? error.message : String(error));
    }
    const pkg = new ZipPackage(zip);
    if (!pkg.has('[Content_Types].xml')) throw new PackageError('not-a-workbook', '[Content_Types].xml');
    return pkg;
  }

  /** Part names without a leading slash, as stored in the zip. */
  parts(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir);
  }

  has(part: string): boolean {
    const entry = this.zip.files[stripSlash(part)];
    return entry !== undefined && !entry.dir;
  }

  async read(part: string): Promise<string> {
    const name = stripSlash(part);
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const entry = this.zip.files[name];
    if (!entry || entry.dir) throw new PackageError('bad-part', `missing part ${name}`);
    const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    if (declared !== undefined && declared > MAX_PART_BYTES)
      throw new PackageError('part-too-large', `${name}: ${declared} bytes`);
    const text = await entry.async('string');
    this.texts.set(name, text);
    return text;
  }

  async readBytes(part: string): Promise<Uint8Array> {
    const entry = this.zip.files[stripSlash(part)];
    if (!entry || entry.dir) throw new PackageError('bad-part', `missing part ${part}`);
    return entry.async('uint8array');
  }

  write(part: string, text: string): void {
    const name = stripSlash(part);
    if (this.texts.get(name) === text && this.zip.files[name]) return;
    this.texts.set(name, text);
    this.changed.add(name);
    this.zip.file(name, text, { createFolders: false });
  }

  remove(part: string): void {
    const name = stripSlash(part);
    this.zip.remove(name);
    this.texts.delete(name);
    this.changed.add(name);
  }

  /** Names of the parts written or removed since loading. */
  changedParts(): string[] {
    return [...this.changed];
  }

  async toBuffer(): Promise<Buffer> {
    return this.zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
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
