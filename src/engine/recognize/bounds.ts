import type { CellArea } from '../grid/types';
import type { SheetIndex } from './sheet-index';

/** The rows a recogniser actually read, so a table's area ends where its content does. */
export class RowSpan {
  private top: number;
  private bottom: number;

  constructor(row: number) {
    this.top = row;
    this.bottom = row;
  }

  include(row: number): void {
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
  }

  get firstRow(): number {
    return this.top;
  }

  get lastRow(): number {
    return this.bottom;
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
