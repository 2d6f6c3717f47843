// One file read and checked: what a worker does for each input, and all it sends back (plain data).
import { checkWorkbook } from '../../engine/check';
import type { Lang } from '../../engine/rules/types';
import { checkedFile } from '../report/checked-file';
import type { CheckedFile } from '../report/outcome';
import { readGrids } from '../read/read-grids';
import type { ReadFailure } from '../read/read-grids';
import type { ReadLimits } from '../read/limits';
import type { CopyOrder } from '../copy-plan';

export type FileOutcome =
  | { readonly ok: true; readonly checked: CheckedFile }
  | { readonly ok: false; readonly failure: ReadFailure | WorkerFailure };

/** The file could not be checked because its worker stopped: memory cap, time limit or a crash. */
export interface WorkerFailure {
  readonly reason: 'out-of-memory' | 'timed-out' | 'crashed';
  /** Figures, not words: `48 MB` (heap cap), `600 s` (time limit), `exit 1`, else the error's first line.
   *  read-messages.ts (workerCause) reads these to word the failure in the run's language and for JSON. */
  readonly detail: string;
}

export interface CheckOptions {
  readonly lang: Lang;
  /** Keep each table's cells as shown (the HTML report draws them). */
  readonly snapshots?: boolean;
  readonly limits?: ReadLimits;
  /** A template profile for every table (`--profile`); otherwise each table is matched. */
  readonly profile?: string;
  /** Write the file's annotated copy here once it is checked (`check --out`). */
  readonly copy?: CopyOrder;
}

export async function checkFile(file: string, options: CheckOptions): Promise<FileOutcome> {
  const read = await readGrids(file, options.limits);
  // The read's buffers (the file and its inflated parts: 127 MB for a 200,000-row sheet) are only let go once the
  // task that read them ends: checking in the next task frees them before the engine indexes every cell (that
  // sheet's peak: ~1,050 → ~1,000 MB).
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (!read.ok) {
    const { ok: _ok, ...failure } = read;
    return { ok: false, failure };
  }
  const result = checkWorkbook(read.grids, {
    lang: options.lang,
    ...(options.profile ? { profiles: { profile: options.profile } } : {}),
  });
  const checked = checkedFile(file, read.grids, result, { snapshots: options.snapshots });
  if (!options.copy) return { ok: true, checked };
  // Loaded only for --out: the zip editor is not needed to check. (require, not import(): a worker running the
  // TypeScript sources under tsx resolves a dynamic import as ESM, without the sources' extension.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { crashMessage, writeCopy } = require('../check-copies') as typeof import('../check-copies');
  try {
    const copy = await writeCopy(file, checked.findings, options.lang, options.copy);
    if (copy.ok) return { ok: true, checked: { ...checked, copy: copy.target } };
    return { ok: true, checked: { ...checked, copyFailure: { reason: copy.reason, message: copy.message } } };
  } catch (error) {
    // The findings stand; only the copy failed.
    const message = crashMessage(file, error, options.lang);
    return { ok: true, checked: { ...checked, copyFailure: { reason: 'crashed', message } } };
  }
}
