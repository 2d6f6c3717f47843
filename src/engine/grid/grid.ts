import type { Cell, CellArea, SheetGrid } from './types';

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: '', numberFormat: 'General' });

/**
 * A dense-by-row, sparse-by-column grid. Rows are arrays so that scanning a 10,000-row sheet stays linear;
 * merges are indexed by every covered position, row by row like the cells, so `mergeAt` is O(1) and costs an
 * array read rather than a hash lookup (recognition asks it of nearly every cell).
 */
export class Grid implements SheetGrid {
  readonly merges: CellArea[] = [];
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly mergeRows: (CellArea | undefined)[][] = [];
  private maxCol = 0;

  constructor(readonly name: string) {}

  get rowCount(): number {
    return this.rows.length;
  }

  get colCount(): number {
    return this.maxCol;
  }

  setCell(row: number, col: number, cell: Cell): this {
    let cells = this.rows[row];
    if (!cells) {
      for (let r = this.rows.length; r <= row; r++) this.rows.push([]);
      cells = this.rows[row];
    }
    cells[col] = cell;
    if (col + 1 > this.maxCol) this.maxCol = col + 1;
    return this;
  }

  addMerge(area: CellArea): this {
    this.merges.push(area);
    for (let r = area.top; r <= area.bottom; r++) {
      const covered = (this.mergeRows[r] ??= []);
      for (let c = area.left; c <= area.right; c++) covered[c] = area;
    }
    if (area.bottom + 1 > this.rows.length) {
      for (let r = this.rows.length; r <= area.bottom; r++) this.rows.push([]);
    }
    if (area.right + 1 > this.maxCol) this.maxCol = area.right + 1;
    return this;
  }

  cellAt(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  mergeAt(row: number, col: number): CellArea | undefined {
    return this.mergeRows[row]?.[col];
  }
}

/** A cell holding a value typed as a clerk would see it; `text` defaults to the value's plain rendering. */
export function cellOf(
  value: Cell['value'],
  numberFormat = 'General',
  text?: string,
  formula?: string,
): Cell {
  const shown = text ?? (value === null ? '' : String(value));
  return formula ? { value, text: shown, numberFormat, formula } : { value, text: shown, numberFormat };
}

/**
 * Builds a grid from rows of plain values, the way tests and sample scripts describe a sheet.
 * `origin` places the first row/column anywhere in the sheet.
 */
export function gridFromRows(
  name: string,
  rows: readonly (readonly (Cell['value'] | Cell | undefined)[])[],
  origin: { row: number; col: number } = { row: 0, col: 0 },
): Grid {
  const grid = new Grid(name);
  rows.forEach((cells, r) =>
    cells.forEach((entry, c) => {
      if (entry === undefined || entry === null || entry === '') return;
      const cell = typeof entry === 'object' ? entry : cellOf(entry);
      grid.setCell(origin.row + r, origin.col + c, cell);
    }),
  );
  return grid;
}
