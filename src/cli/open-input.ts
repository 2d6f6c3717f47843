// Decides whether a path is a workbook we can read, and reads it. Unusable input gets one reason, never a stack trace.
import { promises as fs } from 'node:fs';
import type ExcelJS from 'exceljs';
import type { UnusableReason } from './messages';
import type { RefusalCause } from './read/limits';
import { loadWorkbook } from './read-workbook';

export type OpenResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | {
      readonly ok: false;
      readonly reason: UnusableReason;
      readonly detail: string;
      /** Why a corrupt file could not be read, as data: worded in the run's language (unusable-text.ts). */
      readonly cause?: RefusalCause;
    };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Encrypted .xlsx (and legacy .xls) files are OLE compound documents.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function openWorkbook(file: string): Promise<OpenResult> {
  let head: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: 'not-a-file', detail: '' };
    const handle = await fs.open(file, 'r');
    try {
      head = Buffer.alloc(8);
      const { bytesRead } = await handle.read(head, 0, 8, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code ?? String(error);
    if (code === 'ENOENT') return { ok: false, reason: 'missing', detail };
    const cause: RefusalCause = code
      ? { kind: 'system-error', code }
      : { kind: 'reader-error', message: firstLine(detail) };
    return { ok: false, reason: 'corrupt', detail, cause };
  }
  if (startsWith(head, OLE_MAGIC)) return { ok: false, reason: 'encrypted', detail: '' };
  if (!startsWith(head, ZIP_MAGIC)) return { ok: false, reason: 'not-xlsx', detail: '' };
  try {
    return { ok: true, workbook: await loadWorkbook(file) };
  } catch (error) {
    const detail = firstLine(error instanceof Error ? error.message : String(error));
    return { ok: false, reason: 'corrupt', detail, cause: { kind: 'reader-error', message: detail } };
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 120);
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, k) => bytes[k] === byte);
}
