/** A cell's raw value as a spreadsheet holds it: Excel keeps percentages as fractions (90.12% → 0.9012). */
export type CellValue = number | string | boolean | null;

export interface Cell {
  /** Raw value; null for an empty cell. */
  readonly value: CellValue;
  /** What the sheet displays (Excel's `text`), e.g. "90.12%" for 0.9012 with format "0.00%". */
  readonly text: string;
  /** Excel number format, "General" when none. */
  readonly numberFormat: string;
  /** Formula including the leading "=", when the cell has one. */
  readonly formula?: string;
}

/** A position in a sheet, 0-based. The engine speaks in positions; A1 strings only at the edges. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, 0-based and inclusive on all sides. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One worksheet as the engine sees it; both ExcelJS (CLI) and Office.js (add-in) fill it. */
export interface SheetGrid {
  readonly name: string;
  /** One past the last row/column that holds anything. */
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly CellArea[];
  /** The cell at a position; undefined when nothing is there. Values of a merged area sit in its top-left cell. */
  cellAt(row: number, col: number): Cell | undefined;
  /** The merged area that covers a position, if any. */
  mergeAt(row: number, col: number): CellArea | undefined;
}

export interface WorkbookGrids {
  readonly sheets: readonly SheetGrid[];
}
