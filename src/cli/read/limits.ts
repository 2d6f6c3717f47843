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
    throw new ReadRefusal(
      'too-large',
      `${sheet}: merged area ${ref}, ${cells} cells, limit ${limits.cellsPerSheet}`,
    );
}

export type RefusalReason = 'too-large' | 'corrupt';

/** A file the reader will not (too large) or cannot (corrupt) read; `detail` names what and how much. */
export class ReadRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly detail: string,
  ) {
    super(detail);
  }
}
