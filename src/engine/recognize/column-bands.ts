/**
 * Tables drawn side by side: some filers put two projects next to each other on one sheet, separated by an empty
 * column. Regions are rows, so a sheet like that is split into column bands first and each band read on its own,
 * with the sheet's own coordinates (a band is the same grid with the other columns hidden).
 */
import type { Cell, CellArea, SheetGrid } from '../grid/types';
import type { SheetIndex } from './sheet-index';

export interface ColumnBand {
  readonly left: number;
  readonly right: number;
}

/**
 * Runs of columns separated by at least one column that holds nothing in any row of two or more cells. A row
 * with a single cell (a title across the sheet, a note under it) says nothing about columns and is skipped.
 */
export function columnBands(index: SheetIndex): ColumnBand[] {
  const grid = index.grid;
  const used = new Uint8Array(grid.colCount);
  for (let row = 0; row < index.rowCount; row++) {
    const entries = index.entries(row);
    if (entries.length < 2) continue;
    // Indexed loops: this runs once per sheet, well before V8 optimises it (see SheetIndex.entryAt).
    for (let i = 0; i < entries.length; i++) used[entries[i].col] = 1;
  }
  // Merges from the list, not per cell: recognition reads each position about once and this must not add to it.
  const merges = grid.merges;
  for (let i = 0; i < merges.length; i++) {
    const merge = merges[i];
    if (index.entries(merge.top).length < 2) continue;
    const right = Math.min(merge.right, grid.colCount - 1);
    for (let col = merge.left; col <= right; col++) used[col] = 1;
  }
  const bands: ColumnBand[] = [];
  let start = -1;
  for (let col = 0; col <= used.length; col++) {
    const isUsed = col < used.length && used[col] === 1;
    if (isUsed && start < 0) start = col;
    if (!isUsed && start >= 0) {
      bands.push({ left: start, right: col - 1 });
      start = -1;
    }
  }
  return bands;
}

/** The grid with every column outside one band left empty; positions stay the sheet's. */
export function bandGrid(grid: SheetGrid, band: ColumnBand): SheetGrid {
  const inside = (area: CellArea) => area.left >= band.left && area.left <= band.right;
  const merges = grid.merges.filter(inside);
  return {
    name: grid.name,
    rowCount: grid.rowCount,
    colCount: Math.min(grid.colCount, band.right + 1),
    merges,
    cellAt(row: number, col: number): Cell | undefined {
      return col < band.left || col > band.right ? undefined : grid.cellAt(row, col);
    },
    mergeAt(row: number, col: number): CellArea | undefined {
      if (col < band.left || col > band.right) return undefined;
      const merge = grid.mergeAt(row, col);
      return merge && inside(merge) ? merge : undefined;
    },
  };
}
