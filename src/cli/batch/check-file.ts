// One file read and checked: what a worker does for each input, and all it sends back (plain data).
import { checkWorkbook } from '../../engine/check';
import type { Lang } from '../../engine/rules/types';
import { checkedFile } from '../report/outcome';
import type { CheckedFile } from '../report/outcome';
import { readGrids } from '../read/read-grids';
import type { ReadFailure } from '../read/read-grids';
import type { ReadLimits } from '../read/limits';

export type FileOutcome =
  | { readonly ok: true; readonly checked: CheckedFile }
  | { readonly ok: false; readonly failure: ReadFailure | WorkerFailure };

/** The file could not be checked because its worker stopped: memory cap, time limit or a crash. */
export interface WorkerFailure {
  readonly reason: 'out-of-memory' | 'timed-out' | 'crashed';
  readonly detail: string;
}

export interface CheckOptions {
  readonly lang: Lang;
  /** Keep each table's cells as shown (the HTML report draws them). */
  readonly snapshots?: boolean;
  readonly limits?: ReadLimits;
  /** A template profile for every table (`--profile`); otherwise each table is matched. */
  readonly profile?: string;
}

export async function checkFile(file: string, options: CheckOptions): Promise<FileOutcome> {
  const read = await readGrids(file, options.limits);
  if (!read.ok) {
    const { ok: _ok, ...failure } = read;
    return { ok: false, failure };
  }
  const result = checkWorkbook(read.grids, {
    lang: options.lang,
    ...(options.profile ? { profiles: { profile: options.profile } } : {}),
  });
  return { ok: true, checked: checkedFile(file, read.grids, result, { snapshots: options.snapshots }) };
}
