// How much of a file the reader will take on. Decided before anything large is built, from the zip's declared
// sizes, the bytes actually inflated and a count of the sheet's cells, so one hostile file is refused in a second
// instead of taking gigabytes. 200,000 rows × 20 columns (4 million cells, 122 MB of sheet XML) fit comfortably.
export interface ReadLimits {
  /** The workbook file itself. */
  readonly fileBytes: number;
  /** One inflated part (a sheet's XML, the shared strings). */
  readonly partBytes: number;
  /** Cells in one sheet (every <c> element, filled or not). */
  readonly cellsPerSheet: number;
  /** Cells covered by merges in one sheet, after clipping merges to the cells that exist. */
  readonly mergedCellsPerSheet: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: 256 * 1024 * 1024,
  partBytes: 192 * 1024 * 1024,
  cellsPerSheet: 5_000_000,
  mergedCellsPerSheet: 2_000_000,
};

/**
 * Why a file was refused, as data: a kind and its figures. The words are read-messages.ts's, in the run's
 * language; JSON output carries this object as it is (`failed[].cause`), so keep the field names stable.
 */
export type RefusalCause =
  // Too large to check.
  | { readonly kind: 'file-size'; readonly bytes: number; readonly limitBytes: number }
  /** One part of the zip; `bytes` absent when it inflated past the limit while declaring less (an inflation bomb). */
  | {
      readonly kind: 'part-size';
      readonly part: string;
      readonly bytes?: number;
      readonly limitBytes: number;
    }
  /** A zip64 archive: more than 65,535 entries or 4 GB, never a real template. */
  | { readonly kind: 'zip64' }
  /** `cells` absent when counting stopped at the limit. */
  | { readonly kind: 'sheet-cells'; readonly sheet: string; readonly cells?: number; readonly limit: number }
  | {
      readonly kind: 'merged-area';
      readonly sheet: string;
      readonly ref: string;
      readonly cells: number;
      readonly limit: number;
    }
  /** `cells` is how many were counted when the limit was passed, absent when the reader does not say. */
  | { readonly kind: 'merged-cells'; readonly sheet: string; readonly cells?: number; readonly limit: number }
  // Corrupt: cannot be read.
  | { readonly kind: 'zip-directory' }
  | { readonly kind: 'no-zip-directory' }
  | { readonly kind: 'zip-entry'; readonly part: string }
  | { readonly kind: 'zip-method'; readonly part: string; readonly method: number }
  | { readonly kind: 'inflate'; readonly part: string; readonly message: string }
  | { readonly kind: 'missing-part'; readonly part: string }
  | { readonly kind: 'unterminated-cell'; readonly sheet: string }
  /** A third-party reader's own error, verbatim (first line). */
  | { readonly kind: 'reader-error'; readonly message: string }
  /** The operating system refused the read (EIO, EBUSY …). */
  | { readonly kind: 'system-error'; readonly code: string };

export type RefusalKind = RefusalCause['kind'];

export type RefusalReason = 'too-large' | 'corrupt';

const TOO_LARGE: ReadonlySet<RefusalKind> = new Set<RefusalKind>([
  'file-size',
  'part-size',
  'zip64',
  'sheet-cells',
  'merged-area',
  'merged-cells',
]);

export function reasonOf(cause: RefusalCause): RefusalReason {
  return TOO_LARGE.has(cause.kind) ? 'too-large' : 'corrupt';
}

/**
 * One merged area larger than a whole sheet may hold (A100:XFD1048576 is 17 billion cells) is refused as declared,
 * before clipping: no real template merges beyond its data by millions of cells, while whole-column merges of a
 * few columns (1,048,576 cells each) still pass. Clipping it would check the file; refusing tells the reviewer.
 */
export function refuseHugeMerge(
  sheet: string,
  ref: string,
  rows: number,
  cols: number,
  limits: ReadLimits,
): void {
  const cells = rows * cols;
  if (cells > limits.cellsPerSheet)
    throw new ReadRefusal({ kind: 'merged-area', sheet, ref, cells, limit: limits.cellsPerSheet });
}

/**
 * A file the reader will not (too large) or cannot (corrupt) read. `refusal` says what and how much, as data;
 * the Error's message is a short English line for logs and stack traces only (users get read-messages.ts).
 */
export class ReadRefusal extends Error {
  readonly reason: RefusalReason;

  constructor(readonly refusal: RefusalCause) {
    super(`${refusal.kind} ${JSON.stringify(refusal)}`);
    this.reason = reasonOf(refusal);
  }
}
