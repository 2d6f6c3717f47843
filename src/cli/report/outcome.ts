// One input file's result as plain data: what every output format (table, json, html, xlsx) and `diff` read.
// Plain data on purpose, so a result can cross a worker boundary and formats never touch workbooks.
import type { TableSummary } from '../../engine/check';
import type { Finding } from '../../engine/rules/types';
import type { WorkbookOverview } from '../../engine/summary/overview';
import type { UnusableReason } from '../messages';
import type { WorkerFailure } from '../batch/check-file';
import type { ReadFailure } from '../read/read-grids';
import type { RefusalCause } from '../read/limits';
import type { WorkerCause } from '../read/read-messages';

/** A recognised table's cells as shown, for the HTML grid and for comparing resubmissions. */
export interface TableSnapshot {
  readonly sheet: string;
  readonly kind: TableSummary['kind'];
  readonly range: string;
  /** 0-based position of the first row and column of `cells` in the sheet. */
  readonly top: number;
  readonly left: number;
  /** Shown text per row and column of the table's area; '' for blank cells and covered parts of merges. */
  readonly cells: readonly (readonly string[])[];
  /** Merged areas inside the table, 0-based relative to `top`/`left`. */
  readonly merges: readonly { top: number; left: number; rows: number; cols: number }[];
}

export interface CheckedFile {
  readonly file: string;
  readonly tables: readonly TableSummary[];
  readonly findings: readonly Finding[];
  readonly overview: WorkbookOverview;
  readonly snapshots?: readonly TableSnapshot[];
  /** Where this run wrote the file's annotated copy (`--out`), as the run recorded it. */
  readonly copy?: string;
  /** Why the annotated copy could not be written, when it could not. */
  readonly copyFailure?: { readonly reason: string; readonly message: string };
}

export interface UnreadableFile {
  readonly file: string;
  /** An unusable input's reason (missing, corrupt …) or 'crashed' when reading it failed unexpectedly. */
  readonly unreadable: {
    readonly reason: UnusableReason | ReadFailure['reason'] | WorkerFailure['reason'];
    readonly message: string;
    /** The refusal's or the stopped worker's figures (kind, sizes, limits), for JSON readers. */
    readonly cause?: RefusalCause | WorkerCause;
  };
}

/** A file with no report, or whose copy could not be written: why, in the run's language (JSON's "failed"). */
export interface FailedFile {
  readonly file: string;
  readonly reason: string;
  readonly message: string;
  readonly cause?: RefusalCause | WorkerCause;
}

export type FileOutcome = CheckedFile | UnreadableFile;

export function isUnreadable(outcome: FileOutcome): outcome is UnreadableFile {
  return 'unreadable' in outcome;
}

export function failedFiles(outcomes: readonly FileOutcome[]): FailedFile[] {
  return outcomes.flatMap((outcome) => {
    if (isUnreadable(outcome)) return [{ file: outcome.file, ...outcome.unreadable }];
    return outcome.copyFailure ? [{ file: outcome.file, ...outcome.copyFailure }] : [];
  });
}
