// The one entry point for reading a file into grids: what the file really is, then the reader for it.
import { readFileSync, statSync } from 'node:fs';
import { identifyFile } from './identify';
import { DEFAULT_LIMITS, ReadRefusal } from './limits';
import type { ReadLimits } from './limits';
import { systemFailure, type ReadResult } from './read-failure';
import { readXlsxGrids } from './xlsx-file';
import { readXlsGrids } from './xls-file';
import { ZipDirectory } from './zip-directory';

export type { ReadFailure, ReadResult } from './read-failure';
export { systemFailure } from './read-failure';

export async function readGrids(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  return readGridsSync(file, limits);
}

/**
 * readGrids without the promise, for a worker thread that reads one file at a time: the file is read
 * synchronously either way (the thread pool's round trips for stat/readFile were most of a small file's time on
 * a busy machine), so a worker gains nothing from waiting on a promise.
 */
export function readGridsSync(file: string, limits: ReadLimits = DEFAULT_LIMITS): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, reason: 'not-a-file' };
    if (stat.size > limits.fileBytes)
      return {
        ok: false,
        reason: 'too-large',
        cause: { kind: 'file-size', bytes: stat.size, limitBytes: limits.fileBytes },
      };
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, ...systemFailure(error) };
  }
  try {
    const kind = identifyFile(bytes);
    if (kind.kind === 'xlsx')
      return { ok: true, grids: readXlsxGrids(kind.zip ?? ZipDirectory.read(bytes), limits) };
    if (kind.kind === 'xls') return { ok: true, grids: readXlsGrids(bytes, limits) };
    if (kind.kind === 'encrypted') return { ok: false, reason: 'encrypted' };
    return { ok: false, reason: 'wrong-type', kind: kind.kind };
  } catch (error) {
    if (error instanceof ReadRefusal) return { ok: false, reason: error.reason, cause: error.refusal };
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: 'corrupt',
      cause: { kind: 'reader-error', message: message.split('\n')[0].slice(0, 120) },
    };
  }
}
