// What a file really is, from its bytes rather than its name, so a refusal can name it: an .ods, a Word file
// renamed .xlsx and a plain zip get "this is X", not "no table found".
import { ZipDirectory } from './zip-directory';
import { loadSheetJs } from './sheetjs';

export type FileKind =
  | 'xlsx'
  | 'xls'
  | 'encrypted'
  | 'xlsb'
  | 'ods'
  | 'odf'
  | 'docx'
  | 'pptx'
  | 'doc'
  | 'ppt'
  | 'ole'
  | 'zip'
  | 'pdf'
  | 'text'
  | 'unknown';

export type Identified =
  { readonly kind: 'xlsx'; readonly zip: ZipDirectory } | { readonly kind: Exclude<FileKind, 'xlsx'> };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function identifyFile(bytes: Buffer): Identified {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return identifyZip(bytes);
  if (startsWith(bytes, OLE_MAGIC)) return { kind: identifyOle(bytes) };
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { kind: 'pdf' };
  return { kind: looksLikeText(bytes) ? 'text' : 'unknown' };
}

function identifyZip(bytes: Buffer): Identified {
  const zip = ZipDirectory.read(bytes);
  const mimetype = zip.find('mimetype');
  if (mimetype) {
    const type = zip.read(mimetype, 1024).toString('latin1');
    return { kind: type.includes('opendocument.spreadsheet') ? 'ods' : 'odf' };
  }
  if (zip.find('xl/workbook.bin')) return { kind: 'xlsb' };
  if (zip.find('xl/workbook.xml') || officeDocumentIsWorkbook(zip)) return { kind: 'xlsx', zip };
  if (zip.find('word/document.xml') || zip.entries.some((e) => e.name.startsWith('word/')))
    return { kind: 'docx' };
  if (zip.entries.some((e) => e.name.startsWith('ppt/'))) return { kind: 'pptx' };
  return { kind: 'zip' };
}

/** A workbook part somewhere other than xl/ (allowed by the standard): the package's main relationship. */
function officeDocumentIsWorkbook(zip: ZipDirectory): boolean {
  const rels = zip.find('_rels/.rels');
  if (!rels) return false;
  const xml = zip.read(rels, 1024 * 1024).toString('utf8');
  return /Target="[^"]*workbook[^"]*\.xml"/i.test(xml);
}

function identifyOle(bytes: Buffer): Exclude<FileKind, 'xlsx'> {
  let names: string[];
  try {
    const container = loadSheetJs().CFB.read(bytes, { type: 'buffer' }) as { FullPaths: string[] };
    names = container.FullPaths.map((path) => path.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return 'ole';
  }
  const has = (name: string) => names.some((entry) => entry.toLowerCase() === name.toLowerCase());
  // An encrypted .xlsx travels inside an OLE container with these streams.
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('WordDocument')) return 'doc';
  if (has('PowerPoint Document')) return 'ppt';
  return 'ole';
}

function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return false;
  return !head.includes(0) && Buffer.from(head.toString('utf8'), 'utf8').equals(head);
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, k) => bytes[k] === byte);
}
