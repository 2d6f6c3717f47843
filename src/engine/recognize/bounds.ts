import type { CellArea } from '../grid/types';
import type { SheetIndex } from './sheet-index';

/** Grows to cover every cell a recogniser actually used, so a table's area is what it read. */
export class TableBounds {
  private top: number;
  private bottom: number;
  private left = Infinity;
  private right = -Infinity;

  constructor(row: number) {
    this.top = row;
    this.bottom = row;
  }

  include(row: number, col: number): void {
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  includeRows(from: number, to: number): void {
    this.include(from, Number.isFinite(this.left) ? this.left : 0);
    this.include(to, Number.isFinite(this.left) ? this.left : 0);
  }

  get firstRow(): number {
    return this.top;
  }

  get lastRow(): number {
    return this.bottom;
  }

  area(): CellArea {
    const left = Number.isFinite(this.left) ? this.left : 0;
    const right = Number.isFinite(this.right) ? this.right : left;
    return { top: this.top, left, bottom: this.bottom, right };
  }
}

/** The rectangle covering every non-empty cell (and its merge) in rows [top, bottom]. */
export function areaOf(index: SheetIndex, top: number, bottom: number): CellArea {
  let left = Infinity;
  let right = -Infinity;
  for (let row = top; row <= bottom; row++) {
    const entries = index.entries(row);
    if (entries.length === 0) continue;
    const last = entries[entries.length - 1];
    left = Math.min(left, entries[0].col);
    right = Math.max(right, index.grid.mergeAt(row, last.col)?.right ?? last.col);
  }
  if (!Number.isFinite(left)) return { top, left: 0, bottom, right: 0 };
  return { top, left, bottom, right };
}
